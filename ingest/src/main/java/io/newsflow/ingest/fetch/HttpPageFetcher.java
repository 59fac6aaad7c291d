package io.newsflow.ingest.fetch;

import io.newsflow.core.config.IngestConfig;
import io.newsflow.core.error.ConfigException;
import io.newsflow.core.status.FetchOutcome;
import java.io.IOException;
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
 *   <li>Each try ends within connect-timeout + read-timeout; bodies stop at {@code
 *       max-body-bytes} ({@code too-large}), after gzip or deflate decoding too; at most {@code
 *       max-redirects} redirects are followed.
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
        validated(config),
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
    this.config = validated(config);
    this.transport = transport;
    this.guard = new AddressGuard(config.allowAddresses(), resolver);
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
      result =
          follow(
              new Target(
                  request.url(), request.expected(), request.etag(), request.lastModified(), false));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result = FetchResult.failed(request.url(), FetchOutcome.CONNECTION_ERROR, null, "interrupted", 0);
    }
    LOG.debug("fetched {}: {} {} {}", request.url(), result.outcome().label(), result.status(),
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

  /** What one fetch is after; robots.txt itself is fetched without a robots check. */
  private record Target(
      String url, ExpectedContent expected, String etag, String lastModified, boolean robotsTxt) {}

  private FetchResult fetchRobotsTxt(String url) {
    try {
      return follow(new Target(url, ExpectedContent.ANY, null, null, true));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FetchResult.failed(url, FetchOutcome.CONNECTION_ERROR, null, "interrupted", 0);
    }
  }

  private FetchResult follow(Target target) throws InterruptedException {
    long started = System.nanoTime();
    URI uri;
    try {
      uri = FetchUrl.parse(target.url());
    } catch (IllegalArgumentException e) {
      return FetchResult.failed(target.url(), FetchOutcome.INVALID, null, e.getMessage(), tookMs(started));
    }
    Set<URI> seen = new HashSet<>();
    seen.add(uri);
    for (int redirects = 0; ; redirects++) {
      Optional<AddressGuard.Refusal> refusal = guard.check(uri.getHost());
      if (refusal.isPresent()) {
        FetchOutcome outcome =
            refusal.get().unresolvable() ? FetchOutcome.CONNECTION_ERROR : FetchOutcome.BLOCKED_ADDRESS;
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
        return failed(target, uri, FetchOutcome.TOO_MANY_REDIRECTS, step.status(),
            "more than " + config.maxRedirects() + " redirects", started);
      }
      URI next;
      try {
        next = FetchUrl.resolve(uri, step.location());
      } catch (IllegalArgumentException e) {
        return failed(target, uri, FetchOutcome.INVALID, step.status(),
            "bad redirect: " + e.getMessage(), started);
      }
      if (!seen.add(next)) {
        return failed(target, uri, FetchOutcome.TOO_MANY_REDIRECTS, step.status(),
            "redirect loop back to " + next, started);
      }
      uri = next;
    }
  }

  /** One URL, tried again while that may help; the host is held for each try. */
  private Step tryRepeatedly(URI uri, Target target) throws InterruptedException {
    String host = uri.getHost();
    for (int tries = 1; ; tries++) {
      hosts.enter(host);
      Duration pause = politeDelay(uri);
      Step step;
      boolean again = false;
      try {
        inFlight.acquire();
        try {
          step = interpret(transport.exchange(requestFor(uri, target)), target);
        } finally {
          inFlight.release();
        }
        if (step.retryAfter() != null) {
          pause = longer(pause, shorter(step.retryAfter(), backoff.max()));
        }
        if (step.retriable() && tries < config.maxAttempts() && !Thread.currentThread().isInterrupted()) {
          if (step.retryAfter() == null) {
            pause = longer(pause, backoff.afterFailure(tries));
            again = true;
          } else if (step.retryAfter().compareTo(backoff.max()) <= 0) {
            again = true;
          } else {
            step = step.withReason(step.reason() + "; asked to retry after "
                + step.retryAfter().toSeconds() + " s, more than max-backoff");
          }
        }
      } finally {
        hosts.leave(host, pause);
      }
      if (!again) {
        return tries > 1 ? step.withReason(step.reason() == null ? null
            : step.reason() + " (after " + tries + " tries)") : step;
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

  private TransportRequest requestFor(URI uri, Target target) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", target.expected().acceptHeader());
    headers.put("Accept-Encoding", ACCEPT_ENCODING);
    if (target.etag() != null && !target.etag().isBlank()) {
      headers.put("If-None-Match", target.etag());
    }
    if (target.lastModified() != null && !target.lastModified().isBlank()) {
      headers.put("If-Modified-Since", target.lastModified());
    }
    int limit = target.robotsTxt() ? Math.min(maxBodyBytes, RobotsCache.MAX_ROBOTS_BYTES) : maxBodyBytes;
    return new TransportRequest(
        uri,
        headers,
        limit,
        target.robotsTxt(),
        head -> head.status() >= 200 && head.status() < 300
            && target.expected().accepts(head.mediaType()));
  }

  private Step interpret(Exchange exchange, Target target) {
    if (exchange.hasFailed()) {
      return Step.failure(exchange.failure(), null, exchange.reason(), exchange.retriable(), null);
    }
    ResponseHead head = exchange.head();
    int status = head.status();
    if (status == 304) {
      return new Step(FetchOutcome.NOT_MODIFIED, head, null, null, false, null, null,
          head.header("ETag").orElse(target.etag()),
          head.header("Last-Modified").orElse(target.lastModified()));
    }
    if (status >= 300 && status < 400) {
      Optional<String> location = head.header("Location");
      if (location.isEmpty()) {
        return Step.failure(FetchOutcome.INVALID, head, "HTTP " + status + " without a Location", false, null);
      }
      return new Step(null, head, null, null, false, null, location.get(), null, null);
    }
    if (status >= 200 && status < 300) {
      return body(exchange, target);
    }
    if (status >= 400 && status < 500) {
      boolean retriable = status == 408 || status == 429;
      return Step.failure(FetchOutcome.HTTP_4XX, head, "HTTP " + status, retriable,
          status == 429 ? retryAfter(head) : null);
    }
    if (status >= 500) {
      boolean retriable = status != 501 && status != 505;
      return Step.failure(FetchOutcome.HTTP_5XX, head, "HTTP " + status, retriable,
          status == 503 ? retryAfter(head) : null);
    }
    return Step.failure(FetchOutcome.INVALID, head, "unexpected HTTP " + status, false, null);
  }

  private Step body(Exchange exchange, Target target) {
    ResponseHead head = exchange.head();
    if (!target.expected().accepts(head.mediaType())) {
      return Step.failure(FetchOutcome.NOT_HTML, head,
          "content type " + head.mediaType() + " is not " + describe(target.expected()), false, null);
    }
    int limit = target.robotsTxt() ? Math.min(maxBodyBytes, RobotsCache.MAX_ROBOTS_BYTES) : maxBodyBytes;
    if (exchange.bodyState() == Exchange.BodyState.OVERSIZE && !target.robotsTxt()) {
      return Step.failure(FetchOutcome.TOO_LARGE, head, "body longer than " + limit + " bytes", false, null);
    }
    String encoding = head.header("Content-Encoding").orElse(null);
    ContentDecoder.Decoded decoded;
    try {
      decoded = ContentDecoder.decode(exchange.body(), encoding, limit, target.robotsTxt());
    } catch (ContentDecoder.UnknownCodingException e) {
      return Step.failure(FetchOutcome.INVALID, head, e.getMessage(), false, null);
    } catch (IOException e) {
      return Step.failure(FetchOutcome.INVALID, head,
          "body is not valid " + encoding + ": " + e.getMessage(), false, null);
    }
    if (decoded.oversize() && !target.robotsTxt()) {
      return Step.failure(FetchOutcome.TOO_LARGE, head,
          "body longer than " + limit + " bytes once decoded from " + encoding, false, null);
    }
    return new Step(FetchOutcome.OK, head, decoded.bytes(), null, false, null, null,
        head.header("ETag").orElse(null), head.header("Last-Modified").orElse(null));
  }

  private Duration retryAfter(ResponseHead head) {
    return head.header("Retry-After")
        .flatMap(v -> Backoff.retryAfter(v, time.now()))
        .orElse(null);
  }

  private static String describe(ExpectedContent expected) {
    switch (expected) {
      case HTML:
        return "HTML or XHTML";
      case XML_OR_TEXT:
        return "XML or text";
      default:
        return "acceptable";
    }
  }

  private FetchResult failed(
      Target target, URI uri, FetchOutcome outcome, Integer status, String reason, long started) {
    return new FetchResult(target.url(), uri.toString(), outcome, status, null, null, null, null,
        null, reason, tookMs(started));
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

  /**
   * How one try ended: an outcome (with the response head and body when there was one), or a
   * redirect to follow ({@code location} set, {@code outcome} null).
   */
  private record Step(
      FetchOutcome outcome,
      ResponseHead head,
      byte[] body,
      String reason,
      boolean retriable,
      Duration retryAfter,
      String location,
      String etag,
      String lastModified) {

    static Step failure(
        FetchOutcome outcome, ResponseHead head, String reason, boolean retriable, Duration retryAfter) {
      return new Step(outcome, head, null, reason, retriable, retryAfter, null, null, null);
    }

    Integer status() {
      return head == null ? null : head.status();
    }

    Step withReason(String newReason) {
      return new Step(outcome, head, body, newReason, retriable, retryAfter, location, etag, lastModified);
    }

    FetchResult toResult(Target target, URI finalUri, long tookMs) {
      boolean ok = outcome == FetchOutcome.OK;
      return new FetchResult(
          target.url(),
          finalUri.toString(),
          outcome,
          status(),
          head == null ? null : head.header("Content-Type").orElse(null),
          ok ? head.charset() : null,
          ok ? body : null,
          etag,
          lastModified,
          reason,
          tookMs);
    }
  }
}
