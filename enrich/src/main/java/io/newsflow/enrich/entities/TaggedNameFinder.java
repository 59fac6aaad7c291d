package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.lexicon.Lexicon;
import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the tagger's per-token classes into name mentions, and trims what the tagger drags in:
 * possessive endings, punctuation, the "-led" of "Zuckerberg-led", and spans that are no names at
 * all (lower case, pronouns).
 */
final class TaggedNameFinder {

  private static final Set<String> NOT_NAMES = Lexicon.NOT_NAMES.words();

  List<NameMention> find(AnalysedText text) {
    List<NameMention> mentions = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      int free = 0; // the first token no mention of this sentence has taken yet
      while (i < tokens.size()) {
        Token token = tokens.get(i);
        EntityType type = typeOf(token.ner());
        if (type == null || VERSUS.contains(token.word().toLowerCase(Locale.ROOT))) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && token.ner().equals(tokens.get(j + 1).ner())
            && !isSeparator(tokens.get(j + 1)) && !isSpacedHyphen(tokens, j + 1)) {
          j++;
        }
        if (type == EntityType.PERSON && joinsHyphenatedName(tokens, j)) {
          j += 2; // "Phoebe Waller-Bridge" when the tagger stopped at the hyphen
        }
        int from = i;
        if (type == EntityType.PERSON && j > i && i - 2 >= free
            && opensWithHyphenatedFirstName(tokens, i)) {
          from = i - 2; // "Jean-Marc Duval" when the tagger started after the hyphen
        }
        NameMention mention = trimmed(text, tokens, from, j, type);
        if (mention != null) {
          mentions.add(mention);
        }
        i = j + 1;
        free = i;
      }
    }
    return mentions;
  }

  /**
   * A capitalised word, untagged or tagged alike, joined by an untagged hyphen without spaces to
   * the name's end.
   */
  private static boolean joinsHyphenatedName(List<Token> tokens, int last) {
    if (last + 2 >= tokens.size()) {
      return false;
    }
    Token hyphen = tokens.get(last + 1);
    Token next = tokens.get(last + 2);
    return isHyphen(hyphen) && hyphen.start() == tokens.get(last).end()
        && next.start() == hyphen.end() && next.isCapitalized() && !hyphen.hasEntityTag()
        && (!next.hasEntityTag() || next.ner().equals(tokens.get(last).ner()));
  }

  /**
   * An untagged proper noun joined by a hyphen without spaces before a full person name: the
   * first half of a hyphenated first name. A full name is asked for, so that a prefix before a
   * surname alone ("Anti-Varga") stays out.
   */
  private static boolean opensWithHyphenatedFirstName(List<Token> tokens, int first) {
    if (first < 2) {
      return false;
    }
    Token hyphen = tokens.get(first - 1);
    Token before = tokens.get(first - 2);
    return isHyphen(hyphen) && before.end() == hyphen.start()
        && hyphen.end() == tokens.get(first).start() && !hyphen.hasEntityTag()
        && !before.hasEntityTag() && before.isCapitalized() && before.isProperNoun()
        && before.word().chars().allMatch(Character::isLetter);
  }

  static EntityType typeOf(String ner) {
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }

  private static NameMention trimmed(
      AnalysedText text, List<Token> tokens, int from, int to, EntityType type) {
    for (int k = from + 1; k <= to; k++) {
      // "Zuckerberg-led", "Texas-based": the name ends before the hyphen; a person's name part
      // in lower case that the tagger reads as a proper noun stays ("Tsai Ing-wen").
      if (isHyphen(tokens.get(k)) && k + 1 <= to && !tokens.get(k + 1).isCapitalized()
          && !(type == EntityType.PERSON && tokens.get(k + 1).isProperNoun())) {
        to = k - 1;
        break;
      }
    }
    while (from <= to && (tokens.get(from).isPunctuation() || isArticle(tokens.get(from))
        || from < to && standsAlone(tokens.get(from), tokens.get(from + 1))
        || isLowerCaseWord(tokens.get(from))
        || type == EntityType.PERSON && from < to && isTitle(tokens.get(from)))) {
      from++;
    }
    while (to >= from && (tokens.get(to).isPunctuation() || "POS".equals(tokens.get(to).tag())
        || isLowerCaseWord(tokens.get(to))
            && !(type == EntityType.PERSON && hyphenatedNamePart(tokens, from, to)))) {
      to--;
    }
    if (from > to) {
      return null;
    }
    return mention(text, tokens.get(from), tokens.get(to), type, true);
  }

  /** A proper noun in lower case glued by a hyphen to the name before it: "Ing-wen". */
  private static boolean hyphenatedNamePart(List<Token> tokens, int from, int i) {
    return i - 2 >= from && tokens.get(i).isProperNoun() && isHyphen(tokens.get(i - 1))
        && tokens.get(i - 1).start() == tokens.get(i - 2).end()
        && tokens.get(i).start() == tokens.get(i - 1).end();
  }

  static NameMention mention(
      AnalysedText text, Token first, Token last, EntityType type, boolean fromTagger) {
    String covered = text.covered(first.start(), last.end());
    if (!isPlausibleName(covered)) {
      return null;
    }
    return new NameMention(
        first.index(), last.index(), first.start(), last.end(), covered, type, fromTagger);
  }

  static boolean isPlausibleName(String covered) {
    String lower = covered.toLowerCase(Locale.ROOT);
    if (NOT_NAMES.contains(lower) || CorporateNames.isDesignator(lower)) {
      return false;
    }
    if (covered.codePointCount(0, covered.length()) < 2) {
      return false; // single letters are initials or list markers, not names
    }
    if (LETTER_COMPOUND.matcher(covered).matches() && !lower.endsWith("-level")
        && !lower.endsWith("-levels")) {
      return false; // "A-list", "X-ray", "U-turn": a letter before a common noun; an exam
    }               // ("A-level") is a name
    return covered.codePoints().anyMatch(Character::isUpperCase);
  }

  private static final java.util.regex.Pattern LETTER_COMPOUND =
      java.util.regex.Pattern.compile("\\p{Lu}-\\p{Ll}+");

  /** Titles the tagger sometimes takes into a person's name: "Tanaiste Leo Varadkar". */
  private static final Set<String> TITLES = Lexicon.PERSON_TITLES.words();

  static boolean isTitle(Token token) {
    return TITLES.contains(token.word().toLowerCase(Locale.ROOT));
  }

  /** A word in lower case letters only ("nickname"), never the edge of a name. */
  private static boolean isLowerCaseWord(Token token) {
    String word = token.word();
    return !word.isEmpty() && word.chars().allMatch(Character::isLowerCase)
        && !word.equals("de") && !word.equals("von") && !word.equals("van");
  }

  private static boolean isArticle(Token token) {
    // "the" is left out of names so "The Epoch Times" and "Epoch Times" group together.
    String lower = token.word().toLowerCase(Locale.ROOT);
    return lower.equals("the") || lower.equals("a") || lower.equals("an");
  }

  /**
   * Parts of speech no name opens with: the tagger sometimes takes in a capitalised word before
   * the name, often the one opening the sentence ("As Ostravian voters ...", "By Ana Lind").
   */
  private static final Set<String> CLOSED_CLASS_TAGS =
      Set.of("IN", "CC", "DT", "PRP", "PRP$", "RB", "WRB", "WDT", "WP", "MD", "TO", "EX");

  /** A closed-class word not joined to the next ("In-App" is part of a name). */
  private static boolean standsAlone(Token first, Token next) {
    return CLOSED_CLASS_TAGS.contains(first.tag()) && next.start() > first.end();
  }

  /** "Kestrel v Harlow", "OSTREV V VALDORIA": two sides of a match, never one name. */
  private static final Set<String> VERSUS = Lexicon.VERSUS.words();

  /**
   * A dash, bracket or "v" between two names the tagger ran together ("Migration — Ostravian").
   */
  private static final Set<String> SEPARATORS = Set.of("—", "–", "--", ";", ":", "|", "(", ")");

  private static boolean isSeparator(Token token) {
    String word = token.word();
    return VERSUS.contains(word.toLowerCase(Locale.ROOT)) || SEPARATORS.contains(word);
  }

  /**
   * A hyphen with spaces on both sides is a dash, as tokenised text writes every dash ("Ostrev -
   * Brekkestad 23"); a hyphen inside a name is written without spaces ("Waller-Bridge").
   */
  private static boolean isSpacedHyphen(List<Token> tokens, int i) {
    return tokens.get(i).word().equals("-") && i > 0 && i + 1 < tokens.size()
        && tokens.get(i - 1).end() < tokens.get(i).start()
        && tokens.get(i).end() < tokens.get(i + 1).start();
  }

  static boolean isHyphen(Token token) {
    return token.word().equals("-") || "HYPH".equals(token.tag());
  }
}
