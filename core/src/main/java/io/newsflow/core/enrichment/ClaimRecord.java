package io.newsflow.core.enrichment;

import java.time.OffsetDateTime;

/**
 * The value on {@code news-claims-v1}: one claim with the article it comes from. Keyed by the
 * article id, so an article's claims stay in order on one partition.
 */
public record ClaimRecord(
    int schemaVersion,
    String articleId,
    int articleVersion,
    String url,
    String title,
    String site,
    OffsetDateTime published,
    Claim claim) {

  public static final int SCHEMA_VERSION = 1;
}
