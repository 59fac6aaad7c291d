package io.newsflow.ingest.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the sleeper behind politeness delays, backoff and caches; tests pass one whose
 * sleeps only move its clock. Timeouts of the HTTP exchange itself run on real time.
 */
interface TimeSource {

  TimeSource SYSTEM =
      new TimeSource() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public Instant now() {
          return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          long nanos = duration.toNanos();
          if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
          }
        }
      };

  /** Monotonic time, for delays and expiry. */
  long nanoTime();

  /** Wall-clock time, to read HTTP dates such as Retry-After. */
  Instant now();

  void sleep(Duration duration) throws InterruptedException;
}
