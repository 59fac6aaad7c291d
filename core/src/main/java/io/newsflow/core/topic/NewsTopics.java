package io.newsflow.core.topic;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.enrichment.ClaimRecord;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EntityMentionRecord;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.status.SourceStatus;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The public topics of topic contract v1, named with a configurable prefix. Keys are UTF-8
 * strings; values are JSON with a {@code schemaVersion}.
 *
 * <p>It also names {@link #sourceStatus()}, the compacted topic ingest keeps of each source's last
 * poll: ingest owns and writes it (it is not among {@link #all()}), but other modules read it, so
 * its name and serdes are defined once, here.
 */
public final class NewsTopics {
  public static final String RAW = "news-raw-v1";
  public static final String ENRICHED = "news-enriched-v1";
  public static final String DEAD_LETTERS = "news-dlq-v1";
  public static final String CLAIMS = "news-claims-v1";
  public static final String ENTITY_MENTIONS = "news-entity-mentions-v1";
  public static final String FETCH_STATUS = "news-fetch-status-v1";
  /** Internal to ingest (which writes it), compacted, keyed by source id; read by others. */
  public static final String SOURCE_STATUS = "news-source-status-v1";

  /**
   * The largest article record, raw or enriched, that the stages take: enrich and the sink
   * dead-letter a larger value unread ({@code too-large}), and enrich does not write a larger
   * enriched article. Half the topics' own limit, so that what enrich adds to an article and the
   * dead letters always fit; tens of times the longest news article.
   */
  public static final int MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

  /** The record size the topics take ({@code max.message.bytes}), where the broker permits. */
  private static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

  private static final Map<String, String> ARTICLE_TOPIC =
      Map.of("max.message.bytes", String.valueOf(MAX_RECORD_BYTES));

  private static final Map<String, String> COMPACTED =
      Map.of("cleanup.policy", "compact", "min.cleanable.dirty.ratio", "0.1");

  private final String prefix;
  private final Topic<String, RawArticle> raw;
  private final Topic<String, EnrichedArticle> enriched;
  private final Topic<String, DeadLetter> deadLetters;
  private final Topic<String, ClaimRecord> claims;
  private final Topic<String, EntityMentionRecord> entityMentions;
  private final Topic<String, FetchStatus> fetchStatus;
  private final Topic<String, SourceStatus> sourceStatus;

  private NewsTopics(String prefix) {
    this.prefix = prefix == null ? "" : prefix;
    this.raw = topic(RAW, new JsonSerde<>(RawArticle.class), ARTICLE_TOPIC);
    this.enriched = topic(ENRICHED, new JsonSerde<>(EnrichedArticle.class), ARTICLE_TOPIC);
    this.deadLetters = topic(DEAD_LETTERS, new JsonSerde<>(DeadLetter.class), ARTICLE_TOPIC);
    this.claims = topic(CLAIMS, new JsonSerde<>(ClaimRecord.class), Map.of());
    this.entityMentions =
        topic(ENTITY_MENTIONS, new JsonSerde<>(EntityMentionRecord.class), Map.of());
    this.fetchStatus = topic(FETCH_STATUS, new JsonSerde<>(FetchStatus.class), Map.of());
    this.sourceStatus = topic(SOURCE_STATUS, new JsonSerde<>(SourceStatus.class), COMPACTED);
  }

  public static NewsTopics withPrefix(String prefix) {
    return new NewsTopics(prefix);
  }

  public String prefix() {
    return prefix;
  }

  /** The full name of a topic with this prefix, for topics other modules define. */
  public String name(String baseName) {
    return prefix + baseName;
  }

  public Topic<String, RawArticle> raw() {
    return raw;
  }

  public Topic<String, EnrichedArticle> enriched() {
    return enriched;
  }

  public Topic<String, DeadLetter> deadLetters() {
    return deadLetters;
  }

  public Topic<String, ClaimRecord> claims() {
    return claims;
  }

  public Topic<String, EntityMentionRecord> entityMentions() {
    return entityMentions;
  }

  public Topic<String, FetchStatus> fetchStatus() {
    return fetchStatus;
  }

  /**
   * The compacted status of each source after its last poll ({@code news-source-status-v1}),
   * keyed by source id. Ingest creates and writes it; it is not among {@link #all()}.
   */
  public Topic<String, SourceStatus> sourceStatus() {
    return sourceStatus;
  }

  /** The public topics, each stage's inputs and outputs; not {@link #sourceStatus()}. */
  public List<Topic<?, ?>> all() {
    return List.of(raw, enriched, deadLetters, claims, entityMentions, fetchStatus);
  }

  private <V> Topic<String, V> topic(
      String baseName, JsonSerde<V> valueSerde, Map<String, String> configs) {
    return new Topic<>(name(baseName), Serdes.String(), valueSerde, configs);
  }
}
