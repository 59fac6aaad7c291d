package io.newsflow.ingest.crawl;

/**
 * What one poll of one or more sources came to.
 *
 * @param sourcesFailed sources whose listing could not be fetched or read
 * @param links article links the listings gave
 */
public record PollResult(int sources, int sourcesFailed, int links, int published, int unchanged,
    int notDue, int failed, String error) {

  public static final PollResult EMPTY = new PollResult(0, 0, 0, 0, 0, 0, 0, null);

  public static PollResult sourceFailed(String error) {
    return new PollResult(1, 1, 0, 0, 0, 0, 0, error);
  }

  public PollResult plus(PollResult o) {
    return new PollResult(sources + o.sources, sourcesFailed + o.sourcesFailed, links + o.links,
        published + o.published, unchanged + o.unchanged, notDue + o.notDue, failed + o.failed,
        error != null ? error : o.error);
  }

  PollResult with(CrawlOutcome outcome) {
    return switch (outcome) {
      case PUBLISHED -> new PollResult(sources, sourcesFailed, links, published + 1, unchanged,
          notDue, failed, error);
      case UNCHANGED -> new PollResult(sources, sourcesFailed, links, published, unchanged + 1,
          notDue, failed, error);
      case NOT_DUE -> new PollResult(sources, sourcesFailed, links, published, unchanged,
          notDue + 1, failed, error);
      case FAILED -> new PollResult(sources, sourcesFailed, links, published, unchanged, notDue,
          failed + 1, error);
    };
  }
}
