package io.newsflow.enrich.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.Membership;
import io.newsflow.core.topic.NewsTopics;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams properties of the enrich application, built apart from the topology. */
public final class EnrichStreamsConfig {
  private static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

  private EnrichStreamsConfig() {}

  public static Properties of(NewsflowConfig config, MeterRegistry registry) {
    return of(config, registry, Membership.dynamic());
  }

  /**
   * @param membership a static member keeps its partitions over a restart (Streams appends the
   *     thread number to the id); a second instance on the same data directory keeps its state
   *     in a directory of its own
   */
  public static Properties of(NewsflowConfig config, MeterRegistry registry,
      Membership membership) {
    Properties props = new Properties();
    props.putAll(config.kafka().properties());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.enrich().applicationId());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.enrich().threads());
    props.put(
        StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.enrich().commitInterval().toMillis());
    props.put(
        StreamsConfig.STATE_DIR_CONFIG,
        config.dataDir().resolve(stateDirName(membership)).toAbsolutePath().toString());
    if (membership.isStatic()) {
      props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG),
          membership.groupInstanceId());
    }
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.kafka().replicationFactor());
    props.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterDeserializationHandler.class);
    props.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterProcessingHandler.class);
    props.put(
        StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterProductionHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    props.put(
        DeadLetterRecords.TOPIC_CONFIG,
        NewsTopics.withPrefix(config.kafka().topicPrefix()).deadLetters().name());
    props.put(DeadLetterRecords.REGISTRY_CONFIG, registry);
    // Articles are large; a single slow article must not time the transaction out.
    props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_RECORD_BYTES);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 120_000);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
    props.put(
        StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
        MAX_RECORD_BYTES);
    // NLP takes ~0.1 s per article: keep poll batches small so a batch never nears the poll timeout.
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 50);
    return props;
  }

  static String stateDirName(Membership membership) {
    return membership.slot() == 1 ? "enrich-state" : "enrich-state-" + membership.slot();
  }
}
