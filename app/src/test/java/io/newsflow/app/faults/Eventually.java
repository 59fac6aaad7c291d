package io.newsflow.app.faults;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition with a deadline, failing with what was awaited. */
final class Eventually {
  private Eventually() {}

  static void until(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + " after " + timeout);
      }
      Thread.sleep(250);
    }
  }

  /** Seconds since {@code startNanos}. */
  static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** True when the long forms of the fault tests run (Maven profile faults-long). */
  static boolean longForm() {
    return Boolean.getBoolean("newsflow.faults.long");
  }
}
