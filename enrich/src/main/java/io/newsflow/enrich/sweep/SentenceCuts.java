package io.newsflow.enrich.sweep;

import io.newsflow.enrich.NamedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cuts of a text at sentence boundaries, drawn from a seeded random source: prefixes (the text
 * up to a boundary), suffixes (from a boundary on), middle windows (between two boundaries) and
 * splices (a window of one text followed by a window of another, as a new paragraph or in the
 * same line). A boundary is the start of a line or of a sentence after ".", "!" or "?" (and any
 * closing quotes or brackets) and white space; no model is needed, so the cuts of a text are the
 * same on every machine for the same seed.
 *
 * <p>Names say where a cut comes from in sentences: {@code page~prefix-0-4} holds sentences 0 to
 * 3, {@code page~splice-2-5+other-0-3} sentences 2 to 4 of {@code page} then 0 to 2 of {@code
 * other}. Every cut is {@linkplain String#strip() stripped}, as {@code newsflow annotate} strips
 * a {@code .txt} file, and a cut equal to the whole text or to an earlier cut is dropped.
 */
public final class SentenceCuts {
  private static final String CLOSERS = "\"'”’»)]";

  private SentenceCuts() {}

  /**
   * Where the sentences of {@code text} start, in order: 0 first, then every boundary before the
   * end of the text.
   */
  public static List<Integer> boundaries(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int after;
      if (c == '\n') {
        after = i + 1;
      } else if (c == '.' || c == '!' || c == '?') {
        int k = i + 1;
        while (k < n && CLOSERS.indexOf(text.charAt(k)) >= 0) {
          k++;
        }
        if (k >= n || !Character.isWhitespace(text.charAt(k))) {
          continue;
        }
        after = k;
      } else {
        continue;
      }
      while (after < n && Character.isWhitespace(text.charAt(after))) {
        after++;
      }
      if (after < n && after > starts.get(starts.size() - 1)) {
        starts.add(after);
      }
      i = Math.max(i, after - 1);
    }
    return starts;
  }

  /**
   * {@code perKind} prefixes, suffixes and middle windows of {@code whole}, drawn from {@code
   * random}; fewer when the text has too few sentences to give that many different cuts.
   */
  public static List<NamedText> cuts(NamedText whole, int perKind, Random random) {
    String text = whole.text();
    List<Integer> starts = boundaries(text);
    int sentences = starts.size();
    if (sentences < 2) {
      return List.of();
    }
    Map<String, NamedText> cuts = new LinkedHashMap<>();
    cuts.put(text.strip(), whole);
    for (int i = 0; i < perKind; i++) {
      int end = 1 + random.nextInt(sentences - 1); // sentences [0, end)
      add(cuts, whole, "prefix", 0, end, starts);
      int start = 1 + random.nextInt(sentences - 1); // sentences [start, all)
      add(cuts, whole, "suffix", start, sentences, starts);
      int[] window = window(sentences, random);
      add(cuts, whole, "middle", window[0], window[1], starts);
    }
    cuts.remove(text.strip());
    return List.copyOf(cuts.values());
  }

  /**
   * {@code count} splices of a window of {@code first} followed by a window of {@code second},
   * joined by a blank line or a space.
   */
  public static List<NamedText> splices(NamedText first, NamedText second, int count,
      Random random) {
    List<Integer> a = boundaries(first.text());
    List<Integer> b = boundaries(second.text());
    Map<String, NamedText> splices = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      int[] x = window(a.size(), random);
      int[] y = window(b.size(), random);
      String joint = random.nextBoolean() ? "\n\n" : " ";
      String text = (slice(first.text(), a, x[0], x[1]) + joint
          + slice(second.text(), b, y[0], y[1])).strip();
      String name = first.name() + "~splice-" + x[0] + "-" + x[1] + "+" + second.name() + "-"
          + y[0] + "-" + y[1];
      if (!text.isEmpty()) {
        splices.putIfAbsent(text, new NamedText(name, text));
      }
    }
    return List.copyOf(splices.values());
  }

  /** A window [from, to) of at least one of {@code sentences} sentences. */
  private static int[] window(int sentences, Random random) {
    int from = random.nextInt(sentences);
    int to = from + 1 + random.nextInt(sentences - from);
    return new int[] {from, to};
  }

  private static void add(Map<String, NamedText> cuts, NamedText whole, String kind, int from,
      int to, List<Integer> starts) {
    String text = slice(whole.text(), starts, from, to).strip();
    if (!text.isEmpty()) {
      cuts.putIfAbsent(text,
          new NamedText(whole.name() + "~" + kind + "-" + from + "-" + to, text));
    }
  }

  /** Sentences [from, to) of {@code text}. */
  private static String slice(String text, List<Integer> starts, int from, int to) {
    int end = to < starts.size() ? starts.get(to) : text.length();
    return text.substring(starts.get(from), end);
  }
}
