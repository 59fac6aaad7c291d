package io.newsflow.sink.consume;

import java.time.Duration;

/** Waits that double from an initial value up to a cap, for retrying a destination that is down. */
public final class Backoff {
  private final Duration initial;
  private final Duration max;
  private Duration nextWait;
  private int attempts;

  public Backoff(Duration initial, Duration max) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
    }
    this.initial = initial;
    this.max = max;
    this.nextWait = initial;
  }

  /** The wait before the next try; each call doubles the one after, up to the cap. */
  public Duration next() {
    Duration wait = nextWait;
    attempts++;
    Duration doubled = nextWait.multipliedBy(2);
    nextWait = doubled.compareTo(max) > 0 ? max : doubled;
    return wait;
  }

  /** How many waits were handed out since the last reset. */
  public int attempts() {
    return attempts;
  }

  public void reset() {
    nextWait = initial;
    attempts = 0;
  }
}
