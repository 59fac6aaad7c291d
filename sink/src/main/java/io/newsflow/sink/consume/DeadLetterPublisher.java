package io.newsflow.sink.consume;

import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.error.RetriableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Sends dead letters and, before the offsets of the records they replace are committed, makes
 * sure Kafka has them: {@link #awaitSent} flushes and sends again whatever failed.
 */
public final class DeadLetterPublisher implements AutoCloseable {
  private final Producer<String, DeadLetter> producer;
  private final String topic;
  private final List<InFlight> inFlight = new ArrayList<>();

  public DeadLetterPublisher(Producer<String, DeadLetter> producer, String topic) {
    this.producer = producer;
    this.topic = topic;
  }

  public String topic() {
    return topic;
  }

  void send(String key, DeadLetter letter) {
    ProducerRecord<String, DeadLetter> record = new ProducerRecord<>(topic, key, letter);
    inFlight.add(trySend(record));
  }

  /**
   * Returns once every dead letter sent so far is acknowledged.
   *
   * @throws RetriableException when some could not be written; they are sent again, and the next
   *     call waits for them
   */
  void awaitSent() {
    if (inFlight.isEmpty()) {
      return;
    }
    producer.flush();
    List<InFlight> failed = new ArrayList<>();
    Throwable firstError = null;
    for (InFlight f : inFlight) {
      Throwable error = outcome(f);
      if (error != null) {
        failed.add(trySend(f.record));
        firstError = firstError == null ? error : firstError;
      }
    }
    inFlight.clear();
    inFlight.addAll(failed);
    if (firstError != null) {
      throw new RetriableException(
          "cannot write " + failed.size() + " dead letters to " + topic + ": " + firstError,
          firstError);
    }
  }

  /** Null when Kafka acknowledged the dead letter, else why not. */
  private static Throwable outcome(InFlight f) {
    if (f.sendError != null) {
      return f.sendError;
    }
    try {
      f.future.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause() == null ? e : e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e;
    }
  }

  private InFlight trySend(ProducerRecord<String, DeadLetter> record) {
    try {
      return new InFlight(record, producer.send(record), null);
    } catch (KafkaException e) {
      // Sent again by awaitSent.
      return new InFlight(record, null, e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }

  private record InFlight(
      ProducerRecord<String, DeadLetter> record, Future<RecordMetadata> future, Throwable sendError) {}
}
