package io.newsflow.sink.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The sink's meters, all named {@code newsflow.sink.*}. */
public final class SinkMetrics {
  /** Articles durably written to every destination and committed, once per record. */
  public static final String WRITTEN = "newsflow.sink.written";
  /** Records sent to the dead-letter topic, unreadable or refused by a destination. */
  public static final String DEAD_LETTERED = "newsflow.sink.dead.lettered";
  /** Writes that failed because a destination was down and will be tried again. */
  public static final String RETRIES = "newsflow.sink.retries";
  /** Records read and not yet committed. */
  public static final String PENDING = "newsflow.sink.pending";
  /** Time to write one batch, tagged by destination. */
  public static final String WRITE_TIME = "newsflow.sink.write";

  private final MeterRegistry registry;
  private final Counter written;
  private final Counter deadLettered;
  private final Counter retries;
  private final AtomicInteger pending = new AtomicInteger();

  public SinkMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.written = registry.counter(WRITTEN);
    this.deadLettered = registry.counter(DEAD_LETTERED);
    this.retries = registry.counter(RETRIES);
    registry.gauge(PENDING, pending);
  }

  void committed(int writtenRecords, int deadLetteredRecords) {
    written.increment(writtenRecords);
    deadLettered.increment(deadLetteredRecords);
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
