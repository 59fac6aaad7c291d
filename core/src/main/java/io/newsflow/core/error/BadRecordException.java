package io.newsflow.core.error;


/**
 * A record that cannot be read or processed; it goes to the dead-letter topic with its {@link
 * #deadLetterReason()}.
 */
public class BadRecordException extends NewsflowException {
  private final Reason reason;

  /** A record that is not what the stage needs: {@link Reason#INVALID_RECORD}. */
  public BadRecordException(String message) {
    this(Reason.INVALID_RECORD, message, null);
  }

  /** A record that is not what the stage needs: {@link Reason#INVALID_RECORD}. */
  public BadRecordException(String message, Throwable cause) {
    this(Reason.INVALID_RECORD, message, cause);
  }

  public BadRecordException(Reason reason, String message) {
    this(reason, message, null);
  }

  public BadRecordException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason deadLetterReason() {
    return reason;
  }
}
