package io.newsflow.core.error;

/** A failure that may pass if tried again later: I/O errors, timeouts, an unavailable service. */
public class RetriableException extends NewsflowException {
  public RetriableException(String message) {
    super(message);
  }

  public RetriableException(String message, Throwable cause) {
    super(message, cause);
  }
}
