package io.newsflow.ingest.source;

import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.Topic;
import io.newsflow.ingest.metrics.KafkaClientMeters;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources this ingest instance owns: those on the partitions of {@code news-sources-v1} that
 * Kafka's group coordinator assigns to it. Every assigned partition is read from its beginning
 * (the topic is compacted: it holds the whole list) and then tailed, so added and removed sources
 * take effect at run time; a removal marker ({@link SourceRecord#removed()}) or a tombstone drops
 * a source as soon as it is read, and a revoked partition's sources are dropped at once. No
 * offsets are committed: ownership, not progress, is what the group provides.
 */
public final class SourceAssignment implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SourceAssignment.class);

  private final Topic<String, SourceRecord> topic;
  private final KafkaConsumer<String, byte[]> consumer;
  private final JsonSerde<SourceRecord> serde = new JsonSerde<>(SourceRecord.class);
  private final Map<String, Owned> owned = new ConcurrentHashMap<>();
  private final Map<TopicPartition, Long> catchUpTo = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread thread;
  private volatile boolean assigned;

  private record Owned(SourceRecord source, int partition) {}

  /** @param meters where the consumer's metrics are bound, or null */
  public SourceAssignment(KafkaClients clients, Topic<String, SourceRecord> topic, String groupId,
      String instanceId, KafkaClientMeters meters) {
    this(clients, topic, groupId, instanceId, null, meters);
  }

  /** @param groupInstanceId the static member id, or null for a dynamic member */
  public SourceAssignment(KafkaClients clients, Topic<String, SourceRecord> topic, String groupId,
      String instanceId, String groupInstanceId, KafkaClientMeters meters) {
    this.topic = topic;
    Map<String, Object> props = clients.consumer(groupId, instanceId + "-sources");
    if (groupInstanceId != null && !groupInstanceId.isBlank()) {
      props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, groupInstanceId);
    }
    // Cooperative: a rebalance moves only the partitions that change owner; the others keep
    // being polled without a pause.
    props.put(
        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
        CooperativeStickyAssignor.class.getName());
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    if (meters != null) {
      meters.bind(consumer);
    }
    this.thread = new Thread(this::run, "source-assignment");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** The sources owned now, by id. */
  public List<SourceRecord> sources() {
    return owned.values().stream()
        .map(Owned::source)
        .sorted(Comparator.comparing(SourceRecord::id))
        .toList();
  }

  /** Whether this instance owns the source with this id now. */
  public boolean owns(String sourceId) {
    return owned.containsKey(sourceId);
  }

  /**
   * True when no rebalance is in progress and every assigned partition was read up to the end it
   * had when assigned, so {@link #sources()} is this instance's complete share.
   */
  public boolean ready() {
    return assigned && catchUpTo.isEmpty();
  }

  /** Waits until {@link #ready()}. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ready()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  private void run() {
    try {
      consumer.subscribe(List.of(topic.name()), new Rebalance());
      while (!closed.get()) {
        var records = consumer.poll(Duration.ofMillis(500));
        for (var r : records) {
          String key = r.key();
          if (r.value() == null) {
            owned.remove(key);
          } else {
            try {
              SourceRecord source = serde.deserialize(r.value());
              if (source.removed()) {
                owned.remove(key);
              } else {
                owned.put(key, new Owned(source, r.partition()));
              }
            } catch (RuntimeException e) {
              // What this version cannot read (a newer schema) is not polled as it was before.
              owned.remove(key);
              LOG.warn("Skipping unreadable source {} at offset {}: {}", key, r.offset(),
                  e.getMessage());
            }
          }
        }
        markCaughtUp();
      }
    } catch (WakeupException e) {
      if (!closed.get()) {
        LOG.error("Source assignment stopped unexpectedly", e);
      }
    } catch (RuntimeException e) {
      LOG.error("Source assignment failed; this instance owns no sources any more", e);
      owned.clear();
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  private void markCaughtUp() {
    for (var entry : catchUpTo.entrySet()) {
      try {
        if (consumer.position(entry.getKey()) >= entry.getValue()) {
          catchUpTo.remove(entry.getKey());
        }
      } catch (IllegalStateException e) {
        catchUpTo.remove(entry.getKey());
      }
    }
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
      end.forEach((tp, offset) -> {
        if (offset > 0) {
          catchUpTo.put(tp, offset);
        }
      });
      assigned = true;
      LOG.info("Assigned source partitions {}; owning {}", partitions, consumer.assignment());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      // Ownership is moving; the rest of the share is known again once the assignment completes.
      assigned = false;
      drop(partitions);
      LOG.info("Revoked source partitions {}", partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      assigned = false;
      drop(partitions);
      LOG.warn("Lost source partitions {}", partitions);
    }

    private void drop(Collection<TopicPartition> partitions) {
      Set<Integer> gone =
          Set.copyOf(partitions.stream().map(TopicPartition::partition).toList());
      owned.values().removeIf(o -> gone.contains(o.partition()));
      partitions.forEach(catchUpTo::remove);
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      consumer.wakeup();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
