package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.ExtractedArticle;
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
