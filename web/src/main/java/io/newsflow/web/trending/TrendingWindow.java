package io.newsflow.web.trending;

import io.newsflow.web.query.BadQueryException;
import java.time.Duration;

/**
 * The periods a trending query compares: the last hour or the last 24 hours, each with the
 * period before it and a sparkline of the period in equal steps.
 */
public enum TrendingWindow {
  /** The last hour against the hour before; a sparkline of six 10-minute counts. */
  HOUR("1h", Duration.ofHours(1), Duration.ofMinutes(10)),
  /** The last 24 hours against the 24 before; a sparkline of 24 hourly counts. */
  DAY("24h", Duration.ofHours(24), Duration.ofHours(1));

  private final String label;
  private final Duration size;
  private final Duration step;

  TrendingWindow(String label, Duration size, Duration step) {
    this.label = label;
    this.size = size;
    this.step = step;
  }

  public String label() {
    return label;
  }

  public Duration size() {
    return size;
  }

  /** The sparkline's step: a whole number of the topology's buckets. */
  public Duration step() {
    return step;
  }

  public int points() {
    return (int) size.dividedBy(step);
  }

  /**
   * The window labelled {@code label} ({@code 1h} or {@code 24h}).
   *
   * @throws BadQueryException for any other
   */
  public static TrendingWindow parse(String label) {
    for (TrendingWindow w : values()) {
      if (w.label.equals(label)) {
        return w;
      }
    }
    throw new BadQueryException("window must be 1h or 24h, not '" + label + "'");
  }
}
