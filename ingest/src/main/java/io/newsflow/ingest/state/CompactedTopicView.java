package io.newsflow.ingest.state;

import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.Topic;
import io.newsflow.ingest.metrics.KafkaClientMeters;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BinaryOperator;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local copy of a compacted topic with string keys. {@link #restoreAndFollow} reads the topic
 * from its beginning to its current end, then keeps following it on a daemon thread, so the copy
 * holds what every instance wrote, across restarts. Local writes ({@link #putLocal}) are seen at
 * once; when the topic brings a value for a key that is already held, {@code merge} (current,
 * incoming) decides which stays, so a write of one's own that comes back late does not undo a
 * newer one. A tombstone removes the key; an unreadable value is logged and skipped. A view that
 * was never restored holds its local writes only. {@link #read} is the one-off form, for tools.
 */
public final class CompactedTopicView<V> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CompactedTopicView.class);
  private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(60);

  private final Topic<String, V> topic;
  private final String what;
  private final BinaryOperator<V> merge;
  private final Map<String, V> values = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private KafkaConsumer<String, byte[]> consumer;
  private Thread tail;

  /**
   * @param what what the values are, for log lines ("fetch state")
   * @param merge given the value held and the one read, returns the one to hold
   */
  public CompactedTopicView(Topic<String, V> topic, String what, BinaryOperator<V> merge) {
    this.topic = topic;
    this.what = what;
    this.merge = merge;
  }

  /**
   * Reads the topic to its current end, then follows it until {@link #close()}. Blocks until the
   * restore is done.
   *
   * @param clientId the consumer's client id
   * @param meters where the consumer's metrics are bound, or null
   * @throws IllegalStateException when the topic does not exist, or the view was restored before
   */
  public synchronized void restoreAndFollow(
      KafkaClients clients, String clientId, KafkaClientMeters meters) {
    if (consumer != null) {
      throw new IllegalStateException("already restored");
    }
    consumer = unassignedConsumer(clients, clientId);
    try {
      long started = System.nanoTime();
      long records = readToEnd(consumer, topic, what, this::apply);
      LOG.info("Restored the {} of {} keys ({} records) from {} in {} ms", what, values.size(),
          records, topic.name(), (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      consumer.close(CloseOptions.timeout(Duration.ZERO));
      consumer = null;
      throw e;
    }
    if (meters != null) {
      meters.bind(consumer);
    }
    tail = new Thread(this::tailLoop, clientId + "-tail");
    tail.setDaemon(true);
    tail.start();
  }

  /**
   * Reads {@code topic} once, from its beginning to its current end, without following it.
   *
   * @return the last readable value of every key that has one, in the order first read
   */
  public static <V> Map<String, V> read(KafkaClients clients, Topic<String, V> topic,
      String clientId) {
    Map<String, V> current = new LinkedHashMap<>();
    try (KafkaConsumer<String, byte[]> once = unassignedConsumer(clients, clientId)) {
      readToEnd(once, topic, topic.name(), r -> {
        if (r.value() == null) {
          current.remove(r.key());
          return;
        }
        V value = deserialize(topic, r);
        if (value != null) {
          current.put(r.key(), value);
        }
      });
    }
    return current;
  }

  private static KafkaConsumer<String, byte[]> unassignedConsumer(
      KafkaClients clients, String clientId) {
    Map<String, Object> props = clients.consumer("unused", clientId);
    props.remove("group.id");
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private static long readToEnd(KafkaConsumer<String, byte[]> consumer, Topic<String, ?> topic,
      String what, java.util.function.Consumer<ConsumerRecord<String, byte[]>> apply) {
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic.name(), METADATA_TIMEOUT).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException(
          "the " + what + " topic " + topic.name() + " does not exist; create the ingest topics"
              + " first");
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, METADATA_TIMEOUT);
    long records = 0;
    while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        apply.accept(record);
        records++;
      }
    }
    return records;
  }

  private void tailLoop() {
    try {
      while (!closed.get()) {
        consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
      }
    } catch (WakeupException e) {
      if (!closed.get()) {
        LOG.error("The {} tail was woken up unexpectedly; other instances' writes are not seen",
            what, e);
      }
    } catch (RuntimeException e) {
      LOG.error("The {} tail stopped; this instance no longer sees other instances' writes", what,
          e);
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      values.remove(record.key());
      return;
    }
    V incoming = deserialize(topic, record);
    if (incoming != null) {
      values.merge(record.key(), incoming, merge);
    }
  }

  private static <V> V deserialize(Topic<String, V> topic, ConsumerRecord<String, byte[]> record) {
    try {
      return topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
    } catch (RuntimeException e) {
      LOG.warn("Skipping an unreadable value at {}-{}@{}: {}", record.topic(), record.partition(),
          record.offset(), e.getMessage());
      return null;
    }
  }

  /** The value held for {@code key}. */
  public Optional<V> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** Holds {@code value} for {@code key} at once; writing it to the topic is the caller's job. */
  public void putLocal(String key, V value) {
    values.put(key, value);
  }

  /** A copy of every value held now. */
  public Map<String, V> snapshot() {
    return Map.copyOf(values);
  }

  public int size() {
    return values.size();
  }

  /** Stops following the topic. */
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
