package io.newsflow.enrich.claims;

import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts an article into claim units: sentences, with the sentences of one quotation kept together,
 * and marks the units that cannot be claims (headlines, questions, photo captions and credits).
 */
final class ClaimUnitSplitter {

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
      // Keep going while a quotation opened in these sentences closes after them.
      while (j + 1 < sentences.size() && (quoteCrosses(quotes, sentences.get(i).start(),
          sentences.get(j).end()) || goesOn(content, sentences.get(j), sentences.get(j + 1)))) {
        j++;
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
    // "“If not here, where?” she asked." is a question and stays one
    return first.equals(",") || first.equals(";")
        || last != '?' && last != '!' && Character.isLowerCase(first.codePointAt(0))
            && Character.isLetter(first.codePointAt(0));
  }

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
      boolean question = lastMark(covered) == '?';
      boolean caption = CAPTION.matcher(covered).find();
      marked.add(new ClaimUnit(unit.index(), unit.start(), unit.end(), unit.paragraph(),
          unit.tokens(), unit.quotes(), !(headline || question || caption)));
    }
    return marked;
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
