package io.newsflow.app.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The synthetic publisher's time during a soak: it stands still while the pipeline gets ready,
 * then runs with the system clock, and stands still again once the soak's minutes are over, so
 * that nothing new appears while the pipeline drains.
 */
final class SoakClock extends Clock {
  private volatile Instant heldAt = Instant.now();

  /** From now on the time is the system's. */
  void run() {
    heldAt = null;
  }

  /** From now on the time stays where it is now. */
  void hold() {
    heldAt = Instant.now();
  }

  @Override
  public Instant instant() {
    Instant held = heldAt;
    return held != null ? held : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the soak's clock is UTC");
  }
}
