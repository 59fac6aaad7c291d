package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.lexicon.Lexicon;
import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles of works in quotation marks are MISC, "The" included: a film, book or show named in
 * quotes right after the noun that says what it is (thriller “Harbour Lights”, the novel “The
 * Long Tide”) or right before a role in it (“Night Shift” creator), a title-case quote listed
 * next to such a title, and every other quoted occurrence of a title found so. The tagger reads
 * titles word by word ("Long Tide" a place, "Harbour" a person); quotes and the cue are what a
 * reader goes by. Quotes without a cue are left alone: most are speech or nicknames.
 */
final class WorkTitles {
  /** Nouns that name a kind of work, just before its quoted title. */
  private static final Set<String> WORK_NOUNS = Lexicon.WORK_NOUNS.words();
  /** Nouns that, right after a quoted title, say it is a work: “Night Shift” creator. */
  private static final Set<String> ROLES_IN_WORKS = Lexicon.WORK_ROLE_NOUNS.words();
  /** Words that, earlier in the sentence, make "in “...”" the work someone plays in. */
  private static final Set<String> ACTING_WORDS = Lexicon.ACTING_WORDS.words();
  /** Lower-case words a title may contain between capitalised ones. */
  private static final Set<String> TITLE_FUNCTION_WORDS = Lexicon.TITLE_FUNCTION_WORDS.words();
  private static final int MAX_TITLE_TOKENS = 8;

  List<NameMention> find(AnalysedText text) {
    List<Quote> quotes = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      quotes.addAll(quotes(sentence.tokens()));
    }
    Set<String> titles = new HashSet<>();
    boolean[] isTitle = new boolean[quotes.size()];
    for (int q = 0; q < quotes.size(); q++) {
      if (quotes.get(q).cued()) {
        isTitle[q] = true;
        titles.add(quotes.get(q).words());
      }
    }
    for (int q = 0; q < quotes.size(); q++) {
      isTitle[q] = titles.contains(quotes.get(q).words());
    }
    // Titles listed together: “Harbour Lights,” “Night Shift” and the novel “The Long Tide”.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int q = 0; q < quotes.size(); q++) {
        if (!isTitle[q]
            && (listed(quotes, isTitle, q, q - 1) || listed(quotes, isTitle, q, q + 1))) {
          isTitle[q] = true;
          titles.add(quotes.get(q).words());
          changed = true;
        }
      }
    }
    List<NameMention> found = new ArrayList<>();
    for (int q = 0; q < quotes.size(); q++) {
      if (isTitle[q] || titles.contains(quotes.get(q).words())) {
        found.add(quotes.get(q).mention(text));
      }
    }
    return found;
  }

  /** Whether quote {@code q} and title {@code other} are next to each other in one list. */
  private static boolean listed(List<Quote> quotes, boolean[] isTitle, int q, int other) {
    if (other < 0 || other >= quotes.size() || !isTitle[other]) {
      return false;
    }
    Quote a = quotes.get(Math.min(q, other));
    Quote b = quotes.get(Math.max(q, other));
    if (a.tokens() != b.tokens()) {
      return false; // another sentence
    }
    // Between them only commas, "and", "or" and a few lower-case words ("and the novel").
    int words = 0;
    for (int i = a.close() + 1; i < b.open(); i++) {
      Token token = a.tokens().get(i);
      boolean lowerCase = token.word().chars().allMatch(Character::isLowerCase);
      if (!token.word().equals(",") && !lowerCase || lowerCase && ++words > 4) {
        return false;
      }
    }
    return true;
  }

  /** Quoted title-case spans of one sentence. */
  private static List<Quote> quotes(List<Token> tokens) {
    List<Quote> quotes = new ArrayList<>();
    boolean[] opening = openingQuotes(tokens);
    for (int open = 0; open < tokens.size(); open++) {
      if (!opening[open]) {
        continue;
      }
      int close = open + 1;
      while (close < tokens.size() && close - open <= MAX_TITLE_TOKENS + 2
          && !isClosing(tokens, opening, close)) {
        close++;
      }
      if (close >= tokens.size() || !isClosing(tokens, opening, close)) {
        continue;
      }
      int last = close - 1;
      while (last > open && isTrailingPunctuation(tokens.get(last))) {
        last--; // “Harbour Lights,” keeps its comma outside the title
      }
      if (isTitleCase(tokens, open + 1, last)) {
        quotes.add(new Quote(tokens, open, close, open + 1, last));
      }
      open = close;
    }
    return quotes;
  }

  /**
   * Opening quote marks. The tagger tells them from the closing ones by the spacing around them,
   * which tokenised text (" The Irishman ") does not have: when a sentence holds an even number
   * of straight quotes, they pair up in turn.
   */
  private static boolean[] openingQuotes(List<Token> tokens) {
    boolean[] opening = new boolean[tokens.size()];
    long straight = tokens.stream().filter(t -> t.word().equals("\"")).count();
    boolean next = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (straight % 2 == 0 && token.word().equals("\"")) {
        opening[i] = next;
        next = !next;
      } else {
        opening[i] = "``".equals(token.tag());
      }
    }
    return opening;
  }

  private static boolean isClosing(List<Token> tokens, boolean[] opening, int i) {
    Token token = tokens.get(i);
    return !opening[i] && ("''".equals(token.tag()) || token.word().equals("\""));
  }

  private static boolean isTrailingPunctuation(Token token) {
    String word = token.word();
    return word.equals(",") || word.equals(".") || word.equals("!") || word.equals("?");
  }

  private static boolean isTitleCase(List<Token> tokens, int first, int last) {
    if (first > last || last - first + 1 > MAX_TITLE_TOKENS || !opensTitle(tokens.get(first))
        || isFunctionWord(tokens.get(last))) {
      return false;
    }
    for (int i = first + 1; i <= last; i++) {
      if (!opensTitle(tokens.get(i)) && !isFunctionWord(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensTitle(Token token) {
    return token.isCapitalized() || Character.isDigit(token.word().codePointAt(0));
  }

  private static boolean isFunctionWord(Token token) {
    return TITLE_FUNCTION_WORDS.contains(token.word().toLowerCase(Locale.ROOT));
  }

  /** A quoted title-case span: quote marks at {@code open} and {@code close}. */
  private record Quote(List<Token> tokens, int open, int close, int first, int last) {

    boolean cued() {
      boolean before = open > 0
          && WORK_NOUNS.contains(tokens.get(open - 1).word().toLowerCase(Locale.ROOT))
          || actedIn();
      boolean after = close + 1 < tokens.size()
          && ROLES_IN_WORKS.contains(tokens.get(close + 1).word().toLowerCase(Locale.ROOT));
      return before || after;
    }

    /** "her role as a news anchor in “Morning Call”": a part played in the quoted work. */
    private boolean actedIn() {
      if (open == 0 || !tokens.get(open - 1).word().equalsIgnoreCase("in")) {
        return false;
      }
      for (int i = 0; i < open - 1; i++) {
        if (ACTING_WORDS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    String words() {
      StringBuilder words = new StringBuilder();
      for (int i = first; i <= last; i++) {
        words.append(i > first ? " " : "").append(tokens.get(i).word());
      }
      return words.toString();
    }

    NameMention mention(AnalysedText text) {
      Token from = tokens.get(first);
      Token to = tokens.get(last);
      return new NameMention(from.index(), to.index(), from.start(), to.end(),
          text.covered(from.start(), to.end()), EntityType.MISC, true);
    }
  }
}
