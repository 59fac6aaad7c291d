package io.newsflow.ingest.publish;

import io.newsflow.core.error.RetriableException;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * An article the broker did not take. Retriable unless {@link #tooLarge()}: a record larger than
 * the producer or the topic allows will never fit.
 */
public final class PublishException extends RetriableException {
  private final boolean tooLarge;

  public PublishException(String message, Throwable cause) {
    super(message, cause);
    this.tooLarge = causedByTooLarge(cause);
  }

  public boolean tooLarge() {
    return tooLarge;
  }

  private static boolean causedByTooLarge(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RecordTooLargeException) {
        return true;
      }
    }
    return false;
  }
}
