package io.newsflow.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsflow.core.status.FetchOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * The robots.txt of each origin ({@code scheme://host:port}), fetched once and kept for a TTL,
 * following RFC 9309: 2xx is parsed; 4xx means no rules (allow all); 5xx, 429, a timeout or a
 * connection error make the origin temporarily disallowed, and that verdict is kept for a few
 * minutes only. Concurrent callers for one origin share one fetch.
 */
final class RobotsCache {
  /** RFC 9309 asks crawlers to read at least 500 KiB; the rest is ignored. */
  static final int MAX_ROBOTS_BYTES = 500 * 1024;

  private static final Duration UNREACHABLE_TTL = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  /** What robots.txt says for one origin. */
  static final class Robots {
    private final BaseRobotRules rules;
    private final String unreachable;
    private final long expiresAt;

    private Robots(BaseRobotRules rules, String unreachable, long expiresAt) {
      this.rules = rules;
      this.unreachable = unreachable;
      this.expiresAt = expiresAt;
    }

    boolean allows(String url) {
      return unreachable == null && rules.isAllowed(url);
    }

    /** Why nothing may be fetched for now when robots.txt could not be had, else null. */
    String unreachableReason() {
      return unreachable;
    }

    /** The Crawl-delay for our agent, or zero. */
    Duration crawlDelay() {
      long millis = rules.getCrawlDelay();
      return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
    }

    List<String> sitemaps() {
      return List.copyOf(rules.getSitemaps());
    }
  }

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final List<String> robotNames;
  private final Duration ttl;
  private final TimeSource time;
  private final Function<String, FetchResult> fetchRobotsTxt;
  private final Map<String, CompletableFuture<Robots>> byOrigin = new ConcurrentHashMap<>();

  /**
   * @param userAgent our User-Agent; its product token ("Newsflow" in "Newsflow/0.1 (...)") is the
   *     name matched against User-agent lines
   * @param fetchRobotsTxt fetches a robots.txt URL with the fetcher's limits, politeness and guard
   */
  RobotsCache(
      String userAgent,
      Duration ttl,
      TimeSource time,
      Function<String, FetchResult> fetchRobotsTxt) {
    this.robotNames = List.of(robotName(userAgent));
    this.ttl = ttl;
    this.time = time;
    this.fetchRobotsTxt = fetchRobotsTxt;
    // Crawl-delay is capped by the fetcher, not turned into "disallow all" as the parser would.
    parser.setMaxCrawlDelay(Long.MAX_VALUE);
  }

  static String robotName(String userAgent) {
    String token = userAgent == null ? "" : userAgent.strip().split("[/\\s]", 2)[0];
    String name = token.toLowerCase(Locale.ROOT).replaceAll("[^a-z_-]", "");
    return name.isEmpty() ? "newsflow" : name;
  }

  /** The rules for {@code origin}, fetched now if not cached or expired. */
  Robots forOrigin(String origin) throws InterruptedException {
    while (true) {
      CompletableFuture<Robots> cached = byOrigin.get(origin);
      if (cached != null) {
        if (stale(cached)) {
          byOrigin.remove(origin, cached);
          continue;
        }
        try {
          return cached.get();
        } catch (ExecutionException e) {
          byOrigin.remove(origin, cached);
          continue;
        }
      }
      CompletableFuture<Robots> mine = new CompletableFuture<>();
      if (byOrigin.putIfAbsent(origin, mine) != null) {
        continue;
      }
      try {
        Robots robots = load(origin);
        mine.complete(robots);
        prune();
        return robots;
      } catch (RuntimeException e) {
        byOrigin.remove(origin, mine);
        mine.completeExceptionally(e);
        throw e;
      }
    }
  }

  /** The rules of {@code origin} if they are cached and fresh, without fetching them. */
  Optional<Robots> cached(String origin) {
    CompletableFuture<Robots> entry = byOrigin.get(origin);
    if (entry == null || !entry.isDone() || stale(entry)) {
      return Optional.empty();
    }
    return Optional.of(entry.join());
  }

  private boolean stale(CompletableFuture<Robots> entry) {
    return entry.isDone()
        && (entry.isCompletedExceptionally() || time.nanoTime() - entry.join().expiresAt >= 0);
  }

  private Robots load(String origin) {
    String url = origin + "/robots.txt";
    FetchResult result = fetchRobotsTxt.apply(url);
    long now = time.nanoTime();
    long fresh = now + ttl.toNanos();
    FetchOutcome outcome = result.outcome();
    if (outcome == FetchOutcome.OK) {
      SimpleRobotRules rules =
          parser.parseContent(url, result.body(), result.contentType(), robotNames);
      return new Robots(rules, null, fresh);
    }
    boolean tooManyRequests = result.status() != null && result.status() == 429;
    if (outcome == FetchOutcome.HTTP_5XX
        || outcome == FetchOutcome.TIMEOUT
        || outcome == FetchOutcome.CONNECTION_ERROR
        || tooManyRequests) {
      String why = result.status() != null ? "HTTP " + result.status() : result.reason();
      Duration retryIn = min(ttl, UNREACHABLE_TTL);
      String reason =
          "robots.txt of "
              + origin
              + " unreachable ("
              + why
              + "): the host is treated as"
              + " disallowed for now, and robots.txt asked for again in "
              + retryIn.toSeconds()
              + " s";
      long retryAt = now + retryIn.toNanos();
      return new Robots(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), reason, retryAt);
    }
    // 4xx, or unavailable (too many redirects, a redirect to a refused address): no rules.
    return new Robots(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), null, fresh);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private void prune() {
    if (byOrigin.size() <= MAX_ENTRIES) {
      return;
    }
    byOrigin.forEach(
        (origin, future) -> {
          if (stale(future)) {
            byOrigin.remove(origin, future);
          }
        });
    if (byOrigin.size() > MAX_ENTRIES) {
      // Still too many fresh ones: forget the finished ones; they are fetched again when needed.
      byOrigin.forEach(
          (origin, future) -> {
            if (future.isDone()) {
              byOrigin.remove(origin, future);
            }
          });
    }
  }
}
