package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.ingest.metrics.IngestMetrics;
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
 * to {@code news-raw-v1} (counted in {@code newsflow.ingest.published}), a status record for every
 * fetch to {@code news-fetch-status-v1} (counted in {@code newsflow.ingest.fetched{outcome,host}})
 * and dead letters to {@code news-dlq-v1} (counted in {@code
 * newsflow.ingest.dead.lettered{stage,reason}}). Thread-safe.
 */
public final class IngestPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(IngestPublisher.class);

  private final NewsTopics topics;
  private final Producer<String, byte[]> producer;
  private final IngestMetrics metrics;

  public IngestPublisher(
      NewsTopics topics, Producer<String, byte[]> producer, MeterRegistry registry) {
    this(topics, producer, new IngestMetrics(registry));
  }

  public IngestPublisher(
      NewsTopics topics, Producer<String, byte[]> producer, IngestMetrics metrics) {
    this.topics = topics;
    this.producer = producer;
    this.metrics = metrics;
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
              metrics.published();
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

  /** Records how one fetch ended, on the topic and in the counter by outcome and host. */
  public void status(FetchStatus status) {
    metrics.fetched(status.outcome(), status.url());
    sendStatus(status);
  }

  /**
   * Records how the reading of one archived page ended, on the topic and in the counter by outcome
   * with the host {@value IngestMetrics#WARC_HOST}: an archive holds pages of any number of hosts,
   * too many for a tag.
   */
  public void archivedStatus(FetchStatus status) {
    metrics.fetchedFrom(status.outcome(), IngestMetrics.WARC_HOST);
    sendStatus(status);
  }

  private void sendStatus(FetchStatus status) {
    byte[] value =
        topics
            .fetchStatus()
            .valueSerde()
            .serializer()
            .serialize(topics.fetchStatus().name(), status);
    send(topics.fetchStatus().name(), status.url(), value, "the fetch status of");
  }

  public void deadLetter(DeadLetter letter) {
    metrics.deadLettered(letter.stage(), letter.errorClass());
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
