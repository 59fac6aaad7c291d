package io.newsflow.ingest.source;

import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Adds, removes and lists sources on {@code news-sources-v1}; what {@code newsflow sources} runs. */
public final class SourceCatalog {
  private final KafkaClients clients;
  private final Topic<String, SourceRecord> topic;
  private final JsonSerde<SourceRecord> serde = new JsonSerde<>(SourceRecord.class);

  public SourceCatalog(KafkaClients clients, Topic<String, SourceRecord> topic) {
    this.clients = clients;
    this.topic = topic;
  }

  /** Adds or replaces sources; returns once the broker has them. */
  public void put(List<SourceRecord> sources) {
    write(sources, false);
  }

  /** Removes these sources (tombstones; compaction drops them). */
  public void remove(List<SourceRecord> sources) {
    write(sources, true);
  }

  /** Every current source, read from the beginning of the topic. */
  public List<SourceRecord> list() {
    Map<String, Object> props = clients.consumer("unused", "newsflow-sources-list");
    props.remove("group.id");
    Map<String, SourceRecord> current = new LinkedHashMap<>();
    try (var consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = partitions(consumer);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
        for (var r : consumer.poll(Duration.ofMillis(200))) {
          if (r.value() == null) {
            current.remove(r.key());
          } else {
            current.put(r.key(), serde.deserialize(r.value()));
          }
        }
      }
    }
    return new ArrayList<>(current.values());
  }

  private List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer) {
    return consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition()))
        .toList();
  }

  private void write(List<SourceRecord> sources, boolean tombstones) {
    try (var producer =
        new KafkaProducer<>(clients.producer("newsflow-sources"), new StringSerializer(),
            new ByteArraySerializer())) {
      int partitions = producer.partitionsFor(topic.name()).size();
      List<Future<?>> sent = new ArrayList<>();
      for (SourceRecord source : sources) {
        sent.add(
            producer.send(
                new ProducerRecord<>(
                    topic.name(),
                    HostPartitioner.partition(source.host(), partitions),
                    source.id(),
                    tombstones ? null : serde.serialize(source))));
      }
      for (Future<?> f : sent) {
        f.get(60, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing sources", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot write sources: " + e.getMessage(), e);
    }
  }
}
