package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.topic.NewsTopics;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what ingest produces through one idempotent producer ({@code acks=all}): article versions
 * to {@code news-raw-v1}, a status record for every fetch to {@code news-fetch-status-v1} (with
 * the counter {@code newsflow.ingest.fetched{outcome}}) and dead letters to {@code news-dlq-v1}.
 * Thread-safe.
 */
public final class IngestPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(IngestPublisher.class);

  private final NewsTopics topics;
  private final Producer<String, byte[]> producer;
  private final MeterRegistry registry;

  public IngestPublisher(
      NewsTopics topics, Producer<String, byte[]> producer, MeterRegistry registry) {
    this.topics = topics;
    this.producer = producer;
    this.registry = registry;
  }

  /**
   * Publishes one article version and waits for the broker's acknowledgement, so the caller
   * advances the fetch state only for an article the broker has.
   *
   * @throws PublishException when the broker does not take it
   */
  public void article(RawArticle article) {
    try {
      send(article).get(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted while publishing " + article.url(), e);
    } catch (ExecutionException e) {
      throw (PublishException) e.getCause();
    } catch (TimeoutException e) {
      throw new PublishException("no acknowledgement for " + article.url() + " in 2 minutes", e);
    }
  }

  /**
   * Publishes one article version without waiting; the future fails with a {@link
   * PublishException} when the broker does not take it.
   */
  public CompletableFuture<RecordMetadata> send(RawArticle article) {
    CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
    try {
      byte[] value = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), article);
      producer.send(
          new ProducerRecord<>(topics.raw().name(), article.id(), value),
          (metadata, error) -> {
            if (error == null) {
              registry.counter("newsflow.ingest.published").increment();
              acked.complete(metadata);
            } else {
              acked.completeExceptionally(failure(article, error));
            }
          });
    } catch (RuntimeException e) {
      acked.completeExceptionally(failure(article, e));
    }
    return acked;
  }

  private static PublishException failure(RawArticle article, Throwable error) {
    return new PublishException("cannot publish " + article.url() + ": " + error, error);
  }

  /** Records how one fetch ended, on the topic and in the outcome counter. */
  public void status(FetchStatus status) {
    registry.counter("newsflow.ingest.fetched", "outcome", status.outcome().label()).increment();
    byte[] value =
        topics
            .fetchStatus()
            .valueSerde()
            .serializer()
            .serialize(topics.fetchStatus().name(), status);
    send(topics.fetchStatus().name(), status.url(), value, "the fetch status of");
  }

  public void deadLetter(DeadLetter letter) {
    registry.counter("newsflow.ingest.dead.lettered", "stage", letter.stage()).increment();
    byte[] value =
        topics
            .deadLetters()
            .valueSerde()
            .serializer()
            .serialize(topics.deadLetters().name(), letter);
    send(topics.deadLetters().name(), letter.key(), value, "the dead letter of");
  }

  /** Sends a record whose loss is logged rather than thrown: the fetch goes on without it. */
  private void send(String topic, String key, byte[] value, String what) {
    try {
      producer.send(
          new ProducerRecord<>(topic, key, value),
          (metadata, error) -> {
            if (error != null) {
              LOG.warn("Could not record {} {} on {}: {}", what, key, topic, error.toString());
            }
          });
    } catch (RuntimeException e) {
      LOG.warn("Could not record {} {} on {}: {}", what, key, topic, e.toString());
    }
  }

  public void flush() {
    producer.flush();
  }
}
