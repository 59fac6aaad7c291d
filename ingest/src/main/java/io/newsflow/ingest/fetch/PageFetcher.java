package io.newsflow.ingest.fetch;

import java.util.List;

/**
 * Fetches one URL. Never throws for network or server trouble: every way a fetch can end is a
 * {@link FetchResult} with an outcome. Thread-safe.
 */
public interface PageFetcher extends AutoCloseable {

  FetchResult fetch(FetchRequest request);

  /**
   * The {@code Sitemap:} URLs named by the robots.txt of the host serving {@code url}, as written
   * there (absolute URLs, possibly on other hosts); empty when there are none or the robots.txt
   * cannot be had.
   */
  default List<String> sitemapsOf(String url) {
    return List.of();
  }

  @Override
  default void close() {}
}
