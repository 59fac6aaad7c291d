package io.newsflow.ingest.crawl;

import static io.newsflow.ingest.testing.Articles.page;
import static io.newsflow.ingest.testing.Articles.rss;
import static io.newsflow.ingest.testing.Articles.sitemap;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.ingest.source.SourceRecord;
import io.newsflow.ingest.testing.CrawlHarness;
import io.newsflow.ingest.testing.LocalSite;
import io.newsflow.ingest.testing.ParagraphExtractor;
import io.newsflow.ingest.testing.TestConfigs;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SourcePollerTest {
  private LocalSite site;
  private CrawlHarness harness;

  @BeforeEach
  void start() throws IOException {
    site = LocalSite.start();
    harness = CrawlHarness.withDefaults();
    site.page("/2026/03/10/ferry", page("Night ferry approved", "The council voted 7 to 2."));
    site.page("/2026/03/10/bridge", page("Bridge repairs start", "Lanes close from Monday."));
    site.page("/2026/03/09/school", page("School garden opens", "Pupils planted forty trees."));
  }

  @AfterEach
  void stop() {
    harness.close();
    site.close();
  }

  private SourceRecord source(String type, String path) {
    return SourceRecord.of(new SourceConfig(type, site.url(path), null), Instant.EPOCH);
  }

  private String[] urls(String... paths) {
    String[] urls = new String[paths.length];
    for (int i = 0; i < paths.length; i++) {
      urls[i] = site.url(paths[i]);
    }
    return urls;
  }

  private FetchStatus lastStatusOf(String url) {
    return harness.statuses().stream().filter(s -> s.url().equals(url))
        .reduce((a, b) -> b).orElseThrow();
  }

  @Test
  void feedArticlesArePublished() {
    site.route("/feed.xml", ex -> LocalSite.send(ex, 200, "application/rss+xml",
        LocalSite.bytes(rss(urls("/2026/03/10/ferry", "/2026/03/10/bridge")))));

    PollResult result = harness.poller.poll(source(SourceConfig.FEED, "/feed.xml"));

    assertThat(result.links()).isEqualTo(2);
    assertThat(result.published()).isEqualTo(2);
    assertThat(harness.articles()).extracting(a -> a.title())
        .containsExactlyInAnyOrder("Night ferry approved", "Bridge repairs start");
    assertThat(lastStatusOf(site.url("/feed.xml")).outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(lastStatusOf(site.url("/feed.xml")).reason()).isEqualTo("2 links");
  }

  @Test
  void unchangedListingIsFetchedConditionallyAndItsLinksStillChecked() {
    site.withEtag("/feed.xml", "application/rss+xml", rss(urls("/2026/03/10/ferry")));
    harness.poller.poll(source(SourceConfig.FEED, "/feed.xml"));
    harness.clock.advance(Duration.ofHours(1));

    PollResult second = harness.poller.poll(source(SourceConfig.FEED, "/feed.xml"));

    assertThat(lastStatusOf(site.url("/feed.xml")).outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
    assertThat(second.links()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(1);
    assertThat(site.hits("/2026/03/10/ferry")).isEqualTo(2);
    assertThat(harness.articles()).hasSize(1);
  }

  @Test
  void malformedFeedIsRecordedAsInvalidAndFailsThePoll() {
    site.route("/feed.xml", ex -> LocalSite.send(ex, 200, "application/rss+xml",
        LocalSite.bytes("<rss><channel><item><link>oops")));

    PollResult result = harness.poller.poll(source(SourceConfig.FEED, "/feed.xml"));

    assertThat(result.sourcesFailed()).isEqualTo(1);
    assertThat(result.error()).startsWith("invalid feed");
    assertThat(lastStatusOf(site.url("/feed.xml")).outcome()).isEqualTo(FetchOutcome.INVALID);
  }

  @Test
  void listingThatCannotBeFetchedIsRecordedWithItsOutcome() {
    PollResult result = harness.poller.poll(source(SourceConfig.FEED, "/missing.xml"));

    assertThat(result.sourcesFailed()).isEqualTo(1);
    assertThat(lastStatusOf(site.url("/missing.xml")).outcome()).isEqualTo(FetchOutcome.HTTP_4XX);
    assertThat(lastStatusOf(site.url("/missing.xml")).httpStatus()).isEqualTo(404);
  }

  @Test
  void childSitemapFetchesAreRecorded() {
    String index = "<?xml version=\"1.0\"?><sitemapindex"
        + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>" + site.url("/sitemap-march.xml") + "</loc></sitemap>"
        + "<sitemap><loc>" + site.url("/sitemap-gone.xml") + "</loc></sitemap></sitemapindex>";
    site.route("/sitemap.xml", ex -> LocalSite.send(ex, 200, "application/xml",
        LocalSite.bytes(index)));
    site.route("/sitemap-march.xml", ex -> LocalSite.send(ex, 200, "application/xml",
        LocalSite.bytes(sitemap(urls("/2026/03/10/ferry", "/2026/03/09/school")))));

    PollResult result = harness.poller.poll(source(SourceConfig.SITEMAP, "/sitemap.xml"));

    assertThat(result.published()).isEqualTo(2);
    assertThat(lastStatusOf(site.url("/sitemap-march.xml")).outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(lastStatusOf(site.url("/sitemap-gone.xml")).outcome())
        .isEqualTo(FetchOutcome.HTTP_4XX);
  }

  @Test
  void sectionPageArticleLinksAreCrawled() {
    site.page("/", "<html><head><title>The Larkspur Ledger</title></head><body>"
        + "<nav><a href=\"/about\">About us</a></nav><main>"
        + "<h2><a href=\"/2026/03/10/ferry\">Night ferry approved by the council</a></h2>"
        + "<h2><a href=\"/2026/03/10/bridge\">Bridge repairs start on Monday</a></h2>"
        + "</main></body></html>");

    PollResult result = harness.poller.poll(source(SourceConfig.SECTION, "/"));

    assertThat(result.published()).isEqualTo(2);
    assertThat(site.hits("/about")).isZero();
  }

  @Test
  void pageSourceIsItsOwnArticle() {
    PollResult result = harness.poller.poll(source(SourceConfig.PAGE, "/2026/03/09/school"));

    assertThat(result.links()).isEqualTo(1);
    assertThat(result.published()).isEqualTo(1);
    assertThat(result.outcome()).isEqualTo("ok");
  }

  @Test
  void pageSourceNotDueFetchesNothingAndSaysSo() {
    harness.poller.poll(source(SourceConfig.PAGE, "/2026/03/09/school"));

    PollResult again = harness.poller.poll(source(SourceConfig.PAGE, "/2026/03/09/school"));

    assertThat(again.outcome()).isEqualTo(SourceStatus.NOT_DUE);
    assertThat(again.notDue()).isEqualTo(1);
    assertThat(site.hits("/2026/03/09/school")).isEqualTo(1);
  }

  @Test
  void pageSourceWhosePageIsMissingHasTheFetchOutcomeAndReason() {
    PollResult result = harness.poller.poll(source(SourceConfig.PAGE, "/2026/03/09/gone"));

    assertThat(result.outcome()).isEqualTo("http-4xx");
    assertThat(result.error()).isNotBlank();
    assertThat(result.sourcesFailed()).isZero();
  }

  @Test
  void listingOutcomeIsTheResultsOutcome() {
    site.withEtag("/feed.xml", "application/rss+xml", rss(urls("/2026/03/10/ferry")));

    assertThat(harness.poller.poll(source(SourceConfig.FEED, "/feed.xml")).outcome())
        .isEqualTo("ok");
    assertThat(harness.poller.poll(source(SourceConfig.FEED, "/feed.xml")).outcome())
        .isEqualTo("not-modified");
    assertThat(harness.poller.poll(source(SourceConfig.FEED, "/missing.xml")).outcome())
        .isEqualTo("http-4xx");
  }

  @Test
  void pollStopsAsSoonAsTheSourceIsNoLongerOwned() {
    site.route("/feed.xml", ex -> LocalSite.send(ex, 200, "application/rss+xml",
        LocalSite.bytes(rss(urls("/2026/03/10/ferry", "/2026/03/10/bridge", "/2026/03/09/school")))));
    AtomicInteger checks = new AtomicInteger();

    PollResult result = harness.poller.poll(source(SourceConfig.FEED, "/feed.xml"),
        () -> checks.incrementAndGet() <= 1);

    assertThat(result.published()).isEqualTo(1);
    assertThat(harness.articles()).hasSize(1);
  }

  @Test
  void linksBeyondTheLimitAreNotCrawled() {
    try (CrawlHarness limited = new CrawlHarness(
        TestConfigs.config(Map.of("ingest.max-links-per-source", "2"), List.of()),
        new ParagraphExtractor())) {
      site.route("/feed.xml", ex -> LocalSite.send(ex, 200, "application/rss+xml",
          LocalSite.bytes(rss(urls("/2026/03/10/ferry", "/2026/03/10/bridge",
              "/2026/03/09/school")))));

      PollResult result = limited.poller.poll(source(SourceConfig.FEED, "/feed.xml"));

      assertThat(result.links()).isEqualTo(2);
      assertThat(limited.articles()).hasSize(2);
    }
  }
}
