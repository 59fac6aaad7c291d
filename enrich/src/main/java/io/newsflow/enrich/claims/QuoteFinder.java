package io.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages: curly quotes by their direction, straight quotes by alternation
 * within a paragraph. A quote left open at the end of a paragraph whose next paragraph opens
 * with a quote mark continues there (the news convention for multi-paragraph quotes); it is
 * recorded as one span per paragraph. Single quotes are ignored: they double as apostrophes.
 */
final class QuoteFinder {

  List<QuoteSpan> find(String text, int limit) {
    List<QuoteSpan> spans = new ArrayList<>();
    int open = -1;
    int end = Math.min(limit, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' && open >= 0 && i + 1 < end && text.charAt(i + 1) == '\n') {
        // A paragraph ends inside a quote: it goes on only if the next paragraph reopens it.
        int next = i;
        while (next < end && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < end && isOpening(text, next)) {
          spans.add(new QuoteSpan(open, i));
        }
        open = -1;
        continue;
      }
      if (c == '“' || c == '„') {
        open = i;
      } else if (c == '”' && open >= 0) {
        spans.add(new QuoteSpan(open, i + 1));
        open = -1;
      } else if (c == '"') {
        if (open < 0 && opensAt(text, i)) {
          open = i;
        } else if (open >= 0) {
          spans.add(new QuoteSpan(open, i + 1));
          open = -1;
        }
      }
    }
    return spans;
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    return c == '“' || c == '„' || c == '"';
  }

  /** A straight quote opens when it starts a word: after a space, a bracket or a dash. */
  private static boolean opensAt(String text, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—'
        || before == '–' || before == '-' || before == ':';
  }
}
