package io.newsflow.ingest.crawl;

import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import java.util.List;

/** Reads the article links out of a fetched listing (a feed, a sitemap, a section page). */
@FunctionalInterface
public interface LinkLister {

  /**
   * @param listing the fetched feed, sitemap or page (outcome OK)
   * @param maxLinks at most this many links
   * @throws RuntimeException with a clear message when the listing is malformed
   */
  List<SourceLink> links(FetchResult listing, int maxLinks);

  /**
   * As {@link #links(FetchResult, int)}, fetching whatever else the listing leads to (child
   * sitemaps, section pages) through {@code fetcher}, which records each of those fetches. Listers
   * that fetch nothing need not override it.
   */
  default List<SourceLink> links(FetchResult listing, int maxLinks, PageFetcher fetcher) {
    return links(listing, maxLinks);
  }
}
