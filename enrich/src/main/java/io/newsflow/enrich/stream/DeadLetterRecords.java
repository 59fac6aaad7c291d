package io.newsflow.enrich.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.error.Reason;
import io.newsflow.core.deadletter.Stage;
import io.newsflow.core.json.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed record into a {@link DeadLetter} for {@code news-dlq-v1}, keeping the original
 * key and value bytes exactly as read. Shared by the three exception handlers, which Kafka Streams
 * instantiates from their class names and configures with the application's properties.
 */
final class DeadLetterRecords {
  /** Streams property naming the dead-letter topic. */
  static final String TOPIC_CONFIG = "newsflow.dead.letter.topic";
  /** Streams property holding the MeterRegistry object that counts dead letters. */
  static final String REGISTRY_CONFIG = "newsflow.meter.registry";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRecords.class);
  private static final JsonSerde<DeadLetter> SERDE = new JsonSerde<>(DeadLetter.class);

  private final String topic;
  private final MeterRegistry registry;

  private DeadLetterRecords(String topic, MeterRegistry registry) {
    this.topic = topic;
    this.registry = registry;
  }

  static DeadLetterRecords configure(Map<String, ?> configs) {
    Object topic = configs.get(TOPIC_CONFIG);
    if (topic == null) {
      throw new IllegalStateException(TOPIC_CONFIG + " is not set");
    }
    Object registry = configs.get(REGISTRY_CONFIG);
    return new DeadLetterRecords(
        topic.toString(),
        registry instanceof MeterRegistry r ? r : Metrics.globalRegistry);
  }

  /** The dead letter of the record in {@code context}, for the reason {@code error} carries. */
  List<ProducerRecord<byte[], byte[]>> of(Stage stage, ErrorHandlerContext context, Exception error) {
    return of(stage, DeadLetter.reasonOf(error), context, error);
  }

  List<ProducerRecord<byte[], byte[]>> of(
      Stage stage, Reason reason, ErrorHandlerContext context, Exception error) {
    byte[] key = context.sourceRawKey();
    DeadLetter letter =
        DeadLetter.of(
            stage,
            reason,
            error,
            context.topic(),
            context.partition(),
            context.offset(),
            key == null ? null : new String(key, StandardCharsets.UTF_8),
            context.sourceRawValue());
    LOG.warn(
        "Dead-lettering {}-{}@{} at {}, {}: {}",
        context.topic(),
        context.partition(),
        context.offset(),
        stage.label(),
        letter.reason(),
        letter.detail());
    registry
        .counter("newsflow.enrich.dead.lettered", "stage", stage.label(), "reason",
            letter.reason())
        .increment();
    return List.of(new ProducerRecord<>(topic, null, key, SERDE.serialize(letter)));
  }
}
