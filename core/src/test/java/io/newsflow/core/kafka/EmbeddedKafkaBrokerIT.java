package io.newsflow.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.config.KafkaClientConfig;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.TopicCreator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

  @Test
  void aRestartOnTheSameDirectoryKeepsTopicsRecordsAndCommittedOffsets(@TempDir Path dir) {
    NewsTopics topics = NewsTopics.withPrefix("it.");
    String topic = topics.raw().name();
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir)) {
      KafkaClients clients = clients(broker);
      try (Admin admin = clients.admin()) {
        new TopicCreator(admin, 2, (short) 1).ensure(topics.all());
      }
      try (var producer =
          new KafkaProducer<>(clients.producer("it"), new StringSerializer(), new StringSerializer())) {
        for (int i = 0; i < 10; i++) {
          producer.send(new ProducerRecord<>(topic, "k" + i, "v" + i));
        }
        producer.flush();
      }
      assertThat(consume(clients, topic, 4)).hasSize(4);
    }

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir)) {
      KafkaClients clients = clients(broker);
      try (Admin admin = clients.admin()) {
        assertThat(admin.listTopics().names().get()).contains(topic);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      // The group resumes after the four records it committed before the restart.
      assertThat(consume(clients, topic, 100)).hasSize(6);
    }
  }

  private static KafkaClients clients(EmbeddedKafkaBroker broker) {
    return new KafkaClients(
        new KafkaClientConfig(broker.bootstrapServers(), "it.", 2, (short) 1, Map.of()));
  }

  private static List<String> consume(KafkaClients clients, String topic, int max) {
    Map<String, Object> props = clients.consumer("it-group", "it-consumer");
    props.put("max.poll.records", max);
    List<String> values = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      int emptyPolls = 0;
      while (values.size() < max && System.nanoTime() < deadline && emptyPolls < 5) {
        var records = consumer.poll(Duration.ofSeconds(1));
        if (records.isEmpty() && !values.isEmpty()) {
          emptyPolls++;
        }
        for (ConsumerRecord<String, String> r : records) {
          if (values.size() < max) {
            values.add(r.value());
          }
        }
        if (!records.isEmpty()) {
          // Commit exactly what was taken so the restart test can count the rest.
          Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> offsets = new java.util.HashMap<>();
          int taken = 0;
          for (ConsumerRecord<String, String> r : records) {
            if (taken++ >= max) {
              break;
            }
            offsets.put(new org.apache.kafka.common.TopicPartition(r.topic(), r.partition()),
                new org.apache.kafka.clients.consumer.OffsetAndMetadata(r.offset() + 1));
          }
          consumer.commitSync(offsets);
        }
      }
    }
    return values;
  }
}
