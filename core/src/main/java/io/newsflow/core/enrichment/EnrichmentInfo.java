package io.newsflow.core.enrichment;

import java.time.Instant;

/**
 * How an article was enriched.
 *
 * @param engine the NLP engine and its version, for example "corenlp-4.5.10"
 * @param skipped why enrichment was skipped ("language", "empty"), or null when it ran
 * @param truncated true when only the first part of a very long text was analysed
 * @param analysedChars how many characters of the text were analysed
 */
public record EnrichmentInfo(
    String engine,
    Instant enrichedAt,
    String skipped,
    boolean truncated,
    int analysedChars,
    long tookMs) {

  public static final String SKIPPED_LANGUAGE = "language";
  public static final String SKIPPED_EMPTY = "empty";
}
