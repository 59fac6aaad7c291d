package io.newsflow.ingest.source;

import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.Topic;
import io.newsflow.ingest.state.CompactedTopicView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Adds, removes and lists sources on {@code news-sources-v1}; what {@code newsflow sources} runs.
 * Running ingest instances follow the topic, so a change takes effect without a restart. A
 * removal writes a removal marker ({@link SourceRecord#removedAt()}), which keeps the source from
 * being registered again from the configuration; adding the source replaces the marker.
 */
public final class SourceCatalog {
  private final KafkaClients clients;
  private final Topic<String, SourceRecord> topic;
  private final Clock clock;

  public SourceCatalog(KafkaClients clients, Topic<String, SourceRecord> topic) {
    this(clients, topic, Clock.systemUTC());
  }

  /** @param clock the time removal markers carry */
  public SourceCatalog(KafkaClients clients, Topic<String, SourceRecord> topic, Clock clock) {
    this.clients = clients;
    this.topic = topic;
    this.clock = clock;
  }

  /**
   * Adds or replaces sources, written as they are: a source record replaces the removal marker of
   * a removed source, which restores it. Returns once the broker has them.
   */
  public void put(List<SourceRecord> sources) {
    write(sources);
  }

  /**
   * Removes these sources: writes a removal marker for each, so that no instance polls them and
   * ingest does not register them again from its configuration. Returns once the broker has them.
   */
  public void remove(List<SourceRecord> sources) {
    write(sources.stream().map(s -> s.removedAt(clock.instant())).toList());
  }

  /** Every source to poll now, read from the beginning of the topic; removed ones left out. */
  public List<SourceRecord> list() {
    return listAll().stream().filter(s -> !s.removed()).toList();
  }

  /** Every record on the topic now, removal markers included. */
  public List<SourceRecord> listAll() {
    return new ArrayList<>(CompactedTopicView.read(clients, topic, "newsflow-sources-list")
        .values());
  }

  private void write(List<SourceRecord> sources) {
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
                    topic.valueSerde().serializer().serialize(topic.name(), source))));
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
