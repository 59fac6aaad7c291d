package io.newsflow.web.sources;

import io.newsflow.core.status.SourceStatus;
import java.time.Instant;

/**
 * One source on the page: what it published and how well its pages were extracted in the last 24
 * hours, and how its last poll went.
 *
 * @param sourceId the source's canonical URL: the {@code source} of its articles and fetches
 * @param url the URL as added, when the source has a status; else null
 * @param type feed, sitemap, page or section, when the source has a status; else null
 * @param last24h the counts of the last 24 hours
 * @param noDateShare article versions without a date, of all article versions; null when none
 * @param noAuthorShare article versions without an author, of all article versions; null when
 *     none
 * @param emptyTextShare pages with no article text, of all pages extracted; null when none
 * @param lastPollAt when the source was last polled; null when it has no status
 * @param lastOutcome how the last poll's listing ended ({@link SourceStatus#lastOutcome()})
 * @param failuresInARow failed polls since the last success; null when it has no status
 */
public record SourceHealth(
    String sourceId,
    String url,
    String type,
    SourceCounts last24h,
    Double noDateShare,
    Double noAuthorShare,
    Double emptyTextShare,
    Instant lastPollAt,
    String lastOutcome,
    String lastError,
    Instant lastSuccessAt,
    Integer failuresInARow) {

  /**
   * @param status the source's latest status, or null
   */
  public static SourceHealth of(String sourceId, SourceCounts counts, SourceStatus status) {
    SourceCounts c = counts == null ? SourceCounts.none() : counts;
    return new SourceHealth(sourceId,
        status == null ? null : status.url(),
        status == null ? null : status.type(),
        c,
        share(c.noDate(), c.versions()),
        share(c.noAuthor(), c.versions()),
        share(c.emptyText(), c.pages()),
        status == null ? null : status.lastPollAt(),
        status == null ? null : status.lastOutcome(),
        status == null ? null : status.lastError(),
        status == null ? null : status.lastSuccessAt(),
        status == null ? null : status.failuresInARow());
  }

  /** This source's counts and {@code other}'s added; the status of the later poll. */
  public SourceHealth plus(SourceHealth other) {
    SourceHealth status = lastPollAt == null
        || (other.lastPollAt != null && other.lastPollAt.isAfter(lastPollAt)) ? other : this;
    SourceHealth sum = of(sourceId, last24h.plus(other.last24h), null);
    return new SourceHealth(sourceId, status.url, status.type, sum.last24h, sum.noDateShare,
        sum.noAuthorShare, sum.emptyTextShare, status.lastPollAt, status.lastOutcome,
        status.lastError, status.lastSuccessAt, status.failuresInARow);
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}
