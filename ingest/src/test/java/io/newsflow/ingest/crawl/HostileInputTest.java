package io.newsflow.ingest.crawl;

import static io.newsflow.ingest.testing.Articles.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.ingest.extract.NewsArticleExtractor;
import io.newsflow.ingest.source.SourceRecord;
import io.newsflow.ingest.testing.Articles;
import io.newsflow.ingest.testing.CrawlHarness;
import io.newsflow.ingest.testing.HostileContent;
import io.newsflow.ingest.testing.LocalSite;
import io.newsflow.ingest.testing.TestConfigs;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken input (generated here and by {@link HostileContent}, the corpus the pipeline
 * fault test HostileSourcesIT serves too) through the real fetcher and crawler against a local
 * server: each ends in a recorded outcome, never an exception, a hang or an OutOfMemoryError.
 * Timeouts are short (read-timeout 1 s, one try) to keep the corpus fast enough for CI.
 */
@Timeout(20)
class HostileInputTest {
  private static final String SOURCE = "http://ledger.example/hostile";
  private static final int MB = 1024 * 1024;

  private LocalSite site;
  private CrawlHarness harness;

  @BeforeEach
  void start() throws IOException {
    site = LocalSite.start();
    harness = new CrawlHarness(
        TestConfigs.config(Map.of("ingest.read-timeout", "1s"), List.of()),
        new NewsArticleExtractor());
  }

  @AfterEach
  void stop() {
    harness.close();
    site.close();
  }

  private FetchOutcome crawl(String path) {
    harness.crawler.crawl(SourceLink.of(site.url(path)), SOURCE);
    FetchOutcome outcome = harness.lastOutcome(site.url(path));
    assertThat(harness.fetchedCount(outcome)).as("counter of %s", outcome).isPositive();
    return outcome;
  }

  private FetchOutcome poll(String type, String path) {
    PollResult result = harness.poller.poll(
        SourceRecord.of(new SourceConfig(type, site.url(path), null), Instant.EPOCH));
    assertThat(result.sourcesFailed()).isEqualTo(1);
    return harness.lastOutcome(site.url(path));
  }

  private String lastReason(String path) {
    List<FetchStatus> about = harness.statuses().stream()
        .filter(s -> s.url().equals(site.url(path))).toList();
    return about.get(about.size() - 1).reason();
  }

  private void serve(String path, String contentType, byte[] body) {
    site.route(path, ex -> LocalSite.send(ex, 200, contentType, body));
  }

  private RawArticle onlyArticle() {
    assertThat(harness.articles()).hasSize(1);
    return harness.articles().get(0);
  }

  @Test
  void binaryDataServedAsHtmlIsNotHtml() {
    byte[] noise = new byte[256 * 1024];
    new Random(7).nextBytes(noise);
    serve("/noise", "text/html; charset=utf-8", noise);

    assertThat(crawl("/noise")).isEqualTo(FetchOutcome.NOT_HTML);
    assertThat(harness.articles()).isEmpty();
  }

  @Test
  void pageCutOffMidTagIsStillRead() {
    String full = page("Harbour dredging", "The dredger Marlow starts on Monday.",
        "Residents of the quay asked for quiet hours.");
    serve("/cut", "text/html; charset=utf-8",
        full.substring(0, full.indexOf("quiet") + 3).getBytes(StandardCharsets.UTF_8));

    assertThat(crawl("/cut")).isEqualTo(FetchOutcome.OK);
    assertThat(onlyArticle().text()).contains("dredger Marlow");
  }

  @Test
  void responseShorterThanItsContentLengthIsAConnectionError() {
    site.route("/short", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 100_000);
      OutputStream out = ex.getResponseBody();
      out.write(LocalSite.bytes("<html><body><p>Only the beginning"));
      out.flush();
      // The exchange closes with 99,966 bytes missing.
    });

    assertThat(crawl("/short")).isIn(FetchOutcome.CONNECTION_ERROR, FetchOutcome.TIMEOUT);
    assertThat(harness.articles()).isEmpty();
  }

  @Test
  void fiftyMegabytePageIsTooLarge() {
    site.route("/huge", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, 0); // chunked: no length announced
      byte[] chunk = LocalSite.bytes("<p>" + "filler ".repeat(9360) + "</p>\n");
      try (OutputStream out = ex.getResponseBody()) {
        for (long sent = 0; sent < 50L * MB; sent += chunk.length) {
          out.write(chunk);
        }
      }
    });

    assertThat(crawl("/huge")).isEqualTo(FetchOutcome.TOO_LARGE);
  }

  @Test
  void gzipBombIsTooLarge() {
    byte[] bomb = HostileContent.gzipBomb(200);
    site.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalSite.send(ex, 200, "text/html", bomb);
    });

    assertThat(crawl("/bomb")).isEqualTo(FetchOutcome.TOO_LARGE);
  }

  @Test
  void articleUnderAHundredThousandNestedElementsIsPublished() {
    serve("/deep", "text/html; charset=utf-8", LocalSite.bytes(HostileContent.deeplyNestedPage(
        100_000, "The town well", "The council of Tessaly voted on Monday to restore the old "
            + "town well, dry since the floods of last summer, the mayor said.",
        "Engineers of the regional water board start in April and expect to finish before the "
            + "harvest festival in September.")));

    assertThat(crawl("/deep")).isEqualTo(FetchOutcome.OK);
    assertThat(onlyArticle().text()).contains("restore the old town well");
  }

  @Test
  void windows1252PageIsDecodedByItsHeader() {
    serve("/cafe", "text/html; charset=windows-1252",
        page("Caf\u00e9 reopens", "The caf\u00e9 on Quay Street reopens \u2013 with cr\u00eapes.")
            .getBytes(Charset.forName("windows-1252")));

    assertThat(crawl("/cafe")).isEqualTo(FetchOutcome.OK);
    assertThat(onlyArticle().text()).contains("caf\u00e9", "\u2013", "cr\u00eapes");
  }

  @Test
  void shiftJisPageIsDecodedByItsMetaTag() {
    // "The new bridge of the harbour opens on Monday." and two more sentences, in Japanese.
    String sentence = "\u6e2f\u306e\u65b0\u3057\u3044\u6a4b\u306f\u6708\u66dc\u65e5\u306b"
        + "\u958b\u304d\u307e\u3059\u3002\u5e02\u9577\u306f\u5f0f\u5178\u306b"
        + "\u51fa\u5e2d\u3059\u308b\u4e88\u5b9a\u3067\u3059\u3002";
    String html = page("\u6e2f\u306e\u65b0\u3057\u3044\u6a4b", sentence.repeat(3),
            sentence.repeat(2), sentence.repeat(4))
        .replace("<meta charset=\"utf-8\">", "<meta charset=\"Shift_JIS\">");
    serve("/sjis", "text/html", html.getBytes(Charset.forName("Shift_JIS")));

    assertThat(crawl("/sjis")).isEqualTo(FetchOutcome.OK);
    assertThat(onlyArticle().text()).contains("\u6708\u66dc\u65e5");
  }

  @Test
  void pageMislabelledAsUtf8IsStillPublished() {
    serve("/mislabelled", "text/html; charset=utf-8",
        page("Caf\u00e9 reopens", "The caf\u00e9 on Quay Street reopens.")
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThat(crawl("/mislabelled")).isEqualTo(FetchOutcome.OK);
    assertThat(onlyArticle().text()).contains("Quay Street reopens");
  }

  @Test
  void unknownCharsetNameFallsBackToDetection() {
    serve("/klingon", "text/html; charset=x-klingon-8",
        page("Harbour news", "The harbour is calm today, said the harbour master Ida Renn.",
            "Fishing boats left at dawn and came back before the afternoon wind rose.",
            "The ferry to Cobble Island runs on its summer timetable from next week.")
            .getBytes(StandardCharsets.UTF_8));

    assertThat(crawl("/klingon")).isEqualTo(FetchOutcome.OK);
    assertThat(onlyArticle().text()).contains("The harbour is calm today");
  }

  @Test
  void emptyBodyIsNotAnArticle() {
    serve("/empty", "text/html", new byte[0]);

    assertThat(crawl("/empty")).isEqualTo(FetchOutcome.NOT_ARTICLE);
  }

  @Test
  void redirectLoopIsTooManyRedirects() {
    site.route("/loop", ex -> {
      ex.getResponseHeaders().set("Location", "/loop?again");
      LocalSite.send(ex, 301, null, new byte[0]);
    });

    assertThat(crawl("/loop")).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
  }

  @Test
  void slowDripServerTimesOut() {
    site.route("/drip", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      try {
        for (int i = 0; i < 200; i++) { // 20 s at most, far past the 1 s read timeout
          out.write('<');
          out.flush();
          Thread.sleep(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    long started = System.nanoTime();

    assertThat(crawl("/drip")).isEqualTo(FetchOutcome.TIMEOUT);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
  }

  @Test
  void serverThatSpeaksNoHttpIsAConnectionError() throws IOException {
    // Without robots.txt: an unreadable robots.txt would deny the page before it is asked for.
    try (ServerSocket raw = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        CrawlHarness noRobots = new CrawlHarness(
            TestConfigs.config(Map.of("ingest.read-timeout", "1s", "ingest.obey-robots", "false"),
                List.of()),
            new NewsArticleExtractor())) {
      Thread answer = new Thread(() -> {
        while (!raw.isClosed()) {
          try (Socket client = raw.accept()) {
            client.getOutputStream().write(LocalSite.bytes("SSH-2.0-OpenSSH_9.0\r\n"));
            client.getOutputStream().flush();
          } catch (IOException e) {
            return; // the test is over
          }
        }
      });
      answer.setDaemon(true);
      answer.start();
      String url = "http://127.0.0.1:" + raw.getLocalPort() + "/article";

      noRobots.crawler.crawl(SourceLink.of(url), SOURCE);

      assertThat(noRobots.lastOutcome(url)).isIn(FetchOutcome.CONNECTION_ERROR,
          FetchOutcome.TIMEOUT);
    }
  }

  @Test
  void feedThatIsNotXmlIsInvalid() {
    serve("/feed.xml", "application/rss+xml", LocalSite.bytes("{\"not\": \"a feed\"}"));

    assertThat(poll(SourceConfig.FEED, "/feed.xml")).isEqualTo(FetchOutcome.INVALID);
  }

  @Test
  void feedWithAnEntityBombIsRefused() {
    serve("/bomb.xml", "application/rss+xml",
        LocalSite.bytes(HostileContent.billionLaughsFeed(site.url("/a"))));

    assertThat(poll(SourceConfig.FEED, "/bomb.xml")).isEqualTo(FetchOutcome.INVALID);
    assertThat(lastReason("/bomb.xml")).contains("refused a DOCTYPE with an internal subset");
  }

  @Test
  void feedWithAnExternalEntityIsRefusedWithoutRequestingIt() {
    serve("/xxe.xml", "application/rss+xml",
        LocalSite.bytes(HostileContent.externalEntityFeed(site.url("/secret"), site.url("/a"))));

    assertThat(poll(SourceConfig.FEED, "/xxe.xml")).isEqualTo(FetchOutcome.INVALID);
    assertThat(lastReason("/xxe.xml")).contains("refused a DOCTYPE with an internal subset");
    assertThat(site.hits("/secret")).isZero();
  }

  @Test
  void feedNamingAnExternalDtdIsReadWithoutLoadingIt() {
    site.page("/a", page("Harbour dredging", "The dredger Marlow starts on Monday.",
        "Residents of the quay asked for quiet hours."));
    serve("/dtd.xml", "application/rss+xml",
        LocalSite.bytes(HostileContent.externalDtdFeed(site.url("/evil.dtd"), site.url("/a"))));

    harness.poller.poll(SourceRecord.of(
        new SourceConfig(SourceConfig.FEED, site.url("/dtd.xml"), null), Instant.EPOCH));

    assertThat(harness.lastOutcome(site.url("/dtd.xml"))).isEqualTo(FetchOutcome.OK);
    assertThat(onlyArticle().text()).contains("dredger Marlow");
    assertThat(site.hits("/evil.dtd")).isZero();
  }

  @Test
  void truncatedFeedIsReadAsFarAsItGoesOrInvalid() {
    String feed = Articles.rss(site.url("/a"), site.url("/b"));
    serve("/cut.xml", "application/rss+xml",
        LocalSite.bytes(feed.substring(0, feed.length() / 2)));

    PollResult result = harness.poller.poll(
        SourceRecord.of(new SourceConfig(SourceConfig.FEED, site.url("/cut.xml"), null),
            Instant.EPOCH));

    FetchOutcome outcome = harness.statuses().stream()
        .filter(s -> s.url().equals(site.url("/cut.xml"))).findFirst().orElseThrow().outcome();
    assertThat(outcome).isIn(FetchOutcome.OK, FetchOutcome.INVALID);
    assertThat(result.sources()).isEqualTo(1);
  }

  @Test
  void sitemapOfBinaryNoiseIsInvalid() {
    byte[] noise = new byte[64 * 1024];
    new Random(11).nextBytes(noise);
    serve("/sitemap.xml", "application/xml", noise);

    assertThat(poll(SourceConfig.SITEMAP, "/sitemap.xml")).isEqualTo(FetchOutcome.INVALID);
  }

  @Test
  void sitemapServedAsAnHtmlPageIsInvalid() {
    serve("/sitemap.xml", "text/html", LocalSite.bytes(page("Site map", "Links below.")));

    assertThat(poll(SourceConfig.SITEMAP, "/sitemap.xml")).isEqualTo(FetchOutcome.INVALID);
  }

  @Test
  void sitemapWithAnEntityBombIsRefused() {
    serve("/sitemap.xml", "application/xml",
        LocalSite.bytes(HostileContent.billionLaughsSitemap(site.url("/a"))));

    assertThat(poll(SourceConfig.SITEMAP, "/sitemap.xml")).isEqualTo(FetchOutcome.INVALID);
    assertThat(lastReason("/sitemap.xml")).contains("refused a DOCTYPE with an internal subset");
  }

  @Test
  void sitemapWithAnExternalEntityIsRefusedWithoutRequestingIt() {
    serve("/sitemap.xml", "application/xml", LocalSite.bytes(
        HostileContent.externalEntitySitemap(site.url("/secret"), site.url("/a"))));

    assertThat(poll(SourceConfig.SITEMAP, "/sitemap.xml")).isEqualTo(FetchOutcome.INVALID);
    assertThat(site.hits("/secret")).isZero();
  }

  @Test
  void sitemapGzipBombSentAsContentEncodingIsTooLarge() {
    byte[] bomb = HostileContent.gzipBomb(200);
    site.route("/sitemap.xml", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalSite.send(ex, 200, "application/xml", bomb);
    });

    assertThat(poll(SourceConfig.SITEMAP, "/sitemap.xml")).isEqualTo(FetchOutcome.TOO_LARGE);
  }

  @Test
  void gzipSitemapFileInflatingPastTheBodyLimitIsTooLarge() {
    harness.close();
    harness = new CrawlHarness(TestConfigs.config(
        Map.of("ingest.read-timeout", "1s", "ingest.max-body-bytes", String.valueOf(MB)),
        List.of()), new NewsArticleExtractor());
    serve("/sitemap.xml.gz", "application/gzip", HostileContent.gzipBomb(64));

    assertThat(poll(SourceConfig.SITEMAP, "/sitemap.xml.gz")).isEqualTo(FetchOutcome.TOO_LARGE);
    assertThat(lastReason("/sitemap.xml.gz"))
        .contains("gzip sitemap inflates beyond the limit of " + MB + " bytes");
  }

  @Test
  void hugeSitemapYieldsNoMoreThanTheLinkLimit() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><urlset"
        + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < 50_000; i++) {
      xml.append("<url><loc>").append(site.url("/2026/03/10/story-" + i)).append("</loc></url>");
    }
    serve("/sitemap.xml", "application/xml", LocalSite.bytes(xml.append("</urlset>").toString()));
    site.route("/robots.txt", ex -> LocalSite.send(ex, 200, "text/plain",
        LocalSite.bytes("User-agent: *\nDisallow: /2026/\n")));

    PollResult result = harness.poller.poll(
        SourceRecord.of(new SourceConfig(SourceConfig.SITEMAP, site.url("/sitemap.xml"), null),
            Instant.EPOCH));

    assertThat(result.links()).isEqualTo(harness.config.ingest().maxLinksPerSource());
    assertThat(harness.fetchedCount(FetchOutcome.ROBOTS_DENIED)).isEqualTo(result.links());
  }
}
