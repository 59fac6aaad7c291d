package io.newsflow.ingest.crawl;

import io.newsflow.ingest.fetch.FetchResult;
import java.util.List;

/** Reads the article links out of a fetched listing (a feed, a sitemap, a section page). */
@FunctionalInterface
public interface LinkLister {

  /**
   * @param listing the fetched feed, sitemap or page (outcome OK)
   * @param maxLinks at most this many links
   * @throws IllegalArgumentException or another runtime exception with a clear message when the
   *     listing is malformed
   */
  List<SourceLink> links(FetchResult listing, int maxLinks);
}
