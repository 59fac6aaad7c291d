package io.newsflow.core.topic;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.error.Reason;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.error.BadRecordException;
import io.newsflow.core.json.Json;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.json.Utf8;
import java.io.IOException;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Reads the records of an article topic as any producer may have written them, not only
 * Newsflow: a record that breaks the topic contract ({@code docs/topics.md}) throws a {@link
 * BadRecordException} whose {@link Reason} says how, checked in this order: {@code too-large},
 * {@code missing-key}, {@code invalid-utf8}, {@code invalid-json}, {@code
 * unsupported-schema-version}, {@code invalid-record}. Thread-safe.
 */
public final class RecordReader<T> {
  private final String topic;
  private final JsonSerde<T> serde;
  private final int schemaVersion;
  private final ToIntFunction<T> schemaVersionOf;
  private final int maxValueBytes;

  RecordReader(String topic, JsonSerde<T> serde, int schemaVersion,
      ToIntFunction<T> schemaVersionOf, int maxValueBytes) {
    this.topic = topic;
    this.serde = serde;
    this.schemaVersion = schemaVersion;
    this.schemaVersionOf = schemaVersionOf;
    this.maxValueBytes = maxValueBytes;
  }

  /** A reader of {@code news-raw-v1} (under its full name {@code topic}). */
  public static RecordReader<RawArticle> rawArticles(String topic) {
    return new RecordReader<>(topic, new JsonSerde<>(RawArticle.class),
        RawArticle.SCHEMA_VERSION, RawArticle::schemaVersion, NewsTopics.MAX_ARTICLE_BYTES);
  }

  /** A reader of {@code news-enriched-v1} (under its full name {@code topic}). */
  public static RecordReader<EnrichedArticle> enrichedArticles(String topic) {
    return new RecordReader<>(topic, new JsonSerde<>(EnrichedArticle.class),
        EnrichedArticle.SCHEMA_VERSION, EnrichedArticle::schemaVersion,
        NewsTopics.MAX_ARTICLE_BYTES);
  }

  /**
   * The record's value, read and checked.
   *
   * @return null for a null value (a tombstone), which the caller may refuse or ignore
   * @throws BadRecordException when the record breaks the topic contract
   */
  public T read(String key, byte[] value) {
    if (value == null) {
      return null;
    }
    if (value.length > maxValueBytes) {
      throw new BadRecordException(Reason.TOO_LARGE, String.format(
          "a value of %d bytes; %s takes at most %d", value.length, topic, maxValueBytes));
    }
    if (key == null || key.isEmpty()) {
      throw new BadRecordException(Reason.MISSING_KEY,
          "a record without a key; " + topic + " is keyed by article id");
    }
    int malformed = Utf8.firstMalformed(value);
    if (malformed >= 0) {
      throw new BadRecordException(Reason.INVALID_UTF8, String.format(
          "not UTF-8: byte 0x%02X at offset %d", value[malformed] & 0xFF, malformed));
    }
    T record;
    try {
      record = serde.deserialize(value);
    } catch (BadRecordException e) {
      throw otherVersion(value).orElse(e);
    }
    if (record == null) {
      throw new BadRecordException("JSON null is not a record of " + topic);
    }
    int version = schemaVersionOf.applyAsInt(record);
    if (version != schemaVersion) {
      throw unsupported(version == 0 ? "no schemaVersion" : "schemaVersion " + version);
    }
    return record;
  }

  /**
   * A value of another schema version may well not map onto this one's record: when it does not,
   * the version, not the shape, is what is wrong with it.
   */
  private Optional<BadRecordException> otherVersion(byte[] value) {
    try {
      JsonNode version = Json.mapper().readTree(value).path("schemaVersion");
      if (version.isInt() && version.intValue() != schemaVersion) {
        return Optional.of(unsupported("schemaVersion " + version.intValue()));
      }
    } catch (IOException | RuntimeException notJson) {
      // The serde's own error says what is wrong.
    }
    return Optional.empty();
  }

  private BadRecordException unsupported(String found) {
    return new BadRecordException(Reason.UNSUPPORTED_SCHEMA_VERSION,
        found + "; " + topic + " carries schemaVersion " + schemaVersion);
  }
}
