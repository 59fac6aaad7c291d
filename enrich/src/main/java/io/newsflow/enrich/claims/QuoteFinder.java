package io.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages: double quotes (curly by their direction, straight by alternation) and,
 * outside them, single quotes as British outlets use them. A single closing mark doubles as an
 * apostrophe, so it closes a quote only when no letter follows it ("don’t" does not close).
 * Within a paragraph; a double quote left open at the end of a paragraph whose next paragraph
 * opens with a quote mark continues there (the news convention for multi-paragraph quotes) and
 * is recorded as one span per paragraph. Quotes inside quotes are part of the outer one.
 */
final class QuoteFinder {

  List<QuoteSpan> find(String text, int limit) {
    List<QuoteSpan> spans = new ArrayList<>();
    int open = -1;
    int single = -1;
    int end = Math.min(limit, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < end && text.charAt(i + 1) == '\n') {
        single = -1;
        if (open >= 0) {
          // A paragraph ends inside a quote: it goes on only if the next paragraph reopens it.
          int next = i;
          while (next < end && Character.isWhitespace(text.charAt(next))) {
            next++;
          }
          if (next < end && isOpening(text, next)) {
            spans.add(new QuoteSpan(open, i));
          }
          open = -1;
        }
        continue;
      }
      if (c == '“' || c == '„') {
        open = i;
        single = -1;
      } else if (c == '”' && open >= 0) {
        spans.add(new QuoteSpan(open, i + 1));
        open = -1;
      } else if (c == '"') {
        if (open < 0 && opensAt(text, i)) {
          open = i;
          single = -1;
        } else if (open >= 0) {
          spans.add(new QuoteSpan(open, i + 1));
          open = -1;
        }
      } else if (open < 0 && (c == '‘' || c == '\'')) {
        if (single < 0 && opensAt(text, i) && i + 1 < end
            && Character.isLetterOrDigit(text.charAt(i + 1))) {
          single = i;
        } else if (single >= 0 && closesSingleAt(text, i, end)) {
          spans.add(new QuoteSpan(single, i + 1));
          single = -1;
        }
      } else if (open < 0 && c == '’' && single >= 0 && closesSingleAt(text, i, end)) {
        spans.add(new QuoteSpan(single, i + 1));
        single = -1;
      }
    }
    spans.sort(java.util.Comparator.comparingInt(QuoteSpan::start));
    return spans;
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    return c == '“' || c == '„' || c == '"';
  }

  /** A closing single mark has a word or punctuation before it and no letter after it. */
  private static boolean closesSingleAt(String text, int i, int end) {
    boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean noLetterAfter = i + 1 >= end || !Character.isLetter(text.charAt(i + 1));
    return afterWord && noLetterAfter && !(i > 0 && text.charAt(i - 1) == 's'
        && i + 1 < end && text.charAt(i + 1) == ' ' && i - 1 > 0
        && Character.isLetter(text.charAt(i - 2)) && looksPossessive(text, i));
  }

  /**
   * "the users’ data": a mark after an "s" followed by a space and a lower-case word is a plural
   * possessive rather than the end of a quote.
   */
  private static boolean looksPossessive(String text, int i) {
    int next = i + 2;
    return next < text.length() && Character.isLowerCase(text.charAt(next));
  }

  /** A quote opens when it starts a word: after a space, a bracket or a dash. */
  private static boolean opensAt(String text, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—'
        || before == '–' || before == '-' || before == ':';
  }
}
