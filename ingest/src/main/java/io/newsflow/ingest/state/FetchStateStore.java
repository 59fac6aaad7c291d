package io.newsflow.ingest.state;

import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch state of every URL. Writes go into the local view at once and to the compacted state
 * topic through the caller's idempotent producer. {@link #restoreAndFollow} reads the topic from
 * its beginning to its end before anything is fetched and then tails it, so the state survives
 * restarts and state written by other ingest instances is seen too. A store that was never
 * restored sees its own writes only (tests, tools).
 */
public final class FetchStateStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FetchStateStore.class);

  private final Topic<String, FetchState> topic;
  private final Producer<String, byte[]> producer;
  private final Map<String, FetchState> states = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private KafkaConsumer<String, byte[]> consumer;
  private Thread tail;

  public FetchStateStore(Topic<String, FetchState> topic, Producer<String, byte[]> producer) {
    this.topic = topic;
    this.producer = producer;
  }

  /**
   * Reads the state topic from its beginning to its current end, then keeps following it on a
   * daemon thread until {@link #close()}. Blocks until the restore is done.
   *
   * @throws IllegalStateException when the topic does not exist
   */
  public synchronized void restoreAndFollow(KafkaClients clients, String instanceId) {
    if (consumer != null) {
      throw new IllegalStateException("already restored");
    }
    Map<String, Object> props = clients.consumer("unused", instanceId + "-fetch-state");
    props.remove("group.id");
    consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    try {
      restore();
    } catch (RuntimeException e) {
      consumer.close(CloseOptions.timeout(Duration.ZERO));
      consumer = null;
      throw e;
    }
    tail = new Thread(this::tailLoop, "fetch-state-tail");
    tail.setDaemon(true);
    tail.start();
  }

  private void restore() {
    long started = System.nanoTime();
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic.name(), Duration.ofSeconds(60)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException(
          "the fetch state topic " + topic.name() + " does not exist; create the ingest topics"
              + " first");
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(60));
    long records = 0;
    while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        apply(record);
        records++;
      }
    }
    LOG.info(
        "Restored the fetch state of {} URLs ({} records) from {} in {} ms",
        states.size(),
        records,
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
        LOG.error("Fetch state tail woken up unexpectedly; other instances' state is not seen", e);
      }
    } catch (RuntimeException e) {
      LOG.error("Fetch state tail stopped; this instance no longer sees other instances' state", e);
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      states.remove(record.key());
      return;
    }
    try {
      FetchState incoming =
          topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
      // Keep the most advanced view: our own writes come back here after the local update.
      states.merge(record.key(), incoming, FetchStateStore::newer);
    } catch (RuntimeException e) {
      LOG.warn(
          "Skipping unreadable fetch state at {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
    }
  }

  static FetchState newer(FetchState a, FetchState b) {
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

  /** The state of a canonical URL, if it was ever fetched or published. */
  public Optional<FetchState> get(String url) {
    return Optional.ofNullable(states.get(url));
  }

  public int size() {
    return states.size();
  }

  /** Records a state locally and on the topic (asynchronously; failures are logged). */
  public void put(FetchState state) {
    states.put(state.url(), state);
    try {
      producer.send(
          new ProducerRecord<>(
              topic.name(),
              state.url(),
              topic.valueSerde().serializer().serialize(topic.name(), state)),
          (metadata, error) -> {
            if (error != null) {
              LOG.warn(
                  "Could not persist the fetch state of {}: {}", state.url(), error.toString());
            }
          });
    } catch (RuntimeException e) {
      LOG.warn("Could not persist the fetch state of {}: {}", state.url(), e.toString());
    }
  }

  /** Stops following the topic; the producer belongs to the caller. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      KafkaConsumer<String, byte[]> following;
      Thread thread;
      synchronized (this) {
        following = consumer;
        thread = tail;
      }
      if (following != null && thread != null) {
        following.wakeup();
        try {
          thread.join(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
