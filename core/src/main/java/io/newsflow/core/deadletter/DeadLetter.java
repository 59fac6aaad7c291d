package io.newsflow.core.deadletter;

import io.newsflow.core.error.Reason;
import io.newsflow.core.error.BadRecordException;
import io.newsflow.core.json.Utf8;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * The value on {@code news-dlq-v1}: a record a stage could not process, with where it came from,
 * why it failed and its original bytes. Keyed like the original record.
 *
 * <p>A value larger than {@link #MAX_VALUE_BYTES} is kept as its first {@link #MAX_VALUE_BYTES}
 * only ({@link #valueTruncated()}), with its size: the dead letter of whatever arrived must fit
 * on the dead-letter topic, and base64 makes a kept value a third larger than it was.
 *
 * @param stage where it failed, one of the {@link Stage} labels such as {@code enrich.deserialize}
 * @param reason why, one of the {@link Reason} labels such as {@code invalid-json}
 * @param detail the error, for humans
 * @param valueBase64 the original value bytes, base64, exactly as read (null for a null value);
 *     the first {@link #MAX_VALUE_BYTES} of them when {@link #valueTruncated()}
 * @param valueText the start of the original value as text (at most 4096 characters) when the
 *     whole value is valid UTF-8, for humans; else null
 * @param valueBytes the size of the original value in bytes (null for a null value)
 * @param valueTruncated true when {@code valueBase64} holds only the start of the value
 */
public record DeadLetter(
    int schemaVersion,
    String stage,
    String reason,
    String detail,
    String errorClass,
    String sourceTopic,
    Integer sourcePartition,
    Long sourceOffset,
    String key,
    String valueBase64,
    String valueText,
    Integer valueBytes,
    boolean valueTruncated,
    Instant failedAt) {

  public static final int SCHEMA_VERSION = 1;
  /** The most bytes of the original value a dead letter keeps. */
  public static final int MAX_VALUE_BYTES = 1024 * 1024;
  private static final int MAX_TEXT_CHARS = 4096;
  private static final int MAX_DETAIL_CHARS = 1000;

  /**
   * A dead letter for the record at {@code topic/partition@offset} that failed with {@code error},
   * for the reason {@link #reasonOf} finds in it.
   */
  public static DeadLetter of(
      Stage stage, Throwable error, String topic, Integer partition, Long offset, String key,
      byte[] value) {
    return of(stage, reasonOf(error), error, topic, partition, offset, key, value);
  }

  /** A dead letter for a record that failed with {@code error} for {@code reason}. */
  public static DeadLetter of(
      Stage stage, Reason reason, Throwable error, String topic, Integer partition, Long offset,
      String key, byte[] value) {
    boolean truncated = value != null && value.length > MAX_VALUE_BYTES;
    byte[] kept = truncated ? Arrays.copyOf(value, MAX_VALUE_BYTES) : value;
    return new DeadLetter(
        SCHEMA_VERSION,
        stage.label(),
        reason.label(),
        detailOf(error),
        error.getClass().getName(),
        topic,
        partition,
        offset,
        key,
        kept == null ? null : Base64.getEncoder().encodeToString(kept),
        textOf(value),
        value == null ? null : value.length,
        truncated,
        Instant.now());
  }

  /** The original value bytes as kept: all of them, or the start when {@link #valueTruncated}. */
  public byte[] value() {
    return valueBase64 == null ? null : Base64.getDecoder().decode(valueBase64);
  }

  /**
   * The reason of the first {@link BadRecordException} among {@code error} and its causes, else
   * {@link Reason#PROCESSING_FAILED}.
   */
  public static Reason reasonOf(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BadRecordException bad && bad.deadLetterReason() != null) {
        return bad.deadLetterReason();
      }
    }
    return Reason.PROCESSING_FAILED;
  }

  /**
   * The messages of the error and its causes, first lines only, each left out when an earlier one
   * already says it (a wrapper repeats what it wraps).
   */
  static String detailOf(Throwable error) {
    StringBuilder detail = new StringBuilder();
    for (Throwable t = error; t != null && detail.length() < MAX_DETAIL_CHARS; t = t.getCause()) {
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      int newline = message.indexOf('\n');
      message = newline < 0 ? message : message.substring(0, newline);
      if (detail.indexOf(message) < 0) {
        detail.append(detail.length() > 0 ? ": " : "").append(message);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return detail.length() > MAX_DETAIL_CHARS
        ? detail.substring(0, MAX_DETAIL_CHARS)
        : detail.toString();
  }

  private static String textOf(byte[] value) {
    if (value == null || !Utf8.isValid(value)) {
      return null;
    }
    // Three bytes per character at most within the BMP, so this many bytes hold enough
    // characters; a sequence cut at the end decodes past the characters kept.
    int bytes = Math.min(value.length, 3 * MAX_TEXT_CHARS + 4);
    String text = new String(value, 0, bytes, StandardCharsets.UTF_8);
    if (text.length() <= MAX_TEXT_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1))
        ? MAX_TEXT_CHARS - 1
        : MAX_TEXT_CHARS;
    return text.substring(0, end);
  }
}
