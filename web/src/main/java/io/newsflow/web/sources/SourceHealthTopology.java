package io.newsflow.web.sources;

import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.core.topic.NewsTopics;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The source health part of the page's topology: per source, article versions and fetch statuses
 * counted in hourly tumbling windows of record time (when ingest published them: source health
 * is about what the pipeline does now), kept 26 hours; and the latest status of every source in a
 * global table.
 *
 * <pre>
 * web-raw-source-v1 (news-raw-v1) -> web-raw-by-source-v1 --------------------------\
 * web-fetch-status-source-v1 (news-fetch-status-v1) -> web-fetch-status-by-source-v1 -> merge
 *   -> web-source-events-merge-v1 -> repartition by source (web-source-events-by-source-v1)
 *   -> web-source-health-count-v1 [web-source-health-by-1h-v1]
 * web-source-status-source-v1 (news-source-status-v1) -> global [web-source-status-v1]
 * </pre>
 *
 * <p>Source status is a global table: it is small (one record per source), every instance needs
 * all of it to answer for sources it holds no counts of, and ingest partitions its topic its own
 * way, so it could not be co-partitioned with the counts anyway.
 */
public final class SourceHealthTopology {
  /** Counts per source per hour: the store source health queries read. */
  public static final String STORE = "web-source-health-by-1h-v1";
  /** The latest status of every source (a global store, on every instance). */
  public static final String STATUS_STORE = "web-source-status-v1";
  public static final String RAW_SOURCE = "web-raw-source-v1";
  public static final String FETCH_STATUS_SOURCE = "web-fetch-status-source-v1";
  public static final String STATUS_SOURCE = "web-source-status-source-v1";
  public static final String RAW_BY_SOURCE = "web-raw-by-source-v1";
  public static final String FETCH_STATUS_BY_SOURCE = "web-fetch-status-by-source-v1";
  public static final String MERGE = "web-source-events-merge-v1";
  /** The repartition by source; its topic is {@code <application id>-<this>-repartition}. */
  public static final String BY_SOURCE = "web-source-events-by-source-v1";
  public static final String COUNT = "web-source-health-count-v1";

  public static final Duration BUCKET = Duration.ofHours(1);
  public static final Duration GRACE = Duration.ofHours(24);
  public static final Duration RETENTION = Duration.ofHours(26);

  static final JsonSerde<SourceCounts> COUNTS = new JsonSerde<>(SourceCounts.class);

  private SourceHealthTopology() {}

  /** Adds the source health aggregation and the source status table to {@code builder}. */
  public static void addTo(StreamsBuilder builder, NewsTopics topics) {
    KStream<String, SourceCounts> fromArticles =
        builder.stream(topics.raw().name(),
                Consumed.with(topics.raw().keySerde(), topics.raw().valueSerde())
                    .withName(RAW_SOURCE))
            .flatMap((id, article) -> article == null || article.source() == null
                    ? List.<KeyValue<String, SourceCounts>>of()
                    : List.of(KeyValue.pair(article.source(), SourceCounts.of(article))),
                Named.as(RAW_BY_SOURCE));
    KStream<String, SourceCounts> fromFetches =
        builder.stream(topics.fetchStatus().name(),
                Consumed.with(topics.fetchStatus().keySerde(), topics.fetchStatus().valueSerde())
                    .withName(FETCH_STATUS_SOURCE))
            .flatMap((url, status) -> status == null || status.source() == null
                    ? List.<KeyValue<String, SourceCounts>>of()
                    : List.of(KeyValue.pair(status.source(), SourceCounts.of(status))),
                Named.as(FETCH_STATUS_BY_SOURCE));
    fromArticles.merge(fromFetches, Named.as(MERGE))
        .groupByKey(Grouped.with(BY_SOURCE, Serdes.String(), COUNTS))
        .windowedBy(TimeWindows.ofSizeAndGrace(BUCKET, GRACE))
        .aggregate(
            SourceCounts::none,
            (source, increment, counts) -> counts.plus(increment),
            Named.as(COUNT),
            Materialized.<String, SourceCounts, WindowStore<Bytes, byte[]>>as(STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(COUNTS)
                .withRetention(RETENTION));

    builder.globalTable(topics.sourceStatus().name(),
        Consumed.with(topics.sourceStatus().keySerde(), topics.sourceStatus().valueSerde())
            .withName(STATUS_SOURCE),
        Materialized.<String, SourceStatus,
                KeyValueStore<Bytes, byte[]>>as(STATUS_STORE)
            .withKeySerde(Serdes.String())
            .withValueSerde(topics.sourceStatus().valueSerde()));
  }
}
