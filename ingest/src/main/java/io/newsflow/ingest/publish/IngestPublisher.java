package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.topic.NewsTopics;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what ingest produces through one idempotent producer ({@code acks=all}). Articles are
 * waited for, so the fetch state is only advanced for an article the broker has.
 */
public final class IngestPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(IngestPublisher.class);

  private final NewsTopics topics;
  private final Producer<String, byte[]> producer;
  private final MeterRegistry registry;

  public IngestPublisher(NewsTopics topics, Producer<String, byte[]> producer,
      MeterRegistry registry) {
    this.topics = topics;
    this.producer = producer;
    this.registry = registry;
  }

  /** Publishes one article version and waits for the broker's acknowledgement. */
  public void article(RawArticle article) {
    byte[] value = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), article);
    Future<RecordMetadata> sent =
        producer.send(new ProducerRecord<>(topics.raw().name(), article.id(), value));
    try {
      sent.get(2, TimeUnit.MINUTES);
      registry.counter("newsflow.ingest.published").increment();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing " + article.url(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot publish " + article.url() + ": " + e.getMessage(), e);
    }
  }

  public void status(FetchStatus status) {
    registry.counter("newsflow.ingest.fetched", "outcome", status.outcome().label()).increment();
    byte[] value =
        topics.fetchStatus().valueSerde().serializer().serialize(topics.fetchStatus().name(), status);
    producer.send(new ProducerRecord<>(topics.fetchStatus().name(), status.url(), value),
        (metadata, error) -> {
          if (error != null) {
            LOG.warn("Could not record fetch status of {}: {}", status.url(), error.getMessage());
          }
        });
  }

  public void deadLetter(DeadLetter letter) {
    registry.counter("newsflow.ingest.dead.lettered", "stage", letter.stage()).increment();
    byte[] value =
        topics.deadLetters().valueSerde().serializer().serialize(topics.deadLetters().name(), letter);
    producer.send(new ProducerRecord<>(topics.deadLetters().name(), letter.key(), value),
        (metadata, error) -> {
          if (error != null) {
            LOG.error("Could not dead-letter {}: {}", letter.key(), error.getMessage());
          }
        });
  }

  public void flush() {
    producer.flush();
  }
}
