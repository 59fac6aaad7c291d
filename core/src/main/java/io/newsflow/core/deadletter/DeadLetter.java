package io.newsflow.core.deadletter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;

/**
 * The value on {@code news-dlq-v1}: a record a stage could not process, with the original bytes,
 * where it came from and why it failed. Keyed like the original record.
 *
 * @param stage where it failed, one of the {@link Stage} names such as {@code enrich.deserialize}
 * @param valueBase64 the original value bytes, base64, exactly as read (null for a null value)
 * @param valueText the original value as text when it was valid UTF-8, for humans; else null
 */
public record DeadLetter(
    int schemaVersion,
    String stage,
    String reason,
    String errorClass,
    String sourceTopic,
    Integer sourcePartition,
    Long sourceOffset,
    String key,
    String valueBase64,
    String valueText,
    Instant failedAt) {

  public static final int SCHEMA_VERSION = 1;
  private static final int MAX_TEXT_CHARS = 4096;

  /** A dead letter for the record at {@code topic/partition@offset} that failed with {@code error}. */
  public static DeadLetter of(
      Stage stage, Throwable error, String topic, Integer partition, Long offset, String key,
      byte[] value) {
    return new DeadLetter(
        SCHEMA_VERSION,
        stage.label(),
        reasonOf(error),
        error.getClass().getName(),
        topic,
        partition,
        offset,
        key,
        value == null ? null : Base64.getEncoder().encodeToString(value),
        textOf(value),
        Instant.now());
  }

  /**
   * The kind of failure for metrics: the error's simple class name ({@code BadRecordException}),
   * few enough distinct values to be a tag, unlike {@link #reason()}.
   */
  @JsonIgnore
  public String errorKind() {
    if (errorClass == null || errorClass.isBlank()) {
      return "unknown";
    }
    String name = errorClass.substring(errorClass.lastIndexOf('.') + 1);
    return name.substring(name.lastIndexOf('$') + 1);
  }

  /** The original value bytes. */
  public byte[] value() {
    return valueBase64 == null ? null : Base64.getDecoder().decode(valueBase64);
  }

  static String reasonOf(Throwable error) {
    StringBuilder reason = new StringBuilder();
    for (Throwable t = error; t != null && reason.length() < 1000; t = t.getCause()) {
      if (reason.length() > 0) {
        reason.append(": ");
      }
      reason.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    return reason.length() > 1000 ? reason.substring(0, 1000) : reason.toString();
  }

  private static String textOf(byte[] value) {
    if (value == null) {
      return null;
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(value))
              .toString();
      return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
