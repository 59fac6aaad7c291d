package io.newsflow.ingest.crawl;

/** What crawling one article link came to, for the poll summary. */
public enum CrawlOutcome {
  /** A new version was published. */
  PUBLISHED,
  /** Fetched (or 304) and found unchanged: nothing published. */
  UNCHANGED,
  /** Not due for a fetch yet. */
  NOT_DUE,
  /** The fetch failed or yielded no article; a status record says why. */
  FAILED
}
