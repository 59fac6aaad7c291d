package io.newsflow.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when someone sleeps: politeness and backoff without real waiting. */
final class FakeTime implements TimeSource {
  private static final Instant EPOCH = Instant.parse("2031-05-14T09:30:00Z");

  // Negative, as System.nanoTime() may be: code must compare times by their difference.
  private static final long START_NANOS = -7_000_000_000_000L;

  private final AtomicLong nanos = new AtomicLong(START_NANOS);
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public Instant now() {
    return EPOCH.plusNanos(nanos.get() - START_NANOS);
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    nanos.addAndGet(duration.toNanos());
  }

  void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
