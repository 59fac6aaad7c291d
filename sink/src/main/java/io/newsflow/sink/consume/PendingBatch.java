package io.newsflow.sink.consume;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What has been read since the last commit: the records still to write and, per partition, the
 * offset to commit once they are written (dead-lettered records count as done).
 */
final class PendingBatch {
  private final int sinks;
  private final List<PendingRecord> records = new ArrayList<>();
  private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
  private int deadLettered;
  private long startedNanos;

  PendingBatch(int sinks) {
    this.sinks = sinks;
  }

  void add(PendingRecord record, long nowNanos) {
    touch(nowNanos);
    records.add(record);
    advance(record.record());
  }

  /** A record that was dead-lettered on reading: nothing to write, but its offset is done. */
  void skip(ConsumerRecord<?, ?> record, long nowNanos) {
    touch(nowNanos);
    advance(record);
    deadLettered++;
  }

  /** A record dead-lettered on writing: dropped from the writes, its offset still done. */
  void reject(PendingRecord record) {
    if (records.remove(record)) {
      deadLettered++;
    }
  }

  /** The records {@code sink} does not hold yet, in the order read. */
  List<PendingRecord> notWrittenTo(int sink) {
    List<PendingRecord> todo = new ArrayList<>();
    for (PendingRecord r : records) {
      if (!r.writtenTo(sink)) {
        todo.add(r);
      }
    }
    return todo;
  }

  boolean writtenEverywhere() {
    for (PendingRecord r : records) {
      for (int s = 0; s < sinks; s++) {
        if (!r.writtenTo(s)) {
          return false;
        }
      }
    }
    return true;
  }

  int size() {
    return records.size();
  }

  /** The fetch times of the articles to write, for the fetch-to-sink latency. */
  List<java.time.Instant> fetchTimes() {
    List<java.time.Instant> times = new ArrayList<>(records.size());
    for (PendingRecord r : records) {
      if (r.article().fetchedAt() != null) {
        times.add(r.article().fetchedAt());
      }
    }
    return times;
  }

  int deadLettered() {
    return deadLettered;
  }

  /** Nothing to write and nothing to commit. */
  boolean isEmpty() {
    return nextOffsets.isEmpty();
  }

  /**
   * Full (dead-lettered records count, so a run of bad ones is committed without waiting), or
   * the oldest record has waited {@code lingerNanos}.
   */
  boolean due(long nowNanos, int batchSize, long lingerNanos) {
    return !isEmpty()
        && (records.size() + deadLettered >= batchSize || nowNanos - startedNanos >= lingerNanos);
  }

  /** How long until {@link #due} by time, at least 0. */
  long nanosUntilDue(long nowNanos, long lingerNanos) {
    return Math.max(0, startedNanos + lingerNanos - nowNanos);
  }

  Map<TopicPartition, OffsetAndMetadata> offsets() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    nextOffsets.forEach((tp, next) -> offsets.put(tp, new OffsetAndMetadata(next)));
    return offsets;
  }

  Set<TopicPartition> partitions() {
    return new HashSet<>(nextOffsets.keySet());
  }

  /** Forgets what was read from {@code partitions}; whoever owns them next reads it again. */
  void drop(Collection<TopicPartition> partitions) {
    records.removeIf(r -> partitions.contains(r.partition()));
    nextOffsets.keySet().removeAll(partitions);
  }

  void clear() {
    records.clear();
    nextOffsets.clear();
    deadLettered = 0;
  }

  private void touch(long nowNanos) {
    if (nextOffsets.isEmpty()) {
      startedNanos = nowNanos;
    }
  }

  private void advance(ConsumerRecord<?, ?> record) {
    nextOffsets.merge(
        new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
  }
}
