package io.newsflow.core.error;

/** A failure that trying again will not fix: a 404, a robots.txt refusal, a blocked address. */
public class PermanentException extends NewsflowException {
  public PermanentException(String message) {
    super(message);
  }

  public PermanentException(String message, Throwable cause) {
    super(message, cause);
  }
}
