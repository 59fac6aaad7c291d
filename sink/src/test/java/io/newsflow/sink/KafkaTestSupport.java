package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.config.KafkaClientConfig;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.TopicCreator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Topics of their own per test, a producer of raw values, and reading the dead letters back. */
final class KafkaTestSupport implements AutoCloseable {
  static final int PARTITIONS = 3;

  final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
  final NewsTopics topics = NewsTopics.withPrefix(prefix);
  final KafkaClients clients;
  private final KafkaProducer<String, byte[]> producer;

  KafkaTestSupport(String bootstrap) {
    this.clients = new KafkaClients(
        new KafkaClientConfig(bootstrap, prefix, PARTITIONS, (short) 1, Map.of()));
    try (Admin admin = clients.admin()) {
      new TopicCreator(admin, PARTITIONS, (short) 1)
          .ensure(List.of(topics.enriched(), topics.deadLetters()));
    }
    this.producer = new KafkaProducer<>(clients.producer("it-producer"), new StringSerializer(),
        new ByteArraySerializer());
  }

  RecordMetadata send(String key, byte[] value) {
    try {
      return producer.send(new ProducerRecord<>(topics.enriched().name(), key, value)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  RecordMetadata send(io.newsflow.core.enrichment.EnrichedArticle article) {
    return send(article.id(), topics.enriched().valueSerde().serializer().serialize("", article));
  }

  /** Every dead letter on the topic, once {@code expected} have arrived or 60 s have passed. */
  List<DeadLetter> deadLetters(int expected) {
    JsonSerde<DeadLetter> serde = new JsonSerde<>(DeadLetter.class);
    Map<String, Object> props = clients.consumer("it-dlq-" + UUID.randomUUID(), "it-dlq");
    List<DeadLetter> letters = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props,
        new StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topics.deadLetters().name()));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (letters.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          letters.add(serde.deserialize(r.value()));
        }
      }
    }
    return letters;
  }

  /** The committed offset of each partition of the input topic, for {@code group}. */
  Map<TopicPartition, Long> committed(String group) {
    try (Admin admin = clients.admin()) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, Long> result = new HashMap<>();
      offsets.forEach((tp, o) -> {
        if (o != null) {
          result.put(tp, o.offset());
        }
      });
      return result;
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  static void await(Duration timeout, BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        assertThat(condition.getAsBoolean()).as("within %s: %s", timeout, what).isTrue();
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
