package io.newsflow.web.query;

/**
 * The local stores cannot be queried yet (the application is starting or rebalancing): answered
 * 503, and an instance that answers so to another makes the merged answer partial.
 */
public final class NotReadyException extends RuntimeException {
  public NotReadyException(String message, Throwable cause) {
    super(message, cause);
  }
}
