package io.newsflow.enrich.nlp;

import java.util.Locale;
import java.util.Set;

/** Shared by the development runners: a rough English test for page texts. */
final class EnrichBenchmarkRunnerSupport {
  private static final Set<String> ENGLISH =
      Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was");

  private EnrichBenchmarkRunnerSupport() {}

  /** More than 12% of the words are the commonest English ones. */
  static boolean isEnglish(String[] words) {
    int hits = 0;
    for (String w : words) {
      if (ENGLISH.contains(w.toLowerCase(Locale.ROOT))) {
        hits++;
      }
    }
    return hits > words.length * 0.12;
  }
}
