package io.newsflow.web.sources;

import io.newsflow.core.status.SourceStatus;
import io.newsflow.web.query.Peers;
import io.newsflow.web.query.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * Source health, for the page in-process and behind {@link SourceHealthHandler}: the last 24
 * hours' counts this instance owns in {@link SourceHealthTopology#STORE}, joined with every
 * source's status from the global {@link SourceHealthTopology#STATUS_STORE}; for {@link
 * Scope#ALL}, the other instances' counts added source by source. Thread-safe.
 */
public final class SourceHealthQuery {
  public static final Duration PERIOD = Duration.ofHours(24);

  private final Supplier<ReadOnlyWindowStore<String, SourceCounts>> counts;
  private final Supplier<ReadOnlyKeyValueStore<String, SourceStatus>> statuses;
  private final Peers peers;
  private final Clock clock;

  /**
   * @param counts this instance's {@link SourceHealthTopology#STORE}
   * @param statuses the global {@link SourceHealthTopology#STATUS_STORE}
   */
  public SourceHealthQuery(
      Supplier<ReadOnlyWindowStore<String, SourceCounts>> counts,
      Supplier<ReadOnlyKeyValueStore<String, SourceStatus>> statuses,
      Peers peers,
      Clock clock) {
    this.counts = counts;
    this.statuses = statuses;
    this.peers = peers;
    this.clock = clock;
  }

  /** Every source's health now, from every instance. */
  public SourceHealthReport sources() {
    return sources(Scope.ALL, null);
  }

  /**
   * Every source's health.
   *
   * @param at the reference time, or null for now
   */
  public SourceHealthReport sources(Scope scope, Instant at) {
    Instant now = at != null ? at : clock.instant();
    long hour = SourceHealthTopology.BUCKET.toMillis();
    Instant to = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), hour) * hour + hour);
    Instant from = to.minus(PERIOD);
    Map<String, SourceHealth> sources = new TreeMap<>();
    local(from, to).forEach(s -> sources.merge(s.sourceId(), s, SourceHealth::plus));
    List<String> missing = new ArrayList<>();
    if (scope == Scope.ALL) {
      Peers.Gathered<SourceHealthReport> others = peers.ask(SourceHealthTopology.STORE,
          SourceHealthHandler.PATH, Map.of("at", String.valueOf(now.toEpochMilli())),
          SourceHealthReport.class);
      for (SourceHealthReport other : others.answers()) {
        other.sources().forEach(s -> sources.merge(s.sourceId(), s, SourceHealth::plus));
        missing.addAll(other.missing());
      }
      missing.addAll(others.missing());
    }
    return new SourceHealthReport(now, from, to, missing.isEmpty(), missing,
        List.copyOf(sources.values()));
  }

  private List<SourceHealth> local(Instant from, Instant to) {
    Map<String, SourceCounts> sums = new TreeMap<>();
    try (KeyValueIterator<Windowed<String>, SourceCounts> windows =
        counts.get().fetchAll(from, to.minusMillis(1))) {
      while (windows.hasNext()) {
        KeyValue<Windowed<String>, SourceCounts> w = windows.next();
        if (w.value != null) {
          sums.merge(w.key.key(), w.value, SourceCounts::plus);
        }
      }
    }
    ReadOnlyKeyValueStore<String, SourceStatus> status = statuses.get();
    List<SourceHealth> health = new ArrayList<>();
    sums.forEach((source, c) -> health.add(SourceHealth.of(source, c, status.get(source))));
    try (KeyValueIterator<String, SourceStatus> all = status.all()) {
      while (all.hasNext()) {
        KeyValue<String, SourceStatus> s = all.next();
        if (s.value != null && !sums.containsKey(s.key)) {
          health.add(SourceHealth.of(s.key, SourceCounts.none(), s.value));
        }
      }
    }
    return health;
  }
}
