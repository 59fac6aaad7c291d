package io.newsflow.ingest.crawl;

import static io.newsflow.ingest.testing.Articles.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.article.ArticleId;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.testing.CrawlHarness;
import io.newsflow.ingest.testing.LocalSite;
import io.newsflow.ingest.testing.ParagraphExtractor;
import io.newsflow.ingest.testing.TestConfigs;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ArticleCrawlerTest {
  private static final String SOURCE = "http://ledger.example/feed";

  private LocalSite site;
  private CrawlHarness harness;

  @BeforeEach
  void start() throws IOException {
    site = LocalSite.start();
    harness = CrawlHarness.withDefaults();
  }

  @AfterEach
  void stop() {
    harness.close();
    site.close();
  }

  private CrawlOutcome crawl(String path) {
    return harness.crawler.crawl(SourceLink.of(site.url(path)), SOURCE);
  }

  private void serveFerryStory(String... paragraphs) {
    site.page("/2026/03/10/ferry", page("Night ferry approved", paragraphs));
  }

  @Test
  void newArticleIsPublishedAsVersionOne() {
    serveFerryStory("The Larkspur council approved a night ferry on Tuesday.");

    assertThat(crawl("/2026/03/10/ferry")).isEqualTo(CrawlOutcome.PUBLISHED);

    List<RawArticle> articles = harness.articles();
    assertThat(articles).hasSize(1);
    RawArticle article = articles.get(0);
    assertThat(article.version()).isEqualTo(1);
    assertThat(article.updated()).isFalse();
    assertThat(article.id()).isEqualTo(ArticleId.of(site.url("/2026/03/10/ferry")));
    assertThat(article.source()).isEqualTo(SOURCE);
    assertThat(article.title()).isEqualTo("Night ferry approved");
    assertThat(article.fetchedAt()).isEqualTo(harness.clock.instant());
    assertThat(harness.lastOutcome(site.url("/2026/03/10/ferry"))).isEqualTo(FetchOutcome.OK);
  }

  @Test
  void unchangedContentIsNotPublishedAgain() {
    serveFerryStory("The Larkspur council approved a night ferry on Tuesday.");
    crawl("/2026/03/10/ferry");
    harness.clock.advance(Duration.ofHours(2));
    // Same story, new markup around it: the content hash is the same.
    site.page("/2026/03/10/ferry",
        page("Night ferry approved", "The Larkspur council approved a night ferry on Tuesday.")
            .replace("<footer>", "<aside>Advert</aside><footer>"));

    assertThat(crawl("/2026/03/10/ferry")).isEqualTo(CrawlOutcome.UNCHANGED);

    assertThat(site.hits("/2026/03/10/ferry")).isEqualTo(2);
    assertThat(harness.articles()).hasSize(1);
    assertThat(harness.lastOutcome(site.url("/2026/03/10/ferry")))
        .isEqualTo(FetchOutcome.UNCHANGED);
  }

  @Test
  void changedContentIsPublishedAsVersionTwoMarkedUpdated() {
    serveFerryStory("The Larkspur council approved a night ferry on Tuesday.");
    crawl("/2026/03/10/ferry");
    harness.clock.advance(Duration.ofHours(2));
    serveFerryStory("The Larkspur council approved a night ferry on Tuesday.",
        "Update: the first crossing is set for April 2.");

    assertThat(crawl("/2026/03/10/ferry")).isEqualTo(CrawlOutcome.PUBLISHED);

    List<RawArticle> articles = harness.articles();
    assertThat(articles).extracting(RawArticle::version).containsExactly(1, 2);
    assertThat(articles).extracting(RawArticle::updated).containsExactly(false, true);
    assertThat(articles.get(1).id()).isEqualTo(articles.get(0).id());
    assertThat(articles.get(1).text()).contains("first crossing");
  }

  @Test
  void articleNotDueIsNotFetchedAgain() {
    serveFerryStory("The Larkspur council approved a night ferry on Tuesday.");
    crawl("/2026/03/10/ferry");
    harness.clock.advance(Duration.ofMinutes(5));

    assertThat(crawl("/2026/03/10/ferry")).isEqualTo(CrawlOutcome.NOT_DUE);

    assertThat(site.hits("/2026/03/10/ferry")).isEqualTo(1);
  }

  @Test
  void notModifiedResponseIsRecordedAndPublishesNothing() {
    site.withEtag("/2026/03/10/ferry", "text/html; charset=utf-8",
        page("Night ferry approved", "The Larkspur council approved a night ferry on Tuesday."));
    crawl("/2026/03/10/ferry");
    harness.clock.advance(Duration.ofHours(2));

    assertThat(crawl("/2026/03/10/ferry")).isEqualTo(CrawlOutcome.UNCHANGED);

    assertThat(harness.articles()).hasSize(1);
    assertThat(harness.lastOutcome(site.url("/2026/03/10/ferry")))
        .isEqualTo(FetchOutcome.NOT_MODIFIED);
    assertThat(harness.fetchedCount(FetchOutcome.NOT_MODIFIED)).isEqualTo(1);
  }

  @Test
  void twoUrlsOfOneArticleShareItsVersions() {
    String html =
        page("Night ferry approved", "The Larkspur council approved a night ferry on Tuesday.")
            .replace("<head>", "<head><link rel=\"canonical\" href=\"/2026/03/10/ferry\">");
    site.page("/2026/03/10/ferry", html);
    site.page("/amp/2026/03/10/ferry", html);

    crawl("/amp/2026/03/10/ferry");
    CrawlOutcome second = crawl("/2026/03/10/ferry");

    assertThat(second).isEqualTo(CrawlOutcome.UNCHANGED);
    assertThat(harness.articles()).hasSize(1);
    assertThat(harness.articles().get(0).canonicalUrl()).isEqualTo(site.url("/2026/03/10/ferry"));
  }

  @Test
  void fetchStateIsWrittenToTheStateTopic() {
    site.withEtag("/2026/03/10/ferry", "text/html; charset=utf-8",
        page("Night ferry approved", "The Larkspur council approved a night ferry on Tuesday."));

    crawl("/2026/03/10/ferry");

    assertThat(harness.stateRecords()).singleElement().satisfies(state -> {
      assertThat(state.url()).isEqualTo(site.url("/2026/03/10/ferry"));
      assertThat(state.version()).isEqualTo(1);
      assertThat(state.etag()).isNotBlank();
      assertThat(state.contentHash()).isEqualTo(harness.articles().get(0).contentHash());
      assertThat(state.lastOutcome()).isEqualTo(FetchOutcome.OK);
      assertThat(state.nextFetchAt()).isAfter(harness.clock.instant());
    });
  }

  @Test
  void paywalledArticleIsPublishedAndRecordedAsPaywalled() {
    site.page("/2026/03/10/budget",
        page("Budget leaked", "Only the first paragraph is free to read.")
            .replace("<head>", "<head><meta property=\"article:content_tier\" content=\"locked\">"));

    assertThat(crawl("/2026/03/10/budget")).isEqualTo(CrawlOutcome.PUBLISHED);

    assertThat(harness.articles().get(0).paywalled()).isTrue();
    assertThat(harness.lastOutcome(site.url("/2026/03/10/budget")))
        .isEqualTo(FetchOutcome.PAYWALLED);
  }

  @Test
  void pageWithoutArticleTextIsRecordedAsNotArticle() {
    site.page("/contact", "<html><head><title>Contact</title></head><body>Write to us</body></html>");

    assertThat(crawl("/contact")).isEqualTo(CrawlOutcome.FAILED);

    assertThat(harness.articles()).isEmpty();
    assertThat(harness.lastOutcome(site.url("/contact"))).isEqualTo(FetchOutcome.NOT_ARTICLE);
  }

  @Test
  void missingPageIsRecordedAsHttp4xx() {
    assertThat(crawl("/2026/03/10/gone")).isEqualTo(CrawlOutcome.FAILED);

    assertThat(harness.lastOutcome(site.url("/2026/03/10/gone"))).isEqualTo(FetchOutcome.HTTP_4XX);
    assertThat(harness.fetchedCount(FetchOutcome.HTTP_4XX)).isEqualTo(1);
  }

  @Test
  void serverErrorIsRecordedAsHttp5xxAndRetriedLater() {
    site.route("/2026/03/10/busy",
        ex -> LocalSite.send(ex, 503, "text/plain", LocalSite.bytes("busy")));

    crawl("/2026/03/10/busy");

    assertThat(harness.lastOutcome(site.url("/2026/03/10/busy"))).isEqualTo(FetchOutcome.HTTP_5XX);
    var state = harness.states.get(site.url("/2026/03/10/busy")).orElseThrow();
    assertThat(state.failures()).isEqualTo(1);
    assertThat(state.nextFetchAt()).isAfter(harness.clock.instant());
  }

  @Test
  void robotsDisallowedPageIsRecordedAsRobotsDenied() {
    site.route("/robots.txt", ex -> LocalSite.send(ex, 200, "text/plain",
        LocalSite.bytes("User-agent: *\nDisallow: /private/\n")));
    serveFerryStory("Never fetched.");
    site.page("/private/memo", page("Memo", "Never fetched."));

    crawl("/private/memo");

    assertThat(site.hits("/private/memo")).isZero();
    assertThat(harness.lastOutcome(site.url("/private/memo")))
        .isEqualTo(FetchOutcome.ROBOTS_DENIED);
  }

  @Test
  void imageIsRecordedAsNotHtml() {
    site.route("/photo.png", ex -> LocalSite.send(ex, 200, "image/png", new byte[] {1, 2, 3}));

    crawl("/photo.png");

    assertThat(harness.lastOutcome(site.url("/photo.png"))).isEqualTo(FetchOutcome.NOT_HTML);
  }

  @Test
  void redirectLoopIsRecordedAsTooManyRedirects() {
    site.route("/a", ex -> {
      ex.getResponseHeaders().set("Location", "/b");
      LocalSite.send(ex, 302, null, new byte[0]);
    });
    site.route("/b", ex -> {
      ex.getResponseHeaders().set("Location", "/a");
      LocalSite.send(ex, 302, null, new byte[0]);
    });

    crawl("/a");

    assertThat(harness.lastOutcome(site.url("/a"))).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
  }

  @Test
  void slowServerIsRecordedAsTimeout() throws IOException {
    try (CrawlHarness quick = new CrawlHarness(
        TestConfigs.config(Map.of("ingest.read-timeout", "500ms"), List.of()),
        new ParagraphExtractor())) {
      site.route("/slow", ex -> {
        try {
          Thread.sleep(3000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        LocalSite.send(ex, 200, "text/html", LocalSite.bytes("<p>late</p>"));
      });

      quick.crawler.crawl(SourceLink.of(site.url("/slow")), SOURCE);

      assertThat(quick.lastOutcome(site.url("/slow"))).isEqualTo(FetchOutcome.TIMEOUT);
    }
  }

  @Test
  void oversizedPageIsRecordedAsTooLarge() {
    try (CrawlHarness small = new CrawlHarness(
        TestConfigs.config(Map.of("ingest.max-body-bytes", "4096"), List.of()),
        new ParagraphExtractor())) {
      site.page("/long", page("Long read", "word ".repeat(5000)));

      small.crawler.crawl(SourceLink.of(site.url("/long")), SOURCE);

      assertThat(small.lastOutcome(site.url("/long"))).isEqualTo(FetchOutcome.TOO_LARGE);
    }
  }

  @Test
  void privateAddressIsRecordedAsBlockedAddress() {
    try (CrawlHarness strict = new CrawlHarness(
        TestConfigs.config(Map.of("ingest.allow-addresses", "127.0.0.1/32"), List.of()),
        new ParagraphExtractor())) {
      String elsewhere = "http://127.0.0.9:9/internal/admin";

      strict.crawler.crawl(SourceLink.of(elsewhere), SOURCE);

      assertThat(strict.lastOutcome(elsewhere)).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
    }
  }

  @Test
  void nonHttpLinkIsRecordedAsInvalid() {
    assertThat(harness.crawler.crawl(SourceLink.of("mailto:desk@ledger.example"), SOURCE))
        .isEqualTo(CrawlOutcome.FAILED);

    assertThat(harness.lastOutcome("mailto:desk@ledger.example")).isEqualTo(FetchOutcome.INVALID);
  }

  @Test
  void extractorFailureIsDeadLetteredAndRecordedAsInvalid() {
    try (CrawlHarness failing = new CrawlHarness(TestConfigs.config(),
        (page, url) -> {
          throw new IllegalStateException("extractor bug");
        })) {
      serveFerryStory("The Larkspur council approved a night ferry on Tuesday.");

      failing.crawler.crawl(SourceLink.of(site.url("/2026/03/10/ferry")), SOURCE);

      assertThat(failing.lastOutcome(site.url("/2026/03/10/ferry")))
          .isEqualTo(FetchOutcome.INVALID);
      assertThat(failing.deadLetters()).singleElement().satisfies(letter -> {
        assertThat(letter.stage()).isEqualTo("ingest.extract");
        assertThat(letter.detail()).contains("extractor bug");
        assertThat(new String(letter.value(), java.nio.charset.StandardCharsets.UTF_8))
            .contains("Night ferry approved");
      });
    }
  }

  @Test
  void extractorFailureIsCountedByExceptionKind() {
    try (CrawlHarness failing = new CrawlHarness(TestConfigs.config(),
        (page, url) -> {
          throw new IllegalStateException("extractor bug");
        })) {
      serveFerryStory("The Larkspur council approved a night ferry on Tuesday.");

      failing.crawler.crawl(SourceLink.of(site.url("/2026/03/10/ferry")), SOURCE);

      assertThat(failing.registry.get(IngestMetrics.EXTRACTION_FAILED)
          .tag("reason", "IllegalStateException").counter().count()).isEqualTo(1);
      assertThat(failing.registry.get(IngestMetrics.DEAD_LETTERED)
          .tags("stage", "ingest.extract", "reason", "IllegalStateException").counter().count())
          .isEqualTo(1);
    }
  }

  @Test
  void fetchesAreCountedByOutcomeAndHost() {
    serveFerryStory("The Larkspur council approved a night ferry on Tuesday.");

    harness.crawler.crawl(SourceLink.of(site.url("/2026/03/10/ferry")), SOURCE);
    harness.crawler.crawl(SourceLink.of(site.url("/2026/03/10/missing")), SOURCE);

    assertThat(harness.registry.get(IngestMetrics.FETCHED)
        .tags("outcome", "ok", "host", "127.0.0.1").counter().count()).isEqualTo(1);
    assertThat(harness.registry.get(IngestMetrics.FETCHED)
        .tags("outcome", "http-4xx", "host", "127.0.0.1").counter().count()).isEqualTo(1);
    assertThat(harness.registry.get(IngestMetrics.PUBLISHED).counter().count()).isEqualTo(1);
    assertThat(harness.registry.find(IngestMetrics.EXTRACTION_FAILED).counters()).isEmpty();
  }

  @Test
  void articleTooLargeForTheBrokerIsRecordedAsTooLargeAndNotMarkedPublished() {
    serveFerryStory("The Larkspur council approved a night ferry on Tuesday.");
    harness.producer.sendException = new RecordTooLargeException("record too large");

    CrawlOutcome outcome = crawl("/2026/03/10/ferry");
    harness.producer.sendException = null;

    assertThat(outcome).isEqualTo(CrawlOutcome.FAILED);
    assertThat(harness.states.get(site.url("/2026/03/10/ferry")).orElseThrow().version()).isZero();
    assertThat(harness.fetchedCount(FetchOutcome.TOO_LARGE)).isEqualTo(1);
  }

  @Test
  void brokerFailureLeavesTheStateUnchangedSoTheArticleIsFetchedAgain() {
    serveFerryStory("The Larkspur council approved a night ferry on Tuesday.");
    harness.producer.sendException = new TimeoutException("broker unavailable");

    assertThatThrownBy(() -> crawl("/2026/03/10/ferry")).isInstanceOf(PublishException.class);
    harness.producer.sendException = null;

    assertThat(harness.states.get(site.url("/2026/03/10/ferry"))).isEmpty();
    assertThat(crawl("/2026/03/10/ferry")).isEqualTo(CrawlOutcome.PUBLISHED);
  }
}
