package io.newsflow.ingest.state;

import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.Topic;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch state of every URL, restored at start-up from the compacted state topic and kept up to
 * date by tailing it, so state written by other ingest instances is seen too. Writes go to the
 * topic through the caller's idempotent producer and into the local view at once.
 */
public final class FetchStateStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FetchStateStore.class);

  private final Topic<String, FetchState> topic;
  private final Producer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, FetchState> states = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread tail;

  public FetchStateStore(
      KafkaClients clients, Topic<String, FetchState> topic, Producer<String, byte[]> producer,
      String instanceId) {
    this.topic = topic;
    this.producer = producer;
    Map<String, Object> props = clients.consumer("unused", instanceId + "-fetch-state");
    props.remove("group.id");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    restore();
    this.tail = new Thread(this::tailLoop, "fetch-state-tail");
    tail.setDaemon(true);
    tail.start();
  }

  /** Reads the topic from the beginning to its current end before anything is fetched. */
  private void restore() {
    long started = System.nanoTime();
    var partitions =
        consumer.partitionsFor(topic.name(), Duration.ofSeconds(60)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(60));
    while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
      consumer.poll(Duration.ofMillis(200)).forEach(this::apply);
    }
    LOG.info(
        "Restored fetch state of {} URLs from {} in {} ms",
        states.size(),
        topic.name(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private void tailLoop() {
    try {
      while (!closed.get()) {
        consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
      }
    } catch (WakeupException e) {
      if (!closed.get()) {
        throw e;
      }
    } catch (RuntimeException e) {
      LOG.error("Fetch state tail stopped; this instance no longer sees other instances' state", e);
    } finally {
      consumer.close();
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      states.remove(record.key());
      return;
    }
    try {
      FetchState incoming = topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
      // Keep the most advanced view: our own writes arrive here again after the local update.
      states.merge(record.key(), incoming, FetchStateStore::newer);
    } catch (RuntimeException e) {
      LOG.warn("Skipping unreadable fetch state at {}-{}@{}: {}", record.topic(),
          record.partition(), record.offset(), e.getMessage());
    }
  }

  private static FetchState newer(FetchState a, FetchState b) {
    if (a.version() != b.version()) {
      return a.version() > b.version() ? a : b;
    }
    if (a.lastFetchedAt() == null) {
      return b;
    }
    if (b.lastFetchedAt() == null) {
      return a;
    }
    return b.lastFetchedAt().isAfter(a.lastFetchedAt()) ? b : a;
  }

  public Optional<FetchState> get(String url) {
    return Optional.ofNullable(states.get(url));
  }

  public int size() {
    return states.size();
  }

  public void put(FetchState state) {
    states.put(state.url(), state);
    producer.send(
        new ProducerRecord<>(topic.name(), state.url(),
            topic.valueSerde().serializer().serialize(topic.name(), state)),
        (metadata, error) -> {
          if (error != null) {
            LOG.warn("Could not persist fetch state of {}: {}", state.url(), error.getMessage());
          }
        });
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      consumer.wakeup();
      try {
        tail.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
