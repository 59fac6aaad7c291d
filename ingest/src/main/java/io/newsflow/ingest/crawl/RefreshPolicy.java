package io.newsflow.ingest.crawl;

import io.newsflow.core.status.FetchOutcome;
import io.newsflow.ingest.state.FetchState;
import java.time.Duration;
import java.time.Instant;

/**
 * When an article URL is worth fetching again. New URLs at once; published articles re-checked
 * (cheaply, with a conditional GET) at an interval that grows with their age, up to the refresh
 * window, after which only a listing that says they changed brings them back; failures back off
 * exponentially.
 */
public final class RefreshPolicy {
  private static final Duration MAX_INTERVAL = Duration.ofDays(1);
  private static final Duration PERMANENT_FAILURE_RETRY = Duration.ofDays(7);

  private final Duration pollInterval;
  private final Duration window;

  public RefreshPolicy(Duration pollInterval, Duration window) {
    this.pollInterval = pollInterval;
    this.window = window;
  }

  /** Whether to fetch now, given what the listing says. */
  public boolean due(FetchState state, SourceLink link, Instant now) {
    if (state == null || state.lastFetchedAt() == null) {
      return true;
    }
    if (link.modified() != null && link.modified().toInstant().isAfter(state.lastFetchedAt())) {
      return true;
    }
    return state.nextFetchAt() != null && !now.isBefore(state.nextFetchAt());
  }

  /** When to fetch again after a fetch that ended with {@code outcome}. */
  public Instant next(FetchState state, FetchOutcome outcome, Instant now) {
    return switch (outcome) {
      case OK, NOT_MODIFIED, UNCHANGED, PAYWALLED -> afterSuccess(state, now);
      case HTTP_4XX, ROBOTS_DENIED, BLOCKED_ADDRESS, NOT_HTML, TOO_LARGE, NOT_ARTICLE,
          INVALID, TOO_MANY_REDIRECTS -> now.plus(PERMANENT_FAILURE_RETRY);
      case HTTP_5XX, TIMEOUT, CONNECTION_ERROR -> now.plus(backoff(state.failures() + 1));
    };
  }

  private Instant afterSuccess(FetchState state, Instant now) {
    Duration age = Duration.between(state.firstSeenAt() == null ? now : state.firstSeenAt(), now);
    if (age.compareTo(window) > 0) {
      return Instant.MAX;
    }
    Duration interval = age.dividedBy(4);
    if (interval.compareTo(pollInterval) < 0) {
      interval = pollInterval;
    }
    if (interval.compareTo(MAX_INTERVAL) > 0) {
      interval = MAX_INTERVAL;
    }
    return now.plus(interval);
  }

  private Duration backoff(int failures) {
    Duration d = pollInterval.multipliedBy(1L << Math.min(failures, 10));
    return d.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : d;
  }
}
