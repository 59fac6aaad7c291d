package io.newsflow.core.error;

/** A record that cannot be read or processed; it goes to the dead-letter topic. */
public class BadRecordException extends NewsflowException {
  public BadRecordException(String message) {
    super(message);
  }

  public BadRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
