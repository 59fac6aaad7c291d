package io.newsflow.ingest.fetch;

/**
 * Fetches one URL. Never throws for network or server trouble: every way a fetch can end is a
 * {@link FetchResult} with an outcome. Thread-safe.
 */
public interface PageFetcher extends AutoCloseable {

  FetchResult fetch(FetchRequest request);

  @Override
  default void close() {}
}
