package io.newsflow.ingest.state;

import io.newsflow.core.status.FetchOutcome;
import java.time.Instant;

/**
 * What ingest remembers about one article URL, keyed by its canonical URL.
 *
 * @param contentHash hash of the last published content, or null before the first publication
 * @param version the last published version, 0 before the first publication
 * @param nextFetchAt when the URL is worth fetching again
 */
public record FetchState(
    int schemaVersion,
    String url,
    String articleId,
    String etag,
    String lastModified,
    String contentHash,
    int version,
    FetchOutcome lastOutcome,
    Instant lastFetchedAt,
    Instant firstSeenAt,
    Instant nextFetchAt,
    int failures) {

  public static final int SCHEMA_VERSION = 1;

  public static FetchState unseen(String url, Instant now) {
    return new FetchState(SCHEMA_VERSION, url, null, null, null, null, 0, null, null, now, now, 0);
  }

  public boolean published() {
    return version > 0;
  }

  public FetchState fetched(
      FetchOutcome outcome, String etag, String lastModified, Instant at, Instant next) {
    boolean failed = !succeeded(outcome);
    return new FetchState(SCHEMA_VERSION, url, articleId,
        etag != null ? etag : this.etag,
        lastModified != null ? lastModified : this.lastModified,
        contentHash, version, outcome, at, firstSeenAt, next, failed ? failures + 1 : 0);
  }

  /** Outcomes after which the page was read as it should be (a paywalled article is published). */
  public static boolean succeeded(FetchOutcome outcome) {
    return outcome == FetchOutcome.OK
        || outcome == FetchOutcome.NOT_MODIFIED
        || outcome == FetchOutcome.UNCHANGED
        || outcome == FetchOutcome.PAYWALLED;
  }

  public FetchState publishedAs(String newArticleId, String newHash, int newVersion) {
    return new FetchState(SCHEMA_VERSION, url, newArticleId, etag, lastModified, newHash,
        newVersion, lastOutcome, lastFetchedAt, firstSeenAt, nextFetchAt, failures);
  }
}
