package io.newsflow.web.query;

/** A query parameter that cannot be read: answered 400 with {@link #getMessage()} as the error. */
public final class BadQueryException extends IllegalArgumentException {
  public BadQueryException(String message) {
    super(message);
  }
}
