package io.newsflow.enrich.stream;

import io.newsflow.core.error.BadRecordException;

/** A raw record whose bytes are not a readable article: dead-lettered as a deserialisation error. */
final class UnreadableRecordException extends BadRecordException {
  UnreadableRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
