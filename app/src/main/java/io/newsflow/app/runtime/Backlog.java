package io.newsflow.app.runtime;

import io.newsflow.core.kafka.KafkaClients;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether a consumer group has consumed everything committed on a topic. Committed offsets are
 * compared with the last stable offsets; where they differ only by transaction markers (which a
 * group that commits a record's offset + 1 leaves behind), a read-committed probe from the group's
 * offset confirms that no readable record remains.
 */
public final class Backlog implements AutoCloseable {
  private final Admin admin;
  private final KafkaConsumer<byte[], byte[]> probe;

  public Backlog(KafkaClients clients) {
    this.admin = clients.admin();
    Map<String, Object> props = clients.consumer("unused", "newsflow-backlog-probe");
    props.remove("group.id");
    props.put("max.poll.records", 1);
    this.probe = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** True when {@code group} has nothing left to read on {@code topic}. */
  public boolean drained(String group, String topic) {
    try {
      List<TopicPartition> partitions =
          admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
              .get(topic).partitions().stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
              .all().get(30, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS);
      for (TopicPartition tp : partitions) {
        long end = ends.get(tp).offset();
        OffsetAndMetadata c = committed.get(tp);
        long position = c == null ? 0 : c.offset();
        if (position < end && hasReadableRecord(tp, position, end)) {
          return false;
        }
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  private boolean hasReadableRecord(TopicPartition tp, long from, long end) {
    probe.assign(List.of(tp));
    probe.seek(tp, from);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (probe.position(tp) < end && System.nanoTime() < deadline) {
      if (!probe.poll(Duration.ofMillis(200)).isEmpty()) {
        return true;
      }
    }
    return probe.position(tp) < end;
  }

  @Override
  public void close() {
    probe.close();
    admin.close();
  }
}
