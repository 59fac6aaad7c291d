package io.newsflow.enrich.nlp;

/**
 * Tells a line break that ends a unit (a heading, a dateline, a list item, a sentence on a line of
 * its own) from one inside a wrapped sentence ({@code <br>} in a paragraph, hard-wrapped plain
 * text), so that the sentence splitter can treat every remaining line break as a boundary.
 */
final class LineBreaks {
  private LineBreaks() {}

  /**
   * Returns {@code text} with each single line break that continues a sentence replaced by a
   * space: one followed by a line starting in lower case, or one after a line that ends inside a
   * clause (a comma, a hyphen, an opening bracket). Lengths and offsets are unchanged.
   */
  static String joinWrappedLines(String text) {
    text = withUnixLineEnds(text);
    char[] chars = null;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (isSingle(text, i) && (continuesInLowerCase(text, i) || endsInsideClause(text, i))) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** "\r\n" becomes " \n" and a lone "\r" a "\n", so that only '\n' ends a line. */
  private static String withUnixLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '\r') {
        chars[i] = i + 1 < chars.length && chars[i + 1] == '\n' ? ' ' : '\n';
      }
    }
    return new String(chars);
  }

  private static boolean isSingle(String text, int at) {
    return !blankLineAround(text, at);
  }

  /** A blank line (only spaces between two breaks) on either side: a paragraph break. */
  private static boolean blankLineAround(String text, int at) {
    for (int i = at + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        break;
      }
    }
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        break;
      }
    }
    return false;
  }

  private static boolean continuesInLowerCase(String text, int at) {
    for (int i = at + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  private static boolean endsInsideClause(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        // Only a word in lower case hyphenated at the line's end wraps: a hyphen after a space
        // is an empty cell or a dash ending a table row in tokenised text ("Ostrev Wolves 12 3
        // .800 -"), one after capitals a marker line ("-DOCSTART-").
        boolean wrappedWord = c == '-' && i > 0 && Character.isLowerCase(text.charAt(i - 1));
        return c == ',' || wrappedWord || c == '(' || c == '–' || c == '—';
      }
    }
    return false;
  }
}
