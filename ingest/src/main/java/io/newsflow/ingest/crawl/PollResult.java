package io.newsflow.ingest.crawl;

import io.newsflow.core.status.SourceStatus;

/**
 * What one poll of one or more sources came to.
 *
 * @param sourcesFailed sources whose listing could not be fetched or read
 * @param links article links the listings gave
 * @param error why a source failed (the first, in a sum), or null
 * @param outcome how the source's listing ended, as {@link SourceStatus#lastOutcome()} puts it
 *     (the first, in a sum), or null
 */
public record PollResult(int sources, int sourcesFailed, int links, int published, int unchanged,
    int notDue, int failed, String error, String outcome) {

  public static final PollResult EMPTY = new PollResult(0, 0, 0, 0, 0, 0, 0, null, null);

  /** A source that failed unexpectedly. */
  public static PollResult sourceFailed(String error) {
    return sourceFailed(SourceStatus.ERROR, error);
  }

  /** A source whose listing ended with {@code outcome}, and nothing was crawled. */
  public static PollResult sourceFailed(String outcome, String error) {
    return new PollResult(1, 1, 0, 0, 0, 0, 0, error, outcome);
  }

  /** A source whose listing ended with {@code outcome} and gave {@code links} links. */
  static PollResult listed(String outcome, int links) {
    return new PollResult(1, 0, links, 0, 0, 0, 0, null, outcome);
  }

  public PollResult plus(PollResult o) {
    return new PollResult(sources + o.sources, sourcesFailed + o.sourcesFailed, links + o.links,
        published + o.published, unchanged + o.unchanged, notDue + o.notDue, failed + o.failed,
        error != null ? error : o.error, outcome != null ? outcome : o.outcome);
  }

  PollResult with(CrawlOutcome crawled) {
    return switch (crawled) {
      case PUBLISHED -> new PollResult(sources, sourcesFailed, links, published + 1, unchanged,
          notDue, failed, error, outcome);
      case UNCHANGED -> new PollResult(sources, sourcesFailed, links, published, unchanged + 1,
          notDue, failed, error, outcome);
      case NOT_DUE -> new PollResult(sources, sourcesFailed, links, published, unchanged,
          notDue + 1, failed, error, outcome);
      case FAILED -> new PollResult(sources, sourcesFailed, links, published, unchanged, notDue,
          failed + 1, error, outcome);
    };
  }

  /** This result with {@code error} as its error. */
  PollResult withError(String error) {
    return new PollResult(sources, sourcesFailed, links, published, unchanged, notDue, failed,
        error, outcome);
  }
}
