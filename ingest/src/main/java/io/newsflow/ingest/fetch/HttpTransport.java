package io.newsflow.ingest.fetch;

/**
 * Sends one GET and reads its response, following no redirect, within the configured time and size
 * limits. Never throws for network or server trouble. Thread-safe.
 */
interface HttpTransport extends AutoCloseable {

  Exchange exchange(TransportRequest request);

  @Override
  default void close() {}
}
