package io.newsflow.core.error;

import java.util.Locale;

/**
 * Why a record went to {@code news-dlq-v1}: the value of a dead letter's {@code reason}, a short
 * fixed vocabulary that alerts and metrics can group by (the error message is in its
 * {@code detail}). Listed in {@code docs/topics.md}; a new reason is added there too.
 */
public enum Reason {
  /** The value is larger than the stage takes; it is not read at all. */
  TOO_LARGE,
  /**
   * The record has no key. Article topics are keyed by article id, and the key decides the
   * partition, so the order in which an article's versions are read and which instance
   * remembers them: a record without one cannot be placed among its article's versions.
   */
  MISSING_KEY,
  /** The value is not UTF-8, which every value of every topic is. */
  INVALID_UTF8,
  /** The value is not JSON. */
  INVALID_JSON,
  /** The value's {@code schemaVersion} is not the one of the topic (or is missing). */
  UNSUPPORTED_SCHEMA_VERSION,
  /**
   * JSON of the right version but not a record of the topic: the wrong shape, {@code null}, a
   * tombstone, or without a field the stage needs (an id, a version, a content hash, a URL).
   */
  INVALID_RECORD,
  /** The stage's own processing failed on the record (the extractor, the NLP engine). */
  PROCESSING_FAILED,
  /** A destination refused the record for good (a constraint it violates). */
  REFUSED;

  /** The label on the topic and in metrics: {@code too-large}, {@code invalid-utf8} ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
