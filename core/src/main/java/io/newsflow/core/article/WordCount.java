package io.newsflow.core.article;

/** Counts words the way the sink and the benchmarks report them: runs of non-whitespace. */
public final class WordCount {
  private WordCount() {}

  public static int of(String text) {
    if (text == null) {
      return 0;
    }
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
