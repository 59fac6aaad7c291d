package io.newsflow.web.trending;

import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.topic.NewsTopics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The trending part of the page's topology: articles per entity in 10-minute tumbling windows of
 * publication time, kept 50 hours (the last 24 hours and the 24 before, with room to spare).
 *
 * <pre>
 * web-entity-mentions-source-v1 (news-entity-mentions-v1, key entity key, time: published)
 *   -> web-entity-mentions-first-sighting-v1 [web-entity-article-sightings-v1]
 *   -> web-entity-mentions-count-v1 [web-entity-mentions-by-10m-v1]
 * </pre>
 *
 * <p>The input is keyed by entity key already, so nothing is repartitioned: each entity's counts
 * live whole in the task of its partition. A record up to {@link #GRACE} late by publication
 * time still counts; later ones are dropped by the window (a backfill of old articles does not
 * trend).
 */
public final class TrendingTopology {
  /** Articles (and mentions) per entity per 10 minutes: the store trending queries read. */
  public static final String STORE = "web-entity-mentions-by-10m-v1";
  /** Per entity and article, when it was counted and its latest version. */
  public static final String SIGHTINGS_STORE = "web-entity-article-sightings-v1";
  public static final String SOURCE = "web-entity-mentions-source-v1";
  public static final String FIRST_SIGHTING = "web-entity-mentions-first-sighting-v1";
  public static final String COUNT = "web-entity-mentions-count-v1";

  public static final Duration BUCKET = Duration.ofMinutes(10);
  /** How late by publication time a record may arrive and still count. */
  public static final Duration GRACE = Duration.ofHours(48);
  /** How long windows (and sightings) are kept: 48 hours queried, and a margin. */
  public static final Duration RETENTION = Duration.ofHours(50);

  static final JsonSerde<EntityCounts> COUNTS = new JsonSerde<>(EntityCounts.class);
  static final JsonSerde<FirstSighting> SIGHTINGS = new JsonSerde<>(FirstSighting.class);

  private TrendingTopology() {}

  /** Adds the trending aggregation to {@code builder}. */
  public static void addTo(StreamsBuilder builder, NewsTopics topics) {
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SIGHTINGS_STORE), Serdes.String(), SIGHTINGS));
    builder.stream(
            topics.entityMentions().name(),
            Consumed.with(Serdes.String(), topics.entityMentions().valueSerde())
                .withTimestampExtractor(new PublishedTimeExtractor())
                .withName(SOURCE))
        .processValues(
            () -> new FirstSightingProcessor(SIGHTINGS_STORE, RETENTION),
            Named.as(FIRST_SIGHTING),
            SIGHTINGS_STORE)
        .groupByKey(Grouped.with("web-entity-mentions-grouped-v1", Serdes.String(), COUNTS))
        .windowedBy(TimeWindows.ofSizeAndGrace(BUCKET, GRACE))
        .aggregate(
            EntityCounts::none,
            (entity, increment, counts) -> counts.plus(increment),
            Named.as(COUNT),
            Materialized.<String, EntityCounts, WindowStore<Bytes, byte[]>>as(STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(COUNTS)
                .withRetention(RETENTION));
  }
}
