package io.newsflow.ingest.source;

import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.core.topic.Topic;
import io.newsflow.ingest.metrics.KafkaClientMeters;
import io.newsflow.ingest.state.CompactedTopicView;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status of every source, on the compacted {@code news-source-status-v1} topic. {@link
 * #record} computes a source's status after a poll from the one before (so the last success time
 * and the failures in a row carry over restarts and moves between instances), holds it locally and
 * writes it through the caller's producer. {@link #restoreAndFollow} reads the topic at start-up
 * and then follows it, so a source taken over from another instance continues its status. Only
 * the instance that owns a source polls it, so one writer at a time per key. Thread-safe.
 */
public final class SourceStatusStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SourceStatusStore.class);

  private final Topic<String, SourceStatus> topic;
  private final Producer<String, byte[]> producer;
  private final CompactedTopicView<SourceStatus> statuses;

  public SourceStatusStore(Topic<String, SourceStatus> topic, Producer<String, byte[]> producer) {
    this.topic = topic;
    this.producer = producer;
    this.statuses = new CompactedTopicView<>(topic, "source status", SourceStatusStore::later);
  }

  /** Every status on {@code topic} now, by source id; for tools such as {@code sources list}. */
  public static Map<String, SourceStatus> read(KafkaClients clients,
      Topic<String, SourceStatus> topic) {
    return CompactedTopicView.read(clients, topic, "newsflow-source-status-read");
  }

  /**
   * Reads the status topic to its end, then follows it until {@link #close()}.
   *
   * @param meters where the consumer's metrics are bound, or null
   */
  public void restoreAndFollow(KafkaClients clients, String instanceId, KafkaClientMeters meters) {
    statuses.restoreAndFollow(clients, instanceId + "-source-status", meters);
  }

  /** The one with the later poll; the one read from the topic on a tie. */
  static SourceStatus later(SourceStatus held, SourceStatus read) {
    if (held.lastPollAt() == null) {
      return read;
    }
    if (read.lastPollAt() == null) {
      return held;
    }
    return held.lastPollAt().isAfter(read.lastPollAt()) ? held : read;
  }

  public Optional<SourceStatus> get(String sourceId) {
    return statuses.get(sourceId);
  }

  /**
   * Records a poll of {@code source}: the new status is held at once and written to the topic
   * asynchronously (a failed write is logged; the next poll writes again).
   *
   * @return the new status
   */
  public synchronized SourceStatus record(SourceRecord source, SourceStatus.Poll poll) {
    SourceStatus status = SourceStatus.after(statuses.get(source.id()).orElse(null), source, poll);
    statuses.putLocal(source.id(), status);
    try {
      producer.send(
          new ProducerRecord<>(topic.name(), source.id(),
              topic.valueSerde().serializer().serialize(topic.name(), status)),
          (metadata, error) -> {
            if (error != null) {
              LOG.warn("Could not record the status of source {}: {}", source.url(),
                  error.toString());
            }
          });
    } catch (RuntimeException e) {
      LOG.warn("Could not record the status of source {}: {}", source.url(), e.toString());
    }
    return status;
  }

  /** Stops following the topic; the producer belongs to the caller. */
  @Override
  public void close() {
    statuses.close();
  }
}
