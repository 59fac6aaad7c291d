package io.newsflow.web.trending;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.KafkaClientConfig;
import io.newsflow.core.enrichment.EntityMentionRecord;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.Topic;
import io.newsflow.web.query.Peers;
import io.newsflow.web.sources.SourceHealthQuery;
import io.newsflow.web.sources.SourceHealthTopology;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The page's production topology in a {@link TopologyTestDriver}, with its input topics, queries
 * at a fixed time, and fictional records to pipe in.
 */
public final class PageDriver implements AutoCloseable {
  public static final NewsTopics TOPICS = NewsTopics.withPrefix("");

  private final TopologyTestDriver driver;
  private final TestInputTopic<String, EntityMentionRecord> mentions;
  private final TestInputTopic<String, RawArticle> raw;
  private final TestInputTopic<String, FetchStatus> fetches;
  private final TestInputTopic<String, SourceStatus> statuses;

  public PageDriver(Path stateDir) {
    Properties props = PageStreams.properties(new PageStreamsConfig(
        new KafkaClientConfig("unused:9092", "", 1, (short) 1, null),
        null, null, stateDir, 1, null));
    driver = new TopologyTestDriver(PageStreams.topology(TOPICS), props);
    mentions = input(TOPICS.entityMentions());
    raw = input(TOPICS.raw());
    fetches = input(TOPICS.fetchStatus());
    statuses = input(TOPICS.sourceStatus());
  }

  private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
    return driver.createInputTopic(topic.name(), topic.keySerde().serializer(),
        topic.valueSerde().serializer());
  }

  public TopologyTestDriver driver() {
    return driver;
  }

  public TrendingQuery trending(Instant now) {
    return trending(now, Peers.none());
  }

  public TrendingQuery trending(Instant now, Peers peers) {
    return new TrendingQuery(() -> driver.getWindowStore(TrendingTopology.STORE), peers,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  public SourceHealthQuery sources(Instant now) {
    return sources(now, Peers.none());
  }

  public SourceHealthQuery sources(Instant now, Peers peers) {
    return new SourceHealthQuery(() -> driver.getWindowStore(SourceHealthTopology.STORE),
        () -> driver.getKeyValueStore(SourceHealthTopology.STATUS_STORE), peers,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  /**
   * One entity of one article version, piped at {@code recordTime}.
   *
   * @param published the article's publication time, or null
   */
  public void mention(String entityKey, String name, String articleId, int version,
      Instant published, int mentionCount, Instant recordTime) {
    mentions.pipeInput(entityKey, mentionRecord(entityKey, name, articleId, version, published,
        mentionCount), recordTime);
  }

  /** A mention of an article published at {@code published}, which reached Kafka a minute on. */
  public void mention(String entityKey, String name, String articleId, Instant published) {
    mention(entityKey, name, articleId, 1, published, 1, published.plusSeconds(60));
  }

  public static EntityMentionRecord mentionRecord(String entityKey, String name,
      String articleId, int version, Instant published, int mentionCount) {
    EntityType type = EntityType.valueOf(
        entityKey.substring(0, entityKey.indexOf(':')).toUpperCase(Locale.ROOT));
    return new EntityMentionRecord(EntityMentionRecord.SCHEMA_VERSION, entityKey, name, type,
        articleId, version, "https://gazette.example/" + articleId, "A story about " + name,
        "gazette.example", published == null ? null : published.atOffset(ZoneOffset.ofHours(1)),
        mentionCount, 0.5, List.of());
  }

  /** One version of an article from {@code source}, piped at {@code at}. */
  public void article(String source, String id, int version, boolean dated,
      List<String> authors, Instant at) {
    OffsetDateTime published = dated ? at.minusSeconds(600).atOffset(ZoneOffset.UTC) : null;
    raw.pipeInput(id, new RawArticle(RawArticle.SCHEMA_VERSION, id, version, version > 1,
        source + id, source + id, source, "harbour-gazette.example", at, "hash-" + id + version,
        "Title " + id, "The text of " + id + ".", authors, published, null, "en", null, null,
        null, List.of(), "Harbour Gazette", false), at);
  }

  public void fetch(String source, String url, FetchOutcome outcome, Instant at) {
    fetches.pipeInput(url, new FetchStatus(FetchStatus.SCHEMA_VERSION, url, source, outcome,
        outcome == FetchOutcome.OK ? 200 : null, null, at, 120, null), at);
  }

  public void status(SourceStatus status) {
    statuses.pipeInput(status.sourceId(), status, status.lastPollAt());
  }

  @Override
  public void close() {
    driver.close();
  }
}
