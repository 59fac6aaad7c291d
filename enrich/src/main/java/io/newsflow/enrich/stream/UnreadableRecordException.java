package io.newsflow.enrich.stream;

import io.newsflow.core.error.BadRecordException;

/**
 * A raw record that is not a readable article: dead-lettered as a deserialisation error, for the
 * reason of the {@link BadRecordException} that says why.
 */
final class UnreadableRecordException extends BadRecordException {
  UnreadableRecordException(BadRecordException cause) {
    super(cause.deadLetterReason(), cause.getMessage(), cause);
  }
}
