package io.newsflow.ingest.state;

import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.Topic;
import io.newsflow.ingest.metrics.KafkaClientMeters;
import java.util.Optional;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
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
  private final CompactedTopicView<FetchState> states;

  public FetchStateStore(Topic<String, FetchState> topic, Producer<String, byte[]> producer) {
    this.topic = topic;
    this.producer = producer;
    // Keep the most advanced view: our own writes come back from the topic after the local update.
    this.states = new CompactedTopicView<>(topic, "fetch state", FetchStateStore::newer);
  }

  /**
   * Reads the state topic from its beginning to its current end, then keeps following it on a
   * daemon thread until {@link #close()}. Blocks until the restore is done.
   *
   * @throws IllegalStateException when the topic does not exist
   */
  public void restoreAndFollow(KafkaClients clients, String instanceId) {
    restoreAndFollow(clients, instanceId, null);
  }

  /**
   * As {@link #restoreAndFollow(KafkaClients, String)}, with the consumer's metrics bound to
   * {@code meters} (null for none).
   */
  public void restoreAndFollow(KafkaClients clients, String instanceId, KafkaClientMeters meters) {
    states.restoreAndFollow(clients, instanceId + "-fetch-state", meters);
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
    return states.get(url);
  }

  public int size() {
    return states.size();
  }

  /** Records a state locally and on the topic (asynchronously; failures are logged). */
  public void put(FetchState state) {
    states.putLocal(state.url(), state);
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
    states.close();
  }
}
