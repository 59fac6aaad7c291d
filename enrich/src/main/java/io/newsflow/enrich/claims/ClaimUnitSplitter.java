package io.newsflow.enrich.claims;

import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts an article into claim units: sentences, with the sentences of one quotation kept together,
 * and marks the units that cannot be claims (headlines, reporters' questions, photo captions and
 * credits).
 */
final class ClaimUnitSplitter {

  /** About three long sentences: more is a run-on text cut into chunks, not one claim. */
  private static final int MAX_UNIT_TOKENS = 300;
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?i)\\b(photo|image|picture|illustration|video)s?\\s*(by|credit|courtesy)\\b"
              + "|getty images|\\bvia (reuters|ap|afp|getty)\\b|\\bcredit:|^\\s*(photo|image):"
              + "|\\(photo\\b");

  List<ClaimUnit> split(AnalysedText text, List<QuoteSpan> quotes) {
    String content = text.text();
    List<Integer> paragraphStarts = paragraphStarts(content);
    List<ClaimUnit> units = new ArrayList<>();
    List<Sentence> sentences = text.sentences();
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      int unitTokens = sentences.get(i).tokens().size();
      // Keep going while a quotation opened in these sentences closes after them, up to a bound:
      // the chunks of a run-on text must not come back together into one huge unit.
      while (j + 1 < sentences.size()
          && unitTokens + sentences.get(j + 1).tokens().size() <= MAX_UNIT_TOKENS
          && (quoteCrosses(quotes, sentences.get(i).start(), sentences.get(j).end())
              || goesOn(content, sentences.get(j), sentences.get(j + 1)))) {
        j++;
        unitTokens += sentences.get(j).tokens().size();
      }
      int start = sentences.get(i).start();
      int end = sentences.get(j).end();
      List<Token> tokens = new ArrayList<>();
      for (int k = i; k <= j; k++) {
        tokens.addAll(sentences.get(k).tokens());
      }
      int paragraph = paragraphOf(paragraphStarts, start);
      List<QuoteSpan> inside = quotes.stream().filter(q -> q.overlaps(start, end)).toList();
      units.add(new ClaimUnit(units.size(), start, end, paragraph, tokens, inside, true));
      i = j + 1;
    }
    return markNonNarrative(content, units);
  }

  /**
   * "... Rep. Mark Walker (R-N.C.), according to people who ...": a sentence cut after an
   * abbreviation goes on when the next one opens with a comma or a lower-case word in the same
   * paragraph.
   */
  private static boolean goesOn(String text, Sentence sentence, Sentence next) {
    if (next.tokens().isEmpty() || text.substring(sentence.end(), next.start()).contains("\n")) {
      return false;
    }
    String first = next.tokens().get(0).word();
    char last = lastMark(text.substring(sentence.start(), sentence.end()));
    // "“If not here, where?” she asked.": the asker after a quoted question belongs to it
    return first.equals(",") || first.equals(";")
        || (last == '?' || last == '!') && closesQuote(text, sentence) && shortAttribution(next)
        || last != '?' && last != '!' && Character.isLowerCase(first.codePointAt(0))
            && Character.isLetter(first.codePointAt(0));
  }

  private static boolean closesQuote(String text, Sentence sentence) {
    String covered = text.substring(sentence.start(), sentence.end()).strip();
    return covered.endsWith("”") || covered.endsWith("\"") || covered.endsWith("’");
  }

  /** "she asked.", "Brandt wondered aloud.": a few words, no quotation of their own. */
  private static boolean shortAttribution(Sentence next) {
    List<Token> tokens = next.tokens();
    return tokens.size() <= 8 && tokens.stream().noneMatch(t -> QUOTE_MARKS.contains(t.word()));
  }

  private static final Set<String> QUOTE_MARKS =
      Set.of("“", "”", "\"", "``", "''", "‘", "’");

  private static boolean quoteCrosses(List<QuoteSpan> quotes, int from, int to) {
    return quotes.stream().anyMatch(q -> q.start() < to && q.end() > to && q.start() >= from
        || q.start() < from && q.end() > to);
  }

  private static List<ClaimUnit> markNonNarrative(String text, List<ClaimUnit> units) {
    List<ClaimUnit> marked = new ArrayList<>(units.size());
    for (ClaimUnit unit : units) {
      boolean aloneInParagraph = units.stream()
          .filter(u -> u.paragraph() == unit.paragraph()).count() == 1;
      String covered = text.substring(unit.start(), unit.end());
      // "Brandt said:" introduces the quotation of the next paragraph; a headline ends bare.
      boolean headline = aloneInParagraph && !endsLikeSentence(covered)
          && lastMark(covered) != ':' && unit.tokens().size() <= 20;
      boolean question = lastMark(covered) == '?' && !quotedQuestionWithWordsAround(text, unit);
      boolean caption = CAPTION.matcher(covered).find();
      marked.add(new ClaimUnit(unit.index(), unit.start(), unit.end(), unit.paragraph(),
          unit.tokens(), unit.quotes(), !(headline || question || caption)));
    }
    return marked;
  }

  /**
   * "Varga asked, “Who will pay?”": a question inside a quotation, with words outside it that can
   * name an asker, is a source's question (PolNeAR counts those); whether it is attributed is
   * left to the cue. A reporter's or a headline's question has no quotation around it.
   */
  private static boolean quotedQuestionWithWordsAround(String text, ClaimUnit unit) {
    int mark = text.lastIndexOf('?', unit.end() - 1);
    if (mark < unit.start() || !unit.inQuote(mark)) {
      return false;
    }
    long wordsOutside = unit.tokens().stream()
        .filter(t -> !unit.inQuote(t.start()))
        .filter(t -> t.word().codePoints().anyMatch(Character::isLetter))
        .count();
    return wordsOutside >= 2;
  }

  private static boolean endsLikeSentence(String covered) {
    char last = lastMark(covered);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }

  /** The last character that is not a quotation mark, bracket or space. */
  private static char lastMark(String covered) {
    for (int i = covered.length() - 1; i >= 0; i--) {
      char c = covered.charAt(i);
      if ("\"'”’)] \n\t".indexOf(c) < 0) {
        return c;
      }
    }
    return ' ';
  }

  private static List<Integer> paragraphStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int at = text.indexOf("\n\n");
    while (at >= 0) {
      starts.add(at + 2);
      at = text.indexOf("\n\n", at + 2);
    }
    return starts;
  }

  private static int paragraphOf(List<Integer> starts, int offset) {
    int paragraph = 0;
    for (int k = 0; k < starts.size() && starts.get(k) <= offset; k++) {
      paragraph = k;
    }
    return paragraph;
  }
}
