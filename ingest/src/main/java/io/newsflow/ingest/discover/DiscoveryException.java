package io.newsflow.ingest.discover;

import io.newsflow.core.error.BadRecordException;

/**
 * A feed, sitemap or archive that cannot be read: not well-formed even after repair, not the
 * format it should be, truncated, or refused for safety (a DTD with entity definitions).
 */
public class DiscoveryException extends BadRecordException {
  private final String source;
  private final String reason;

  public DiscoveryException(String source, String reason) {
    super(reason + " (" + source + ")");
    this.source = source;
    this.reason = reason;
  }

  public DiscoveryException(String source, String reason, Throwable cause) {
    super(reason + " (" + source + ")", cause);
    this.source = source;
    this.reason = reason;
  }

  /** The URL or file the document came from. */
  public String source() {
    return source;
  }

  /** Why it could not be read, without the source. */
  public String reason() {
    return reason;
  }
}
