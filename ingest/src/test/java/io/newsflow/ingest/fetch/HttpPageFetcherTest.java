package io.newsflow.ingest.fetch;

import static io.newsflow.ingest.fetch.TestServer.html;
import static io.newsflow.ingest.fetch.TestServer.inTurn;
import static io.newsflow.ingest.fetch.TestServer.redirect;
import static io.newsflow.ingest.fetch.TestServer.send;
import static io.newsflow.ingest.fetch.TestServer.status;
import static io.newsflow.ingest.fetch.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import io.newsflow.core.status.FetchOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// A hung fetch fails its test instead of the CI run.
@Timeout(30)
class HttpPageFetcherTest {
  private static final String ARTICLE =
      "<!doctype html><html><head><title>Larkspur Bay council approves night ferry</title></head>"
          + "<body><article><h1>Larkspur Bay council approves night ferry</h1>"
          + "<p>The harbour council of the fictional town of Larkspur Bay voted 7 to 2 on Tuesday"
          + " to run a night ferry to Cobble Island, said councillor Marta Vell.</p></article>"
          + "</body></html>";
  private static final int MB = 1024 * 1024;

  private final FakeTime clock = new FakeTime();
  private final TestConfig config = new TestConfig();
  private TestServer server;
  private TestConfig.Harness harness;

  @BeforeEach
  void startServer() throws IOException {
    server = TestServer.start(clock::nanoTime);
  }

  @AfterEach
  void stop() {
    if (harness != null) {
      assertThat(harness.transport.refused()).as("requests to non-loopback addresses").isEmpty();
      harness.close();
    }
    server.close();
  }

  private TestConfig.Harness fetcher() {
    harness = new TestConfig.Harness(config.build(), clock, HostResolver.SYSTEM);
    return harness;
  }

  private TestConfig.Harness fetcher(HostResolver resolver) {
    harness = new TestConfig.Harness(config.build(), clock, resolver);
    return harness;
  }

  private static List<Duration> gaps(List<TestServer.Seen> requests) {
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < requests.size(); i++) {
      gaps.add(Duration.ofNanos(requests.get(i).atNanos() - requests.get(i - 1).atNanos()));
    }
    return gaps;
  }

  // --- the request -------------------------------------------------------------------------

  @Test
  void sendsAUserAgentNamingTheProductAndAContactUrl() {
    server.route("/news/ferry", html(ARTICLE));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(server.requestsTo("/news/ferry"))
        .singleElement()
        .satisfies(r -> assertThat(r.header("User-Agent")).isEqualTo(TestConfig.USER_AGENT));
    assertThat(TestConfig.USER_AGENT).contains("Newsflow").contains("https://");
  }

  @Test
  void asksForHtmlAndForGzipOrDeflate() {
    server.route("/news/ferry", html(ARTICLE));
    fetcher().fetch(server.url("/news/ferry"));
    TestServer.Seen request = server.requestsTo("/news/ferry").get(0);
    assertThat(request.header("Accept")).startsWith("text/html");
    assertThat(request.header("Accept-Encoding")).isEqualTo("gzip, deflate");
  }

  @Test
  void anOkResultCarriesTheBodyTheContentTypeAndTheFinalUrl() {
    server.route("/news/ferry", html(ARTICLE));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.ok()).isTrue();
    assertThat(result.status()).isEqualTo(200);
    assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
    assertThat(result.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(result.finalUrl()).isEqualTo(server.url("/news/ferry"));
    assertThat(result.reason()).isNull();
  }

  // --- robots.txt --------------------------------------------------------------------------

  @Test
  void aPageDisallowedByRobotsTxtIsNotRequested() {
    server.route("/robots.txt", text(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.route("/private/memo", html(ARTICLE));
    FetchResult result = fetcher().fetch(server.url("/private/memo"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.ROBOTS_DENIED);
    assertThat(result.reason()).contains("robots.txt");
    assertThat(server.paths()).containsExactly("/robots.txt");
  }

  @Test
  void robotsRulesForOurAgentNameApply() {
    server.route(
        "/robots.txt",
        text(200, "text/plain", "User-agent: newsflow\nDisallow: /\n\nUser-agent: *\nAllow: /\n"));
    server.route("/news/ferry", html(ARTICLE));
    assertThat(fetcher().fetch(server.url("/news/ferry")).outcome())
        .isEqualTo(FetchOutcome.ROBOTS_DENIED);
  }

  @Test
  void robotsTxtIsFetchedOncePerHostWhileFresh() {
    server.route("/robots.txt", text(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.route("/a", html(ARTICLE)).route("/b", html(ARTICLE));
    TestConfig.Harness h = fetcher();
    h.fetch(server.url("/a"));
    h.fetch(server.url("/b"));
    h.fetch(server.url("/private/c"));
    assertThat(server.paths()).containsExactly("/robots.txt", "/a", "/b");
  }

  @Test
  void robotsTxtIsFetchedAgainOnceItsTtlHasPassed() {
    config.robotsTtl = Duration.ofHours(1);
    server.route("/robots.txt", text(200, "text/plain", "User-agent: *\nAllow: /\n"));
    server.route("/a", html(ARTICLE));
    TestConfig.Harness h = fetcher();
    h.fetch(server.url("/a"));
    clock.advance(Duration.ofMinutes(61));
    h.fetch(server.url("/a"));
    assertThat(server.paths()).containsExactly("/robots.txt", "/a", "/robots.txt", "/a");
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() {
    server.route("/robots.txt", status(404));
    server.route("/news/ferry", html(ARTICLE));
    assertThat(fetcher().fetch(server.url("/news/ferry")).outcome()).isEqualTo(FetchOutcome.OK);
  }

  @Test
  void aForbiddenRobotsTxtAllowsEverything() {
    server.route("/robots.txt", status(403));
    server.route("/news/ferry", html(ARTICLE));
    assertThat(fetcher().fetch(server.url("/news/ferry")).outcome()).isEqualTo(FetchOutcome.OK);
  }

  @Test
  void aFailingRobotsTxtDisallowsThePageForNowAndSaysSo() {
    config.maxAttempts = 1;
    server.route("/robots.txt", status(500));
    server.route("/news/ferry", html(ARTICLE));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.ROBOTS_DENIED);
    assertThat(result.reason()).contains("unreachable").contains("HTTP 500").contains("for now");
    assertThat(server.paths()).containsExactly("/robots.txt");
  }

  @Test
  void anUnreachableRobotsTxtIsAskedForAgainAfterAFewMinutes() {
    config.maxAttempts = 1;
    server.route("/robots.txt", inTurn(status(503), text(200, "text/plain", "User-agent: *\n")));
    server.route("/news/ferry", html(ARTICLE));
    TestConfig.Harness h = fetcher();
    assertThat(h.fetch(server.url("/news/ferry")).outcome()).isEqualTo(FetchOutcome.ROBOTS_DENIED);
    clock.advance(Duration.ofMinutes(6));
    assertThat(h.fetch(server.url("/news/ferry")).outcome()).isEqualTo(FetchOutcome.OK);
  }

  @Test
  void robotsTxtIsIgnoredWhenObeyRobotsIsOff() {
    config.obeyRobots = false;
    server.route("/robots.txt", text(200, "text/plain", "User-agent: *\nDisallow: /\n"));
    server.route("/news/ferry", html(ARTICLE));
    assertThat(fetcher().fetch(server.url("/news/ferry")).outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(server.paths()).containsExactly("/news/ferry");
  }

  @Test
  void sitemapsNamedInRobotsTxtAreListed() {
    server.route(
        "/robots.txt",
        text(
            200,
            "text/plain",
            "User-agent: *\nAllow: /\nSitemap: "
                + server.url("/sitemap-news.xml")
                + "\nSitemap: https://cdn.larkspur-gazette.example/sitemap.xml.gz\n"));
    List<String> sitemaps = fetcher().fetcher.sitemapsOf(server.url("/news/ferry"));
    assertThat(sitemaps)
        .containsExactly(
            server.url("/sitemap-news.xml"), "https://cdn.larkspur-gazette.example/sitemap.xml.gz");
  }

  // --- politeness --------------------------------------------------------------------------

  @Test
  void requestsToOneHostAreSpacedByTheHostDelay() {
    config.hostDelay = Duration.ofSeconds(2);
    server.route("/a", html(ARTICLE)).route("/b", html(ARTICLE)).route("/c", html(ARTICLE));
    TestConfig.Harness h = fetcher();
    h.fetch(server.url("/a"));
    h.fetch(server.url("/b"));
    h.fetch(server.url("/c"));
    assertThat(server.paths()).containsExactly("/robots.txt", "/a", "/b", "/c");
    assertThat(gaps(server.requests()))
        .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void aCrawlDelayLongerThanTheHostDelayWins() {
    config.hostDelay = Duration.ofSeconds(1);
    server.route("/robots.txt", text(200, "text/plain", "User-agent: *\nCrawl-delay: 5\n"));
    server.route("/a", html(ARTICLE)).route("/b", html(ARTICLE)).route("/c", html(ARTICLE));
    TestConfig.Harness h = fetcher();
    h.fetch(server.url("/a"));
    h.fetch(server.url("/b"));
    h.fetch(server.url("/c"));
    assertThat(gaps(server.requests()))
        .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(5)));
  }

  @Test
  void aHugeCrawlDelayIsCappedAtMaxCrawlDelay() {
    config.maxCrawlDelay = Duration.ofSeconds(10);
    server.route("/robots.txt", text(200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n"));
    server.route("/a", html(ARTICLE)).route("/b", html(ARTICLE));
    TestConfig.Harness h = fetcher();
    assertThat(h.fetch(server.url("/a")).outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(h.fetch(server.url("/b")).outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(gaps(server.requests()))
        .allSatisfy(gap -> assertThat(gap).isEqualTo(Duration.ofSeconds(10)));
  }

  @Test
  void oneHostGetsOneRequestAtATime() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    HttpHandler slow = counting(inFlight, most, 1, 150);
    for (String p : List.of("/a", "/b", "/c", "/d")) {
      server.route(p, slow);
    }
    TestConfig.Harness h = fetcher();
    List<FetchResult> results =
        inParallel(
            List.of(
                () -> h.fetch(server.url("/a")), () -> h.fetch(server.url("/b")),
                () -> h.fetch(server.url("/c")), () -> h.fetch(server.url("/d"))));
    assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(FetchOutcome.OK));
    assertThat(most.get()).isEqualTo(1);
  }

  @Test
  void noMoreThanConcurrencyRequestsAreInFlightOverAllHosts() throws Exception {
    config.concurrency = 2;
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<TestServer> hosts = new ArrayList<>();
    try {
      for (String address : List.of("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5")) {
        hosts.add(
            TestServer.startOn(address, clock::nanoTime)
                .route("/a", counting(inFlight, most, 2, 200)));
      }
      TestConfig.Harness h = fetcher();
      List<Callable<FetchResult>> calls = new ArrayList<>();
      for (TestServer host : hosts) {
        calls.add(() -> h.fetch(host.url("/a")));
      }
      List<FetchResult> results = inParallel(calls);
      assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(FetchOutcome.OK));
      assertThat(most.get()).isEqualTo(2);
    } finally {
      hosts.forEach(TestServer::close);
    }
  }

  /**
   * Counts requests in flight. Each waits (up to 3 s) until {@code expected} are in flight at once,
   * then lingers {@code lingerMillis} more, so that too many in flight cannot go unseen and the
   * expected overlap does not depend on scheduling luck.
   */
  private static HttpHandler counting(
      AtomicInteger inFlight, AtomicInteger most, int expected, long lingerMillis) {
    return ex -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (most.get() < expected && System.nanoTime() < giveUp) {
          Thread.sleep(5);
        }
        Thread.sleep(lingerMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.decrementAndGet();
      }
      send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
    };
  }


  private static List<FetchResult> inParallel(List<Callable<FetchResult>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<FetchResult> results = new ArrayList<>();
      for (Future<FetchResult> f : pool.invokeAll(calls)) {
        results.add(f.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  // --- conditional requests ----------------------------------------------------------------

  @Test
  void aConditionalRequestSendsTheValidatorsAndEndsAsNotModified() {
    String lastModified = "Tue, 13 May 2031 08:00:00 GMT";
    server.route(
        "/news/ferry",
        ex -> {
          if ("\"v7\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            send(ex, 304, null, new byte[0]);
          } else {
            send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
          }
        });
    FetchResult result =
        fetcher()
            .fetcher
            .fetch(
                FetchRequest.of(server.url("/news/ferry")).withValidators("\"v7\"", lastModified));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
    assertThat(result.status()).isEqualTo(304);
    assertThat(result.etag()).isEqualTo("\"v7\"");
    assertThat(result.lastModified()).isEqualTo(lastModified);
    assertThat(result.body()).isEmpty();
    assertThat(server.requestsTo("/news/ferry").get(0).header("If-Modified-Since"))
        .isEqualTo(lastModified);
  }

  @Test
  void theValidatorsOfAnOkResponseAreReturned() {
    server.route(
        "/news/ferry",
        ex -> {
          ex.getResponseHeaders().set("ETag", "\"v8\"");
          ex.getResponseHeaders().set("Last-Modified", "Wed, 14 May 2031 07:00:00 GMT");
          send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.etag()).isEqualTo("\"v8\"");
    assertThat(result.lastModified()).isEqualTo("Wed, 14 May 2031 07:00:00 GMT");
  }

  // --- retries -----------------------------------------------------------------------------

  @Test
  void a503WithRetryAfterIsTriedAgainAfterThatDelay() {
    server.route("/news/ferry", inTurn(status(503, "Retry-After", "7"), html(ARTICLE)));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(gaps(server.requestsTo("/news/ferry"))).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void a429WithRetryAfterIsTriedAgainAfterThatDelay() {
    server.route("/news/ferry", inTurn(status(429, "Retry-After", "12"), html(ARTICLE)));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(gaps(server.requestsTo("/news/ferry"))).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void aRetryAfterLongerThanMaxBackoffEndsTheFetchAtOnce() {
    config.maxBackoff = Duration.ofSeconds(30);
    server.route("/news/ferry", status(429, "Retry-After", "3600"));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.HTTP_4XX);
    assertThat(result.status()).isEqualTo(429);
    assertThat(result.reason()).contains("retry after 3600 s");
    assertThat(server.requestsTo("/news/ferry")).hasSize(1);
  }

  @Test
  void a5xxIsTriedUpToMaxAttemptsWithExponentialBackoff() {
    config.maxAttempts = 3;
    config.initialBackoff = Duration.ofSeconds(2);
    server.route("/news/ferry", status(502));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.HTTP_5XX);
    assertThat(result.status()).isEqualTo(502);
    assertThat(result.reason()).contains("3 tries");
    // Full jitter drawn at 0.5: half of 2 s, then half of 4 s.
    assertThat(gaps(server.requestsTo("/news/ferry")))
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void a404IsNotTriedAgain() {
    server.route("/news/gone", status(404));
    FetchResult result = fetcher().fetch(server.url("/news/gone"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.HTTP_4XX);
    assertThat(result.status()).isEqualTo(404);
    assertThat(server.requestsTo("/news/gone")).hasSize(1);
  }

  @Test
  void aRefusedConnectionEndsAsConnectionErrorAfterTheTries() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = closed.getLocalPort();
    }
    config.obeyRobots = false;
    FetchResult result = fetcher().fetch("http://127.0.0.1:" + port + "/news/ferry");
    assertThat(result.outcome()).isEqualTo(FetchOutcome.CONNECTION_ERROR);
    assertThat(result.status()).isNull();
    assertThat(harness.transport.sent()).hasSize(3);
  }

  // --- redirects ---------------------------------------------------------------------------

  @Test
  void aRedirectChainIsFollowedToTheFinalUrl() {
    server.route("/old", redirect(301, "/moved"));
    server.route("/moved", redirect(302, server.url("/news/ferry?edition=2")));
    server.route("/news/ferry?edition=2", html(ARTICLE));
    FetchResult result = fetcher().fetch(server.url("/old"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(result.url()).isEqualTo(server.url("/old"));
    assertThat(result.finalUrl()).isEqualTo(server.url("/news/ferry?edition=2"));
  }

  @Test
  void aRedirectLoopEndsAsTooManyRedirects() {
    server.route("/a", redirect(302, "/b"));
    server.route("/b", redirect(302, "/a"));
    FetchResult result = fetcher().fetch(server.url("/a"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
    assertThat(server.paths()).containsExactly("/robots.txt", "/a", "/b");
  }

  @Test
  void moreRedirectsThanMaxRedirectsEndAsTooManyRedirects() {
    config.maxRedirects = 2;
    server
        .route("/r1", redirect(301, "/r2"))
        .route("/r2", redirect(301, "/r3"))
        .route("/r3", redirect(301, "/r4"))
        .route("/r4", html(ARTICLE));
    FetchResult result = fetcher().fetch(server.url("/r1"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
    assertThat(server.paths()).doesNotContain("/r4");
  }

  @Test
  void aRedirectToAPrivateAddressIsBlockedWithoutContactingIt() {
    server.route("/story", redirect(302, "http://10.0.0.1/admin"));
    FetchResult result = fetcher().fetch(server.url("/story"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
    assertThat(result.reason()).contains("10.0.0.1").contains("private");
    assertThat(harness.transport.sent()).extracting(u -> u.getHost()).containsOnly("127.0.0.1");
  }

  @Test
  void aRedirectToTheCloudMetadataAddressIsBlockedWithoutContactingIt() {
    server.route("/story", redirect(307, "http://169.254.169.254/latest/meta-data/"));
    FetchResult result = fetcher().fetch(server.url("/story"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
    assertThat(result.reason()).contains("link-local");
    assertThat(harness.transport.sent()).extracting(u -> u.getHost()).containsOnly("127.0.0.1");
  }

  @Test
  void aRedirectToAHostNameResolvingToAPrivateAddressIsBlocked() {
    server.route("/story", redirect(302, "http://intranet.larkspur.test/"));
    FetchResult result =
        fetcher(tableResolver(Map.of("intranet.larkspur.test", "192.168.4.20")))
            .fetch(server.url("/story"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
    assertThat(harness.transport.sent()).extracting(u -> u.getHost()).containsOnly("127.0.0.1");
  }

  @Test
  void aRedirectToAnotherSchemeIsInvalid() {
    server.route("/story", redirect(302, "file:///etc/passwd"));
    FetchResult result = fetcher().fetch(server.url("/story"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.INVALID);
  }

  // --- the address guard -------------------------------------------------------------------

  @Test
  void loopbackIsRefusedWithoutAnAllowList() {
    config.allowAddresses = List.of();
    server.route("/news/ferry", html(ARTICLE));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
    assertThat(result.reason()).contains("loopback");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void nonPublicIpv4AndIpv6LiteralsAreRefusedWithoutAnAllowList() {
    config.allowAddresses = List.of();
    TestConfig.Harness h = fetcher();
    for (String url :
        List.of(
            "http://127.0.0.1/",
            "http://10.1.2.3/",
            "http://172.20.0.9/",
            "http://192.168.1.1/",
            "http://169.254.169.254/",
            "http://100.100.1.1/",
            "http://224.0.0.251/",
            "http://0.0.0.0/",
            "http://[::1]/",
            "http://[::]/",
            "http://[fe80::1]/",
            "http://[fd12:3456::1]/",
            "http://[ff02::1]/",
            "http://[::ffff:10.0.0.1]/",
            "http://[::ffff:127.0.0.1]:8080/")) {
      assertThat(h.fetch(url).outcome()).as(url).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
    }
    assertThat(h.transport.sent()).isEmpty();
  }

  @Test
  void aHostWithAnyPrivateAddressIsRefused() {
    FetchResult result =
        fetcher(tableResolver(Map.of("mixed.larkspur.test", "203.0.114.10,10.9.8.7")))
            .fetch("http://mixed.larkspur.test/news");
    assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
    assertThat(result.reason()).contains("10.9.8.7");
    assertThat(harness.transport.sent()).isEmpty();
  }

  @Test
  void anUnknownHostIsAConnectionError() {
    FetchResult result = fetcher(tableResolver(Map.of())).fetch("http://nowhere.larkspur.test/");
    assertThat(result.outcome()).isEqualTo(FetchOutcome.CONNECTION_ERROR);
    assertThat(result.reason()).contains("unknown host");
  }

  private static HostResolver tableResolver(Map<String, String> table) {
    return host -> {
      String addresses = table.get(host);
      if (addresses == null) {
        throw new java.net.UnknownHostException(host);
      }
      List<InetAddress> resolved = new ArrayList<>();
      for (String a : addresses.split(",")) {
        resolved.add(CidrRange.literal(a).orElseThrow());
      }
      return resolved.toArray(new InetAddress[0]);
    };
  }

  // --- bodies ------------------------------------------------------------------------------

  @Test
  void aGzipBodyIsDecoded() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
    }
    server.route("/news/ferry", encoded("gzip", gz.toByteArray()));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
  }

  @Test
  void aZlibDeflateBodyIsDecoded() throws IOException {
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(zlib)) {
      out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
    }
    server.route("/news/ferry", encoded("deflate", zlib.toByteArray()));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
  }

  @Test
  void aRawDeflateBodyIsDecoded() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try (DeflaterOutputStream out = new DeflaterOutputStream(raw, deflater)) {
      out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
    } finally {
      deflater.end();
    }
    server.route("/news/ferry", encoded("deflate", raw.toByteArray()));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
  }

  @Test
  void aBodyNotInItsDeclaredEncodingIsInvalid() {
    server.route("/news/ferry", encoded("gzip", ARTICLE.getBytes(StandardCharsets.UTF_8)));
    FetchResult result = fetcher().fetch(server.url("/news/ferry"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.INVALID);
    assertThat(result.reason()).contains("gzip");
  }

  private static HttpHandler encoded(String encoding, byte[] body) {
    return ex -> {
      ex.getResponseHeaders().set("Content-Encoding", encoding);
      send(ex, 200, "text/html; charset=utf-8", body);
    };
  }

  @Test
  void a50MegabyteBodyWithItsLengthDeclaredEndsAsTooLarge() {
    server.route("/huge", ex -> stream(ex, 50L * MB, true));
    FetchResult result = fetcher().fetch(server.url("/huge"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    assertThat(result.body()).isEmpty();
    assertThat(result.tookMs()).isLessThan(20_000);
  }

  @Test
  void a50MegabyteChunkedBodyIsCutAtTheLimitAndEndsAsTooLarge() {
    server.route("/huge", ex -> stream(ex, 50L * MB, false));
    FetchResult result = fetcher().fetch(server.url("/huge"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    assertThat(result.reason()).contains(String.valueOf(10 * MB));
    assertThat(result.tookMs()).isLessThan(20_000);
  }

  @Test
  void aBodyOfExactlyTheLimitIsKept() {
    config.maxBodyBytes = 64 * 1024;
    server.route("/exact", ex -> stream(ex, 64 * 1024, false));
    FetchResult result = fetcher().fetch(server.url("/exact"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(result.body()).hasSize(64 * 1024);
  }

  @Test
  void aGzipBombIsCutAtTheLimitOnceDecoded() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      byte[] zeros = new byte[MB];
      for (int i = 0; i < 50; i++) {
        out.write(zeros);
      }
    }
    assertThat(gz.size()).isLessThan(MB);
    server.route("/bomb", encoded("gzip", gz.toByteArray()));
    FetchResult result = fetcher().fetch(server.url("/bomb"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    assertThat(result.reason()).contains("decoded");
  }

  /** Writes {@code total} bytes of filler HTML, with Content-Length or chunked. */
  private static void stream(com.sun.net.httpserver.HttpExchange ex, long total, boolean declare)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/html");
    ex.sendResponseHeaders(200, declare ? total : 0);
    byte[] chunk = "<p>filler</p>\n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = ex.getResponseBody()) {
      long sent = 0;
      while (sent < total) {
        int n = (int) Math.min(chunk.length, total - sent);
        out.write(chunk, 0, n);
        sent += n;
      }
    }
  }

  @Test
  void binaryServedAsHtmlIsFetchedAsIs() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};
    server.route("/photo", ex -> send(ex, 200, "text/html", png));
    FetchResult result = fetcher().fetch(server.url("/photo"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(result.body()).isEqualTo(png);
  }

  @Test
  void anImageIsNotHtmlForAPage() {
    server.route("/photo.png", ex -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P'}));
    FetchResult result = fetcher().fetch(server.url("/photo.png"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.NOT_HTML);
    assertThat(result.reason()).contains("image/png");
    assertThat(result.body()).isEmpty();
  }

  @Test
  void aFeedPassesWhenXmlIsExpected() {
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Larkspur Gazette"
            + "</title></channel></rss>";
    server.route("/feed.xml", text(200, "application/rss+xml", rss));
    FetchResult result =
        fetcher()
            .fetcher
            .fetch(FetchRequest.of(server.url("/feed.xml"), ExpectedContent.XML_OR_TEXT));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(server.requestsTo("/feed.xml").get(0).header("Accept")).contains("rss+xml");
  }

  @Test
  void aFeedIsNotHtmlWhenAPageIsExpected() {
    server.route("/feed.xml", text(200, "application/rss+xml", "<rss/>"));
    assertThat(fetcher().fetch(server.url("/feed.xml")).outcome()).isEqualTo(FetchOutcome.NOT_HTML);
  }

  @Test
  void anEmptyBodyIsAnEmptyOkResult() {
    server.route("/empty", ex -> send(ex, 200, "text/html", new byte[0]));
    FetchResult result = fetcher().fetch(server.url("/empty"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(result.body()).isEmpty();
  }

  @Test
  void theCharsetOfTheContentTypeIsPassedOn() {
    server.route(
        "/latin",
        ex ->
            send(
                ex,
                200,
                "text/html; charset=\"ISO-8859-1\"",
                "<p>Caf\u00e9 de la Mar\u00e9e</p>".getBytes(StandardCharsets.ISO_8859_1)));
    FetchResult result = fetcher().fetch(server.url("/latin"));
    assertThat(result.charset()).isEqualTo("ISO-8859-1");
  }

  @Test
  void noCharsetIsPassedOnWhenTheHeaderNamesNone() {
    server.route(
        "/plain", ex -> send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8)));
    assertThat(fetcher().fetch(server.url("/plain")).charset()).isNull();
  }

  // --- time limits -------------------------------------------------------------------------

  @Test
  void aSlowDripBodyEndsAsTimeout() throws InterruptedException {
    config.connectTimeout = Duration.ofMillis(500);
    config.readTimeout = Duration.ofMillis(700);
    config.maxAttempts = 1;
    config.obeyRobots = false;
    CountDownLatch hungUp = new CountDownLatch(1);
    server.route(
        "/drip",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          try {
            while (System.nanoTime() < until) {
              out.write('.');
              out.flush();
              sleepQuietly(50);
            }
          } catch (IOException e) {
            hungUp.countDown();
            throw e;
          }
        });
    FetchResult result = fetcher().fetch(server.url("/drip"));
    assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
    assertThat(result.tookMs()).isLessThan(5_000);
    assertThat(hungUp.await(5, TimeUnit.SECONDS)).as("connection closed on timeout").isTrue();
  }

  @Test
  void headersDrippedForeverEndAsTimeout() throws Exception {
    config.connectTimeout = Duration.ofMillis(500);
    config.readTimeout = Duration.ofMillis(700);
    config.maxAttempts = 1;
    config.obeyRobots = false;
    try (ServerSocket raw = new ServerSocket()) {
      raw.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
      Thread dripper = new Thread(() -> dripHeaders(raw), "header-dripper");
      dripper.setDaemon(true);
      dripper.start();
      FetchResult result = fetcher().fetch("http://127.0.0.1:" + raw.getLocalPort() + "/news");
      assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
      assertThat(result.tookMs()).isLessThan(5_000);
    }
  }

  private static void dripHeaders(ServerSocket raw) {
    try (Socket socket = raw.accept()) {
      socket.getInputStream().read(new byte[8192]);
      OutputStream out = socket.getOutputStream();
      out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      for (int i = 0; System.nanoTime() < until; i++) {
        out.write(("X-Filler-" + i + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        sleepQuietly(50);
      }
    } catch (IOException e) {
      // the client hung up: the point of the test
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
