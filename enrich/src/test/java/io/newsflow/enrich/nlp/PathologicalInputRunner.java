package io.newsflow.enrich.nlp;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.enrich.ArticleEnricher;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

/**
 * Development runner: times the enricher (default limits) on pathological texts: one
 * 50,000-word sentence, 50,000 words without any punctuation, and a million tokens.
 */
public final class PathologicalInputRunner {
  private static final String[] WORDS = {
    "the", "council", "said", "Harbor", "Lane", "budget", "would", "rise", "and", "Maria",
    "Okafor", "denied", "that", "it", "was", "late", "in", "March", "with", "$4", "million"
  };

  private PathologicalInputRunner() {}

  public static void main(String[] args) {
    ArticleEnricher enricher = new CoreNlpEnricherFactory().create();
    enricher.enrich(article("Warm-up. The council said the budget would rise."));
    int cut = Integer.getInteger("maxChars", Integer.MAX_VALUE);
    time(enricher, "one 50,000-word sentence", cut(words(50_000, ", ", 12) + ".", cut));
    time(enricher, "50,000 words, no punctuation", cut(words(50_000, "", 0), cut));
    time(enricher, "1,000,000 tokens", cut(words(1_000_000, ". ", 20), cut));
  }

  /** What the enrich stage does with {@code enrich.max-chars} before calling the enricher. */
  private static String cut(String text, int maxChars) {
    return text.length() <= maxChars ? text : text.substring(0, maxChars);
  }

  private static void time(ArticleEnricher enricher, String label, String text) {
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long started = System.nanoTime();
    long cpuStarted = cpu.getCurrentThreadCpuTime();
    Enrichment result = enricher.enrich(article(text));
    long ms = (System.nanoTime() - started) / 1_000_000;
    long cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
    System.out.printf("%s (%,d chars): %d ms (CPU %d ms), analysed %,d chars, truncated %s,"
            + " %d entities, %d claims%n", label, text.length(), ms, cpuMs,
        result.info().analysedChars(),
        result.info().truncated(), result.entities().size(), result.claims().size());
  }

  /** {@code count} words; every {@code every} words the separator instead of a space. */
  static String words(int count, String separator, int every) {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(every > 0 && i % every == 0 ? separator : " ");
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  static RawArticle article(String text) {
    return new RawArticle(RawArticle.SCHEMA_VERSION, "x", 1, false, "u", "u", "s", "s",
        Instant.now(), "h", null, text, List.of(), OffsetDateTime.parse("2025-03-14T10:00:00Z"),
        null, "en", null, null, null, List.of(), null, false);
  }
}
