package io.newsflow.app.bench;

import java.util.concurrent.TimeUnit;

/**
 * Latencies in buckets 1% wide (from 1 ms to days), so that percentiles over any number of
 * samples take a fixed 17 KB: a percentile is the upper bound of its bucket, at most 1% above the
 * true value, and never above the largest sample, which is kept exactly. Nearest-rank
 * percentiles. Not thread-safe.
 */
final class LatencyHistogram {
  private static final double GROWTH = 1.01;
  private static final double LOG_GROWTH = Math.log(GROWTH);
  private static final int BUCKETS = 2200;

  private final long[] counts = new long[BUCKETS];
  private long count;
  private long maxNanos;

  void record(long nanos) {
    double ms = Math.max(nanos, 0) / 1e6;
    int bucket = ms <= 1 ? 0 : (int) Math.min(BUCKETS - 1, Math.ceil(Math.log(ms) / LOG_GROWTH));
    counts[bucket]++;
    count++;
    maxNanos = Math.max(maxNanos, nanos);
  }

  void add(LatencyHistogram other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
    count += other.count;
    maxNanos = Math.max(maxNanos, other.maxNanos);
  }

  long count() {
    return count;
  }

  /** The {@code p}-th percentile (0 < p <= 1) in milliseconds, or NaN without samples. */
  double percentileMs(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(p * count));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Math.min(Math.pow(GROWTH, i), maxMs());
      }
    }
    return maxMs();
  }

  /** The largest sample in milliseconds, or NaN without samples. */
  double maxMs() {
    return count == 0 ? Double.NaN : maxNanos / (double) TimeUnit.MILLISECONDS.toNanos(1);
  }
}
