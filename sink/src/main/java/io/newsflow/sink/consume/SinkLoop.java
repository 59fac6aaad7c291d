package io.newsflow.sink.consume;

import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.deadletter.Stage;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.error.BadRecordException;
import io.newsflow.core.error.RetriableException;
import io.newsflow.core.topic.RecordReader;
import io.newsflow.sink.ArticleSink;
import io.newsflow.sink.RejectedArticleException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer loop, run by one thread: poll, read each record (unreadable ones go to the
 * dead-letter topic), and once a batch is full or has lingered long enough, write it to every
 * destination, wait for the dead letters, and only then commit its offsets. A destination that is
 * down pauses every partition; the same batch is tried again with a doubling wait, and
 * consumption resumes when it passes. Each destination remembers which records it already holds,
 * so a retry does not write them to it twice.
 */
public final class SinkLoop implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(SinkLoop.class);
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final Duration MAX_POLL = Duration.ofSeconds(1);

  private final Consumer<String, byte[]> consumer;
  private final String topic;
  private final List<ArticleSink> sinks;
  private final DeadLetterPublisher deadLetters;
  private final int batchSize;
  private final long lingerNanos;
  private final Backoff backoff;
  private final SinkMetrics metrics;
  private final RecordReader<EnrichedArticle> reader;
  private final PendingBatch pending;

  private volatile boolean running = true;
  private volatile boolean caughtUp;
  private volatile Throwable failure;
  /** Why the sink is paused (a destination or Kafka unavailable), or null while it runs. */
  private volatile String outageCause;
  private boolean joined;
  private boolean outage;
  private long outageStartedNanos;
  private long retryAtNanos;
  private long lastIdleNanos;

  public SinkLoop(
      Consumer<String, byte[]> consumer,
      String topic,
      List<ArticleSink> sinks,
      DeadLetterPublisher deadLetters,
      int batchSize,
      Duration linger,
      Backoff backoff,
      SinkMetrics metrics) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    this.consumer = consumer;
    this.topic = topic;
    this.reader = RecordReader.enrichedArticles(topic);
    this.sinks = List.copyOf(sinks);
    this.deadLetters = deadLetters;
    this.batchSize = batchSize;
    this.lingerNanos = linger.toNanos();
    this.backoff = backoff;
    this.metrics = metrics;
    this.pending = new PendingBatch(this.sinks.size());
  }

  @Override
  public void run() {
    try {
      subscribe();
      while (running) {
        try {
          step();
        } catch (WakeupException e) {
          // stop() woke the consumer up; the loop condition says whether to go on.
        }
      }
      finish();
    } catch (RuntimeException | Error e) {
      failure = e;
      LOG.error("The sink stopped on an unexpected error; uncommitted records will be read again", e);
    } finally {
      caughtUp = false;
      try {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
      } catch (RuntimeException e) {
        LOG.warn("Cannot close the consumer cleanly: {}", e.toString());
      }
    }
  }

  /** Asks the loop to finish the batch in hand, commit it and return; does not wait. */
  public void stop() {
    running = false;
    consumer.wakeup();
  }

  /**
   * True when every record of this instance's partitions has been read, written and committed,
   * as far as the last fetch knows. Cheap: no request to the broker.
   */
  public boolean caughtUp() {
    return caughtUp;
  }

  /** Why the loop is paused waiting for a destination, or null when it is not. */
  public String outageCause() {
    return outageCause;
  }

  /** The error that stopped the loop, or null. */
  public Throwable failure() {
    return failure;
  }

  void subscribe() {
    consumer.subscribe(List.of(topic), new Rebalance());
  }

  void step() {
    ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout(System.nanoTime()));
    if (outage) {
      // Partitions assigned during the poll start unpaused.
      consumer.pause(consumer.assignment());
    }
    for (ConsumerRecord<String, byte[]> record : records) {
      accept(record);
    }
    long now = System.nanoTime();
    if (outage ? now >= retryAtNanos : pending.due(now, batchSize, lingerNanos)) {
      flush();
    } else if (pending.isEmpty() && now - lastIdleNanos >= IDLE_NANOS) {
      lastIdleNanos = now;
      sinks.forEach(ArticleSink::idle);
    }
    metrics.pending(pending.size());
    caughtUp = computeCaughtUp();
  }

  private Duration pollTimeout(long now) {
    long nanos;
    if (outage) {
      nanos = retryAtNanos - now;
    } else if (!pending.isEmpty()) {
      nanos = pending.nanosUntilDue(now, lingerNanos);
    } else {
      nanos = MAX_POLL.toNanos();
    }
    return Duration.ofNanos(Math.max(0, Math.min(nanos, MAX_POLL.toNanos())));
  }

  private void accept(ConsumerRecord<String, byte[]> record) {
    long now = System.nanoTime();
    EnrichedArticle article;
    try {
      article = reader.read(record.key(), record.value());
      if (article == null) {
        throw new BadRecordException("a null value (tombstone) is not an article");
      }
      if (article.id() == null || article.id().isBlank() || article.version() < 1) {
        // Readers of every destination tell articles and their repeats apart by (id, version).
        throw new BadRecordException(
            "an enriched article needs an id and a version of at least 1, got id "
                + article.id() + " version " + article.version());
      }
    } catch (BadRecordException e) {
      deadLetter(Stage.SINK_DESERIALIZE, e, record);
      pending.skip(record, now);
      return;
    }
    pending.add(new PendingRecord(record, article, sinks.size()), now);
  }

  /**
   * Writes what is pending everywhere, then commits.
   *
   * @return false when a destination or Kafka was unavailable; the batch stays pending
   */
  boolean flush() {
    try {
      for (int s = 0; s < sinks.size(); s++) {
        List<PendingRecord> todo = pending.notWrittenTo(s);
        for (int from = 0; from < todo.size(); from += batchSize) {
          write(s, new ArrayList<>(todo.subList(from, Math.min(todo.size(), from + batchSize))));
        }
      }
      deadLetters.awaitSent();
      commit();
      recovered();
      return true;
    } catch (RetriableException e) {
      unavailable(e);
      return false;
    }
  }

  /** Writes {@code chunk} to sink {@code s}, dead-lettering the articles it refuses. */
  private void write(int s, List<PendingRecord> chunk) {
    ArticleSink sink = sinks.get(s);
    while (!chunk.isEmpty()) {
      long started = System.nanoTime();
      try {
        sink.write(chunk.stream().map(PendingRecord::article).toList());
        chunk.forEach(r -> r.markWrittenTo(s));
        metrics.wrote(sink.name(), System.nanoTime() - started);
        return;
      } catch (RejectedArticleException e) {
        List<PendingRecord> refused =
            chunk.stream()
                .filter(r -> Objects.equals(r.article().id(), e.articleId())
                    && r.article().version() == e.version())
                .toList();
        if (refused.isEmpty()) {
          writeOneByOne(s, chunk);
          return;
        }
        for (PendingRecord r : refused) {
          reject(r, sink, e);
          chunk.remove(r);
        }
      } catch (BadRecordException e) {
        writeOneByOne(s, chunk);
        return;
      }
    }
  }

  /** Finds the articles a sink refuses when it did not say which: one write per article. */
  private void writeOneByOne(int s, List<PendingRecord> chunk) {
    ArticleSink sink = sinks.get(s);
    for (PendingRecord r : chunk) {
      try {
        sink.write(List.of(r.article()));
        r.markWrittenTo(s);
      } catch (BadRecordException e) {
        reject(r, sink, e);
      }
    }
  }

  private void reject(PendingRecord r, ArticleSink sink, BadRecordException e) {
    deadLetter(Stage.SINK_WRITE, e, r.record());
    pending.reject(r);
    LOG.debug("{} refused article {} version {}", sink.name(), r.article().id(),
        r.article().version());
  }

  private void deadLetter(Stage stage, Throwable error, ConsumerRecord<String, byte[]> record) {
    DeadLetter letter = DeadLetter.of(stage, error, record.topic(), record.partition(),
        record.offset(), record.key(), record.value());
    deadLetters.send(record.key(), letter);
    metrics.deadLettered(stage.label(), letter.reason());
    LOG.warn(
        "Dead-lettered {}-{}@{} (key {}) at {}, {}: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        stage.label(),
        letter.reason(),
        abbreviate(error.getMessage()));
  }

  private void commit() {
    Map<TopicPartition, OffsetAndMetadata> offsets = pending.offsets();
    if (!offsets.isEmpty()) {
      try {
        consumer.commitSync(offsets);
      } catch (CommitFailedException | RebalanceInProgressException e) {
        // Written but not committed: the next owner writes these records again, which leaves
        // the tables as they are and repeats identical lines in the files.
        LOG.warn("Partitions moved before the commit of {} records: {}", pending.size(),
            e.getMessage());
        pending.clear();
        return;
      } catch (org.apache.kafka.common.errors.RetriableException e) {
        throw new RetriableException("cannot commit offsets: " + e.getMessage(), e);
      }
    }
    metrics.committed(pending.size(), pending.fetchTimes(), java.time.Instant.now());
    pending.clear();
  }

  private void unavailable(RetriableException e) {
    long now = System.nanoTime();
    Duration wait = backoff.next();
    metrics.retried();
    outageCause = e.getMessage();
    if (!outage) {
      outage = true;
      outageStartedNanos = now;
      LOG.warn("Pausing consumption, a destination is unavailable; trying the {} pending records "
          + "again in {} ms. Cause: {}", pending.size(), wait.toMillis(), e.getMessage());
    } else {
      LOG.warn("Still unavailable after {} tries over {} s; next try in {} ms. Cause: {}",
          backoff.attempts(), TimeUnit.NANOSECONDS.toSeconds(now - outageStartedNanos),
          wait.toMillis(), e.getMessage());
    }
    retryAtNanos = now + wait.toNanos();
    consumer.pause(consumer.assignment());
  }

  private void recovered() {
    if (!outage) {
      return;
    }
    outage = false;
    outageCause = null;
    LOG.info("Destinations available again after {} ms and {} tries; resuming consumption",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - outageStartedNanos), backoff.attempts());
    backoff.reset();
    consumer.resume(consumer.paused());
  }

  /** On stop: one last try to write and commit the batch in hand. */
  private void finish() {
    if (pending.isEmpty()) {
      return;
    }
    if (!flush()) {
      LOG.warn("Stopping with {} records not written; they will be read again on restart",
          pending.size());
    }
  }

  private boolean computeCaughtUp() {
    if (!joined || outage || !pending.isEmpty()) {
      return false;
    }
    for (TopicPartition tp : consumer.assignment()) {
      OptionalLong lag = consumer.currentLag(tp);
      if (lag.isEmpty() || lag.getAsLong() > 0) {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  /** Commits what is durable before partitions go, and forgets the rest. */
  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (partitions.isEmpty() || pending.isEmpty()) {
        return;
      }
      boolean concerned = pending.partitions().stream().anyMatch(partitions::contains);
      if (concerned && !outage) {
        flush();
      }
      pending.drop(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      // Another instance may already own them: committing now would fail or overwrite.
      pending.drop(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      joined = true;
      if (outage) {
        consumer.pause(partitions);
      }
    }
  }
}
