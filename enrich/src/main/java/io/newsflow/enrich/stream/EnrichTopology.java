package io.newsflow.enrich.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.config.EnrichConfig;
import io.newsflow.core.enrichment.ClaimRecord;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EntityMentionRecord;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.RecordReader;
import io.newsflow.enrich.BoundedEnricher;
import io.newsflow.enrich.EnricherFactory;
import java.time.Clock;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology. Every processor and store is named, so the topology (and the names of its
 * internal topics) stays stable across versions:
 *
 * <pre>
 * raw-source (news-raw-v1)
 *   -> enrich-article [enrich-dedup-v1]
 *        -> enriched-sink (news-enriched-v1)
 *        -> explode-claims -> claims-sink (news-claims-v1)
 *        -> explode-entity-mentions -> entity-mentions-sink (news-entity-mentions-v1)
 * </pre>
 */
public final class EnrichTopology {
  public static final String DEDUP_STORE = "enrich-dedup-v1";

  private EnrichTopology() {}

  public static Topology build(
      NewsTopics topics, EnrichConfig config, EnricherFactory factory, MeterRegistry registry) {
    // One enricher per stream thread: tasks move between threads only on rebalance, and every
    // task of a thread shares the thread's pipeline.
    ThreadLocal<BoundedEnricher> perThread =
        ThreadLocal.withInitial(
            () -> new BoundedEnricher(factory.create(), factory.engine(), config, Clock.systemUTC()));
    Supplier<BoundedEnricher> enricher = perThread::get;

    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DEDUP_STORE),
            Serdes.String(),
            new JsonSerde<>(DedupEntry.class)));

    KStream<String, EnrichedArticle> enriched =
        builder.stream(
                topics.raw().name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-source"))
            .process(
                () -> new EnrichProcessor(RecordReader.rawArticles(topics.raw().name()), enricher,
                    config.dedupRetention(), registry),
                Named.as("enrich-article"),
                DEDUP_STORE);

    enriched.to(
        topics.enriched().name(),
        Produced.with(topics.enriched().keySerde(), topics.enriched().valueSerde())
            .withName("enriched-sink"));

    enriched
        .flatMap(
            (id, article) ->
                article.claimRecords().stream()
                    .map(claim -> KeyValue.pair(id, claim))
                    .toList(),
            Named.as("explode-claims"))
        .to(
            topics.claims().name(),
            Produced.<String, ClaimRecord>with(
                    topics.claims().keySerde(), topics.claims().valueSerde())
                .withName("claims-sink"));

    enriched
        .flatMap(
            (id, article) ->
                article.entityMentionRecords().stream()
                    .map(mention -> KeyValue.pair(mention.entityKey(), mention))
                    .toList(),
            Named.as("explode-entity-mentions"))
        .to(
            topics.entityMentions().name(),
            Produced.<String, EntityMentionRecord>with(
                    topics.entityMentions().keySerde(), topics.entityMentions().valueSerde())
                .withName("entity-mentions-sink"));

    return builder.build();
  }
}
