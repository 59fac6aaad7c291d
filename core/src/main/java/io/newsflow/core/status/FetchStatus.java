package io.newsflow.core.status;

import java.time.Instant;

/**
 * The value on {@code news-fetch-status-v1}: how one fetch ended. Keyed by the fetched URL.
 *
 * @param httpStatus the final HTTP status, or null when no response arrived
 * @param articleId the article published from this fetch, or null
 */
public record FetchStatus(
    int schemaVersion,
    String url,
    String source,
    FetchOutcome outcome,
    Integer httpStatus,
    String reason,
    Instant at,
    long tookMs,
    String articleId) {

  public static final int SCHEMA_VERSION = 1;
}
