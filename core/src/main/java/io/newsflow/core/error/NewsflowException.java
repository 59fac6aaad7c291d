package io.newsflow.core.error;

/** Base of Newsflow's own exceptions. */
public class NewsflowException extends RuntimeException {
  public NewsflowException(String message) {
    super(message);
  }

  public NewsflowException(String message, Throwable cause) {
    super(message, cause);
  }
}
