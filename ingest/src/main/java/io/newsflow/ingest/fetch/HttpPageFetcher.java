package io.newsflow.ingest.fetch;

import io.newsflow.core.config.IngestConfig;
import io.newsflow.core.error.ConfigException;
import io.newsflow.core.status.FetchOutcome;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A polite, bounded fetcher for news pages, feeds and sitemaps.
 *
 * <ul>
 *   <li>Every host, redirect targets included, is resolved and refused ({@code blocked-address})
 *       when any of its addresses is not public, unless allow-listed ({@link AddressGuard}).
 *   <li>robots.txt is obeyed, cached per origin, its Crawl-delay honoured up to {@code
 *       max-crawl-delay} ({@link RobotsCache}).
 *   <li>One request at a time per host, with {@code host-delay} (or the Crawl-delay) between two;
 *       at most {@code concurrency} requests in flight over all hosts. {@link #fetch} blocks until
 *       its host is free.
 *   <li>Timeouts, connection errors, 5xx, 408 and 429 are tried again up to {@code max-attempts}
 *       times, after an exponential backoff with full jitter or the Retry-After asked for (up to
 *       {@code max-backoff}); other 4xx are final.
 *   <li>Each try ends within connect-timeout + read-timeout; bodies stop at {@code max-body-bytes}
 *       ({@code too-large}), after gzip or deflate decoding too; at most {@code max-redirects}
 *       redirects are followed.
 *   <li>Conditional requests: the request's validators are sent; 304 gives {@code not-modified}.
 * </ul>
 */
public final class HttpPageFetcher implements PageFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(HttpPageFetcher.class);
  private static final String ACCEPT_ENCODING = "gzip, deflate";

  private final IngestConfig config;
  private final HttpTransport transport;
  private final AddressGuard guard;
  private final HostGate hosts;
  private final Semaphore inFlight;
  private final Backoff backoff;
  private final RobotsCache robots;
  private final TimeSource time;
  private final int maxBodyBytes;

  /** A fetcher on the JDK's HTTP client, DNS and clock. Close it to release its threads. */
  public HttpPageFetcher(IngestConfig config) {
    this(
        config,
        new JdkHttpTransport(config.userAgent(), config.connectTimeout(), config.readTimeout()),
        HostResolver.SYSTEM,
        TimeSource.SYSTEM,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * @param unitRandom uniform draws from [0, 1) for the backoff jitter
   */
  HttpPageFetcher(
      IngestConfig config,
      HttpTransport transport,
      HostResolver resolver,
      TimeSource time,
      DoubleSupplier unitRandom) {
    this.config = config;
    this.transport = transport;
    try {
      validated(config);
      this.guard = new AddressGuard(config.allowAddresses(), resolver);
    } catch (RuntimeException e) {
      transport.close();
      throw e;
    }
    this.hosts = new HostGate(time);
    this.inFlight = new Semaphore(config.concurrency(), true);
    this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff(), unitRandom);
    this.robots =
        new RobotsCache(config.userAgent(), config.robotsTtl(), time, this::fetchRobotsTxt);
    this.time = time;
    this.maxBodyBytes = (int) Math.min(config.maxBodyBytes(), Integer.MAX_VALUE - 8);
  }

  private static IngestConfig validated(IngestConfig config) {
    if (config.userAgent() == null || config.userAgent().isBlank()) {
      throw new ConfigException("ingest.user-agent must name the product and a contact URL");
    }
    requirePositive("ingest.connect-timeout", config.connectTimeout());
    requirePositive("ingest.read-timeout", config.readTimeout());
    requirePositive("ingest.initial-backoff", config.initialBackoff());
    requirePositive("ingest.max-backoff", config.maxBackoff());
    requirePositive("ingest.robots-ttl", config.robotsTtl());
    requireNotNegative("ingest.host-delay", config.hostDelay());
    requireNotNegative("ingest.max-crawl-delay", config.maxCrawlDelay());
    return config;
  }

  private static void requirePositive(String key, Duration value) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new ConfigException(key + " must be a positive duration");
    }
  }

  private static void requireNotNegative(String key, Duration value) {
    if (value == null || value.isNegative()) {
      throw new ConfigException(key + " must be a duration of zero or more");
    }
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    FetchResult result;
    try {
      result = follow(FetchTarget.of(request));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result =
          FetchResult.failed(request.url(), FetchOutcome.CONNECTION_ERROR, null, "interrupted", 0);
    }
    LOG.debug(
        "fetched {}: {} {} {}",
        request.url(),
        result.outcome().label(),
        result.status(),
        result.reason() == null ? "" : result.reason());
    return result;
  }

  @Override
  public List<String> sitemapsOf(String url) {
    URI uri;
    try {
      uri = FetchUrl.parse(url);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    if (guard.check(uri.getHost()).isPresent()) {
      return List.of();
    }
    try {
      return robots.forOrigin(FetchUrl.origin(uri)).sitemaps();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  @Override
  public void close() {
    transport.close();
  }

  private FetchResult fetchRobotsTxt(String url) {
    try {
      return follow(FetchTarget.robotsTxt(url));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FetchResult.failed(url, FetchOutcome.CONNECTION_ERROR, null, "interrupted", 0);
    }
  }

  private FetchResult follow(FetchTarget target) throws InterruptedException {
    long started = System.nanoTime();
    URI uri;
    try {
      uri = FetchUrl.parse(target.url());
    } catch (IllegalArgumentException e) {
      return FetchResult.failed(
          target.url(), FetchOutcome.INVALID, null, e.getMessage(), tookMs(started));
    }
    Set<URI> seen = new HashSet<>();
    seen.add(uri);
    for (int redirects = 0; ; redirects++) {
      Optional<AddressGuard.Refusal> refusal = guard.check(uri.getHost());
      if (refusal.isPresent()) {
        FetchOutcome outcome =
            refusal.get().unresolvable()
                ? FetchOutcome.CONNECTION_ERROR
                : FetchOutcome.BLOCKED_ADDRESS;
        return failed(target, uri, outcome, null, refusal.get().reason(), started);
      }
      if (!target.robotsTxt() && config.obeyRobots()) {
        String origin = FetchUrl.origin(uri);
        RobotsCache.Robots rules = robots.forOrigin(origin);
        hosts.stretchPause(uri.getHost(), politeDelay(uri));
        if (!rules.allows(uri.toString())) {
          String reason =
              rules.unreachableReason() != null
                  ? rules.unreachableReason()
                  : "disallowed by " + origin + "/robots.txt";
          return failed(target, uri, FetchOutcome.ROBOTS_DENIED, null, reason, started);
        }
      }
      Step step = tryRepeatedly(uri, target);
      if (step.location() == null) {
        return step.toResult(target, uri, tookMs(started));
      }
      if (redirects >= config.maxRedirects()) {
        return failed(
            target,
            uri,
            FetchOutcome.TOO_MANY_REDIRECTS,
            step.status(),
            "more than " + config.maxRedirects() + " redirects",
            started);
      }
      URI next;
      try {
        next = FetchUrl.resolve(uri, step.location());
      } catch (IllegalArgumentException e) {
        return failed(
            target,
            uri,
            FetchOutcome.INVALID,
            step.status(),
            "bad redirect: " + e.getMessage(),
            started);
      }
      if (!seen.add(next)) {
        return failed(
            target,
            uri,
            FetchOutcome.TOO_MANY_REDIRECTS,
            step.status(),
            "redirect loop back to " + next,
            started);
      }
      uri = next;
    }
  }

  /** One URL, tried again while that may help; the host is held for each try. */
  private Step tryRepeatedly(URI uri, FetchTarget target) throws InterruptedException {
    String host = uri.getHost();
    for (int tries = 1; ; tries++) {
      hosts.enter(host);
      Duration pause = politeDelay(uri);
      Step step;
      boolean again = false;
      try {
        inFlight.acquire();
        try {
          step =
              Step.read(
                  transport.exchange(requestFor(uri, target)),
                  target,
                  target.bodyLimit(maxBodyBytes),
                  time.now());
        } finally {
          inFlight.release();
        }
        if (step.retryAfter() != null) {
          pause = longer(pause, shorter(step.retryAfter(), backoff.max()));
        }
        if (step.retriable()
            && tries < config.maxAttempts()
            && !Thread.currentThread().isInterrupted()) {
          if (step.retryAfter() == null) {
            pause = longer(pause, backoff.afterFailure(tries));
            again = true;
          } else if (step.retryAfter().compareTo(backoff.max()) <= 0) {
            again = true;
          } else {
            step =
                step.withReason(
                    step.reason()
                        + "; asked to retry after "
                        + step.retryAfter().toSeconds()
                        + " s, more than max-backoff");
          }
        }
      } finally {
        hosts.leave(host, pause);
      }
      if (!again) {
        return tries > 1
            ? step.withReason(
                step.reason() == null ? null : step.reason() + " (after " + tries + " tries)")
            : step;
      }
      LOG.debug("{}: {} on try {}, trying again", uri, step.outcome().label(), tries);
    }
  }

  /** The pause after a request to this URL's host: host-delay, or a longer Crawl-delay. */
  private Duration politeDelay(URI uri) {
    Duration delay = config.hostDelay();
    if (config.obeyRobots()) {
      Optional<RobotsCache.Robots> rules = robots.cached(FetchUrl.origin(uri));
      if (rules.isPresent()) {
        delay = longer(delay, shorter(rules.get().crawlDelay(), config.maxCrawlDelay()));
      }
    }
    return delay;
  }

  private TransportRequest requestFor(URI uri, FetchTarget target) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", target.expected().acceptHeader());
    headers.put("Accept-Encoding", ACCEPT_ENCODING);
    if (target.etag() != null && !target.etag().isBlank()) {
      headers.put("If-None-Match", target.etag());
    }
    if (target.lastModified() != null && !target.lastModified().isBlank()) {
      headers.put("If-Modified-Since", target.lastModified());
    }
    return new TransportRequest(
        uri,
        headers,
        target.bodyLimit(maxBodyBytes),
        target.robotsTxt(),
        head ->
            head.status() >= 200
                && head.status() < 300
                && target.expected().accepts(head.mediaType()));
  }

  private FetchResult failed(
      FetchTarget target,
      URI uri,
      FetchOutcome outcome,
      Integer status,
      String reason,
      long started) {
    return new FetchResult(
        target.url(),
        uri.toString(),
        outcome,
        status,
        null,
        null,
        null,
        null,
        null,
        reason,
        tookMs(started));
  }

  private static long tookMs(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
