package io.newsflow.ingest.discover;

/**
 * A feed or sitemap larger than the parser's limit, as sent or once inflated (a gzip-compressed
 * sitemap file): refused like a body beyond {@code ingest.max-body-bytes}, as {@code too-large}.
 */
public class DocumentTooLargeException extends DiscoveryException {
  public DocumentTooLargeException(String source, String reason) {
    super(source, reason);
  }
}
