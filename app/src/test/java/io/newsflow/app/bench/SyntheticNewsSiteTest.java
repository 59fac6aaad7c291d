package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.ingest.discover.DiscoveredLink;
import io.newsflow.ingest.discover.SitemapContent;
import io.newsflow.ingest.discover.SitemapParser;
import io.newsflow.ingest.extract.HtmlPages;
import io.newsflow.ingest.extract.NewsArticleExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyntheticNewsSiteTest {
  private final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T10:00:00Z"));
  private final HttpClient client = HttpClient.newHttpClient();
  private SyntheticNewsSite site;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void articlesAppearAtTheRateAndEachOutletIsAHostOfItsOwn() throws Exception {
    site = new SyntheticNewsSite(7, 3, 6, 2.0, 0, 0, Duration.ZERO, clock);
    assertThat(site.baseUrls()).extracting(u -> URI.create(u).getHost())
        .containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.4");
    assertThat(site.published()).isEqualTo(6);
    clock.move(Duration.ofSeconds(5));
    assertThat(site.published()).isEqualTo(16);
    String feed = get(site.baseUrls().get(1) + "/feed.xml").body();
    assertThat(Pattern.compile("<item>").matcher(feed).results().count()).isEqualTo(5);
    assertThat(feed).contains("<link>" + site.baseUrls().get(1) + "/a/13/");
  }

  @Test
  void aPageExtractsAsANewsArticleWithItsAuthorAndDate() throws Exception {
    site = new SyntheticNewsSite(7, 2, 4, 1.0, 0, 0, Duration.ZERO, clock);
    String url = firstLink(get(site.baseUrls().get(0) + "/feed.xml").body());
    ExtractedArticle a = new NewsArticleExtractor().extract(
        HtmlPages.parse(get(url).body().getBytes(java.nio.charset.StandardCharsets.UTF_8), null,
            url), url);
    assertThat(a.title()).contains("faces questions over");
    assertThat(a.authors()).hasSize(1);
    assertThat(a.published()).isNotNull();
    assertThat(a.text()).contains("denied the allegations").doesNotContain("Related Stories",
        "Copyright");
    assertThat(a.siteName()).isEqualTo("Synthetic Courier 1");
  }

  @Test
  void everyNthArticleGetsACorrectionAfterTheDelay() throws Exception {
    site = new SyntheticNewsSite(7, 1, 4, 1.0, 0, 2, Duration.ofMinutes(10), clock);
    // The initial articles appeared over the hour before: those due have their correction.
    assertThat(get(site.baseUrls().get(0) + "/a/0/" + site.story(0).slug() + ".html").body())
        .contains("Correction:");
    clock.move(Duration.ofSeconds(2));
    String url = site.baseUrls().get(0) + "/a/4/" + site.story(4).slug() + ".html";
    assertThat(get(url).body()).doesNotContain("Correction:");
    clock.move(Duration.ofMinutes(11));
    assertThat(get(url).body()).contains("Correction:");
    assertThat(site.updated()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void anArticleNotPublishedYetOrOnAnotherOutletIsNotFound() throws Exception {
    site = new SyntheticNewsSite(7, 2, 4, 1.0, 0, 0, Duration.ZERO, clock);
    assertThat(get(site.baseUrls().get(0) + "/a/10/" + site.story(10).slug() + ".html")
        .statusCode()).isEqualTo(404);
    assertThat(get(site.baseUrls().get(1) + "/a/2/" + site.story(2).slug() + ".html")
        .statusCode()).isEqualTo(404);
  }

  @Test
  void theSitemapIndexLeadsToANewsSitemapOfTheOutletsLatestArticles() throws Exception {
    site = new SyntheticNewsSite(7, 2, 0, 1.0, 0, 0, Duration.ZERO, clock);
    clock.move(Duration.ofSeconds(300));
    String base = site.baseUrls().get(1);
    assertThat(get(base + "/robots.txt").body()).contains("Sitemap: " + base + "/sitemap.xml");
    SitemapContent index = new SitemapParser().parse(bytes(base + "/sitemap.xml"),
        base + "/sitemap.xml");
    assertThat(index.isIndex()).isTrue();
    assertThat(index.childSitemaps()).extracting(DiscoveredLink::url)
        .containsExactly(base + "/sitemap-news.xml");
    SitemapContent news = new SitemapParser().parse(bytes(base + "/sitemap-news.xml"),
        base + "/sitemap-news.xml");
    // 300 articles over two outlets: the newest 100 of outlet 1, the odd numbers from 299 down.
    assertThat(news.links()).hasSize(100);
    assertThat(news.links().get(0).url()).startsWith(base + "/a/299/");
    assertThat(news.links().get(99).url()).startsWith(base + "/a/101/");
    DiscoveredLink newest = news.links().get(0);
    assertThat(newest.title()).contains("faces questions over");
    assertThat(newest.published()).isNotNull();
    assertThat(newest.modified()).isNotNull();
  }

  @Test
  void aCorrectionMovesTheArticlesLastmodInTheSitemap() throws Exception {
    site = new SyntheticNewsSite(7, 1, 0, 1.0, 0, 2, Duration.ofSeconds(30), clock);
    clock.move(Duration.ofSeconds(10));
    String sitemap = site.baseUrls().get(0) + "/sitemap-news.xml";
    DiscoveredLink before = linkTo(sitemap, "/a/2/");
    clock.move(Duration.ofSeconds(40));
    DiscoveredLink after = linkTo(sitemap, "/a/2/");
    assertThat(after.modified()).isAfter(before.modified());
    assertThat(after.modified().toInstant())
        .isAfterOrEqualTo(site.appearedAt(2).plusSeconds(30));
    assertThat(linkTo(sitemap, "/a/1/").modified()).isEqualTo(
        site.appearedAt(1).atOffset(ZoneOffset.UTC));
  }

  @Test
  void anUnchangedArticleIsAnswered304ForItsEtagAndTheListenerHearsOfWholePagesOnly()
      throws Exception {
    site = new SyntheticNewsSite(7, 1, 0, 1.0, 0, 1, Duration.ofSeconds(30), clock);
    java.util.List<String> served = new java.util.concurrent.CopyOnWriteArrayList<>();
    site.listen((n, version) -> served.add(n + "#" + version));
    clock.move(Duration.ofSeconds(5));
    String url = site.baseUrls().get(0) + "/a/3/" + site.story(3).slug() + ".html";
    HttpResponse<String> first = get(url);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(get(url, etag).statusCode()).isEqualTo(304);
    clock.move(Duration.ofSeconds(30));
    HttpResponse<String> corrected = get(url, etag);
    assertThat(corrected.statusCode()).isEqualTo(200);
    assertThat(corrected.body()).contains("Correction:");
    assertThat(corrected.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    assertThat(served).containsExactly("3#1", "3#2");
    assertThat(site.notModified()).isEqualTo(1);
  }

  @Test
  void nothingNewAppearsWhileTheClockStandsStillAndBeginRestartsThePublishingTime() {
    site = new SyntheticNewsSite(7, 2, 3, 1.0, 0, 0, Duration.ZERO, clock);
    clock.move(Duration.ofSeconds(20));
    assertThat(site.published()).isEqualTo(23);
    site.begin();
    assertThat(site.published()).isEqualTo(3);
    clock.move(Duration.ofSeconds(2));
    assertThat(site.published()).isEqualTo(5);
  }

  private DiscoveredLink linkTo(String sitemap, String path) throws Exception {
    return new SitemapParser().parse(bytes(sitemap), sitemap).links().stream()
        .filter(l -> l.url().contains(path)).findFirst().orElseThrow();
  }

  private byte[] bytes(String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  private HttpResponse<String> get(String url, String etag) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag)
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String firstLink(String feed) {
    Matcher m = Pattern.compile("<link>(http[^<]+/a/[^<]+)</link>").matcher(feed);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static final class MovingClock extends Clock {
    private volatile Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    void move(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
