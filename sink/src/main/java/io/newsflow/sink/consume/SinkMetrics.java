package io.newsflow.sink.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The sink's meters, all named {@code newsflow.sink.*}. */
public final class SinkMetrics {
  /** Articles durably written to every destination and committed, once per record. */
  public static final String WRITTEN = "newsflow.sink.written";
  /**
   * Records sent to the dead-letter topic, unreadable or refused by a destination, tagged by
   * {@code stage} (sink.deserialize, sink.write) and {@code reason} (the dead letter's reason:
   * invalid-json, refused ...).
   */
  public static final String DEAD_LETTERED = "newsflow.sink.dead.lettered";
  /** Writes that failed because a destination was down and will be tried again. */
  public static final String RETRIES = "newsflow.sink.retries";
  /** Records read and not yet committed. */
  public static final String PENDING = "newsflow.sink.pending";
  /** Time to write one batch, tagged by destination. */
  public static final String WRITE_TIME = "newsflow.sink.write";
  /**
   * Time from an article's fetch to its commit by the sink: how far behind the news the
   * destinations are. A histogram, so that percentiles can be aggregated over instances.
   */
  public static final String FETCH_TO_SINK = "newsflow.fetch.to.sink";

  private final MeterRegistry registry;
  private final Counter written;
  private final Counter retries;
  private final Timer fetchToSink;
  private final AtomicInteger pending = new AtomicInteger();

  public SinkMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.written = registry.counter(WRITTEN);
    this.retries = registry.counter(RETRIES);
    registry.gauge(PENDING, pending);
    this.fetchToSink =
        Timer.builder(FETCH_TO_SINK)
            .description("Time from an article's fetch to its commit by the sink")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10))
            .maximumExpectedValue(Duration.ofHours(6))
            .register(registry);
  }

  /** A batch committed: {@code writtenRecords} written everywhere, with their fetch times. */
  void committed(int writtenRecords, List<Instant> fetchTimes, Instant now) {
    written.increment(writtenRecords);
    for (Instant fetched : fetchTimes) {
      Duration age = Duration.between(fetched, now);
      if (!age.isNegative()) {
        fetchToSink.record(age);
      }
    }
  }

  /** One record sent to the dead-letter topic, by where and why. */
  void deadLettered(String stage, String reason) {
    registry.counter(DEAD_LETTERED, "stage", stage, "reason", reason).increment();
  }

  void retried() {
    retries.increment();
  }

  void pending(int records) {
    pending.set(records);
  }

  void wrote(String sink, long nanos) {
    Timer.builder(WRITE_TIME).tag("sink", sink).register(registry).record(nanos, TimeUnit.NANOSECONDS);
  }
}
