package io.newsflow.ingest.crawl;

import io.newsflow.core.status.FetchOutcome;

/**
 * What crawling one link came to: the summary for the poll, and how the link's fetch ended as
 * its status record says.
 *
 * @param fetched the outcome of the link's status record, or null when the link was not due (no
 *     fetch, no status record)
 * @param reason the status record's reason, or null
 */
public record LinkCrawl(CrawlOutcome outcome, FetchOutcome fetched, String reason) {

  static LinkCrawl notDue() {
    return new LinkCrawl(CrawlOutcome.NOT_DUE, null, null);
  }
}
