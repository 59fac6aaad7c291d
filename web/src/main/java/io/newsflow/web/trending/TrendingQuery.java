package io.newsflow.web.trending;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.web.query.Peers;
import io.newsflow.web.query.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * Trending entities, for the page in-process and behind {@link TrendingHandler}: reads the
 * 10-minute windows of {@link TrendingTopology#STORE} this instance owns and, for {@link
 * Scope#ALL}, merges the local top-Ns of the other instances (exact, since each entity lives in
 * one partition). Thread-safe.
 */
public final class TrendingQuery {
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 10;
  static final Comparator<TrendingEntity> RANK =
      Comparator.comparingLong(TrendingEntity::count).reversed()
          .thenComparing(Comparator.comparingLong(TrendingEntity::change).reversed())
          .thenComparing(Comparator.comparingLong(TrendingEntity::mentions).reversed())
          .thenComparing(TrendingEntity::key);

  private final Supplier<ReadOnlyWindowStore<String, EntityCounts>> store;
  private final Peers peers;
  private final Clock clock;

  /**
   * @param store this instance's {@link TrendingTopology#STORE}; may throw {@link
   *     io.newsflow.web.query.NotReadyException}
   * @param clock gives the reference time when a query names none
   */
  public TrendingQuery(
      Supplier<ReadOnlyWindowStore<String, EntityCounts>> store, Peers peers, Clock clock) {
    this.store = store;
    this.peers = peers;
    this.clock = clock;
  }

  /** The global top {@code limit} entities of {@code window} now, of any type. */
  public Trending top(TrendingWindow window, int limit) {
    return top(window, null, limit, Scope.ALL, null);
  }

  /**
   * The top {@code limit} entities of {@code window}.
   *
   * @param type only entities of this type, or null for all
   * @param at the reference time, or null for now
   */
  public Trending top(TrendingWindow window, EntityType type, int limit, Scope scope, Instant at) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
    }
    Instant now = at != null ? at : clock.instant();
    Instant to = bucketEnd(now);
    Instant from = to.minus(window.size());
    Instant previousFrom = from.minus(window.size());
    List<TrendingEntity> entities = new ArrayList<>(local(window, type, from, to, previousFrom));
    List<String> missing = new ArrayList<>();
    if (scope == Scope.ALL) {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("window", window.label());
      if (type != null) {
        params.put("type", type.name().toLowerCase(Locale.ROOT));
      }
      params.put("limit", String.valueOf(limit));
      params.put("at", String.valueOf(now.toEpochMilli()));
      Peers.Gathered<Trending> others =
          peers.ask(TrendingTopology.STORE, TrendingHandler.PATH, params, Trending.class);
      others.answers().forEach(answer -> entities.addAll(answer.entities()));
      others.answers().forEach(answer -> missing.addAll(answer.missing()));
      missing.addAll(others.missing());
    }
    List<TrendingEntity> top = entities.stream().sorted(RANK).limit(limit).toList();
    return new Trending(window.label(), type, now, from, to, previousFrom,
        window.step().toSeconds(), missing.isEmpty(), missing, top);
  }

  /** The end of the 10-minute bucket {@code at} falls in: windows end there. */
  static Instant bucketEnd(Instant at) {
    long bucket = TrendingTopology.BUCKET.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), bucket) * bucket + bucket);
  }

  private List<TrendingEntity> local(
      TrendingWindow window, EntityType type, Instant from, Instant to, Instant previousFrom) {
    Map<String, Tally> tallies = new HashMap<>();
    long step = window.step().toMillis();
    try (KeyValueIterator<Windowed<String>, EntityCounts> windows =
        store.get().fetchAll(previousFrom, to.minus(Duration.ofMillis(1)))) {
      while (windows.hasNext()) {
        KeyValue<Windowed<String>, EntityCounts> w = windows.next();
        EntityCounts counts = w.value;
        if (counts == null || (type != null && counts.type() != type)) {
          continue;
        }
        Tally tally = tallies.computeIfAbsent(w.key.key(), k -> new Tally(window.points()));
        long start = w.key.window().start();
        if (start < from.toEpochMilli()) {
          tally.previous += counts.articles();
        } else {
          tally.count += counts.articles();
          tally.mentions += counts.mentions();
          tally.sparkline[(int) ((start - from.toEpochMilli()) / step)] += counts.articles();
        }
        if (start >= tally.latest && counts.name() != null) {
          tally.latest = start;
          tally.name = counts.name();
          tally.type = counts.type();
        }
      }
    }
    return tallies.entrySet().stream()
        .filter(e -> e.getValue().count > 0)
        .map(e -> e.getValue().entity(e.getKey()))
        .sorted(RANK)
        .toList();
  }

  /** One entity's sums while the windows are read. */
  private static final class Tally {
    long count;
    long previous;
    long mentions;
    final long[] sparkline;
    long latest = Long.MIN_VALUE;
    String name;
    EntityType type;

    Tally(int points) {
      sparkline = new long[points];
    }

    TrendingEntity entity(String key) {
      return new TrendingEntity(key, name, type, count, previous, count - previous, mentions,
          Arrays.stream(sparkline).boxed().toList());
    }
  }
}
