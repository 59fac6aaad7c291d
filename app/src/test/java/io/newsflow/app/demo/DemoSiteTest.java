package io.newsflow.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.ingest.discover.DiscoveredLink;
import io.newsflow.ingest.discover.FeedParser;
import io.newsflow.ingest.discover.SectionLinkExtractor;
import io.newsflow.ingest.discover.SitemapParser;
import io.newsflow.ingest.extract.NewsArticleExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo site as ingest meets it, through the same parsers and extractor, without a broker:
 * what its three sources list, what each article page gives the extractor, and the update of its
 * running story on a clock the test turns.
 */
class DemoSiteTest {
  /** Article pages on the site; {@code PipelineScenario} and the ITs count them too. */
  static final int ARTICLES = 34;

  private static final Instant START = Instant.parse("2026-12-07T10:00:00.250Z");
  /** How far the demo moves its dates when it first runs at START. */
  private static final Duration SHIFT =
      Duration.between(Instant.parse("2026-03-14T19:20:00Z"), Instant.parse("2026-12-07T10:00:00Z"));
  private static final Set<String> OUTLETS = Set.of("Harbour Ledger", "Anchorline",
      "Bellwether Business", "Valley Courier", "Northgate Gazette", "Westmarch Public Radio",
      "Le Courrier du Lac");

  @TempDir Path dataDir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final TurnedClock clock = new TurnedClock(START);
  private DemoSite site;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void theFeedTheSitemapAndTheHomePagesTogetherListEveryArticleAndEachAloneMissesSome()
      throws Exception {
    site = DemoSite.start(dataDir, Duration.ofHours(1), clock);
    Set<String> feed = canonical(new FeedParser().parse(bytes("/feed.xml"), url("/feed.xml")));
    Set<String> sitemap = canonical(new SitemapParser()
        .parse(bytes("/sitemap.xml"), url("/sitemap.xml")).links());
    Set<String> pages = pageLinks();

    Set<String> all = new HashSet<>(feed);
    all.addAll(sitemap);
    all.addAll(pages);
    assertThat(all).hasSize(ARTICLES);
    assertThat(onlyIn(feed, sitemap, pages)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(onlyIn(sitemap, feed, pages)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(onlyIn(pages, feed, sitemap)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(feed).contains(url(DemoSite.STORY));
    assertThat(sitemap).contains(url(DemoSite.STORY));
    for (String article : all) {
      assertThat(get(article, null).statusCode()).as(article).isEqualTo(200);
    }
  }

  @Test
  void everyArticleGivesTheExtractorItsOutletAuthorsDateAndTextWithoutBoilerplate()
      throws Exception {
    site = DemoSite.start(dataDir, Duration.ofHours(1), clock);
    Map<String, ExtractedArticle> articles = new LinkedHashMap<>();
    for (String url : allArticles()) {
      articles.put(url, new NewsArticleExtractor().extract(body(url), url));
    }

    assertThat(articles).hasSize(ARTICLES);
    assertThat(articles.values()).extracting(ExtractedArticle::siteName)
        .containsOnlyElementsOf(OUTLETS).containsAll(OUTLETS);
    assertThat(articles.values()).filteredOn(a -> "fr".equals(a.language())).hasSize(1);
    Set<String> days = new HashSet<>();
    for (Map.Entry<String, ExtractedArticle> e : articles.entrySet()) {
      ExtractedArticle a = e.getValue();
      assertThat(a.title()).as(e.getKey()).isNotBlank();
      assertThat(a.authors()).as(e.getKey()).isNotEmpty();
      // The week the articles were written for (6 to 14 March 2026), moved to end at the
      // demo's first run.
      assertThat(a.published()).as(e.getKey())
          .isBetween(OffsetDateTime.of(2026, 3, 6, 0, 0, 0, 0, ZoneOffset.UTC).plus(SHIFT),
              OffsetDateTime.of(2026, 3, 15, 0, 0, 0, 0, ZoneOffset.UTC).plus(SHIFT))
          .isBefore(START.atOffset(ZoneOffset.UTC));
      days.add(a.published().toLocalDate().toString());
      assertThat(a.text().split("\n\n")).as(e.getKey()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(a.text()).as(e.getKey()).doesNotContain("Related Stories", "Leave a comment",
          "Photo:", "Share on", "Reporting by", "Our Standards", "Most read", "Listen",
          "Donate", "Copyright", "Tags:", "More from", "Sign up", "investment advice",
          "Par " + a.authors().get(0), a.authors().get(0) + ",");
    }
    assertThat(days).as("publication days").hasSizeGreaterThanOrEqualTo(7);
    assertThat(articles.values()).filteredOn(a -> a.text().contains("Corvia Mills"))
        .extracting(ExtractedArticle::siteName).as("outlets that carry the running story")
        .contains("Harbour Ledger", "Anchorline", "Bellwether Business", "Valley Courier",
            "Northgate Gazette", "Westmarch Public Radio");
  }

  @Test
  void theStoryIsUpdatedTheDelayAfterItWasFirstServedAndTheSitemapSaysWhen() throws Exception {
    site = DemoSite.start(dataDir, Duration.ofSeconds(30), clock);
    assertThat(storyLastmod()).isEqualTo(OffsetDateTime.parse("2026-03-12T09:30:00+00:00")
        .plus(SHIFT).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")));
    clock.turn(Duration.ofHours(2));
    assertThat(site.updatedAt()).as("not before the story was served").isEmpty();

    HttpResponse<String> first = get(url(DemoSite.STORY), null);
    assertThat(first.body()).contains("retired teacher Tomas Ferrera").doesNotContain("Update");
    clock.turn(Duration.ofSeconds(29));
    assertThat(get(url(DemoSite.STORY), null).body()).isEqualTo(first.body());
    assertThat(site.updatedAt()).isEmpty();

    clock.turn(Duration.ofSeconds(1));
    Instant updated = Instant.parse("2026-12-07T12:00:31Z");
    assertThat(storyLastmod()).isEqualTo(updated.toString());
    assertThat(site.updatedAt()).contains(updated);
    DiscoveredLink listed = new SitemapParser().parse(bytes("/sitemap.xml"), url("/sitemap.xml"))
        .links().stream().filter(l -> l.url().endsWith(DemoSite.STORY)).findFirst().orElseThrow();
    assertThat(listed.modified().toInstant()).as("what ingest reads").isEqualTo(updated);
    HttpResponse<String> second =
        get(url(DemoSite.STORY), first.headers().firstValue("ETag").orElseThrow());
    assertThat(second.statusCode()).isEqualTo(200);
    ExtractedArticle v2 = new NewsArticleExtractor().extract(second.body(), url(DemoSite.STORY));
    assertThat(v2.text()).contains("retired teacher Tomas Ferreira",
        "The company declined to comment on the payment to the consulting firm.",
        "Correction: An earlier version of this article misspelled the name");
    assertThat(v2.title()).isEqualTo(
        new NewsArticleExtractor().extract(first.body(), url(DemoSite.STORY)).title());
    assertThat(v2.modified()).isAfter(v2.published());
  }

  @Test
  void aRestartedSiteKeepsItsPortAndServesTheUpdateItPublished() throws Exception {
    site = DemoSite.start(dataDir, Duration.ZERO, clock);
    String base = site.baseUrl();
    get(url(DemoSite.STORY), null);
    clock.turn(Duration.ofSeconds(5));
    get(url("/robots.txt"), null);
    Instant updated = site.updatedAt().orElseThrow();
    site.close();

    clock.turn(Duration.ofDays(1));
    site = DemoSite.start(dataDir, Duration.ofHours(1), clock);
    assertThat(site.baseUrl()).isEqualTo(base);
    assertThat(site.updatedAt()).contains(updated);
    assertThat(get(url(DemoSite.STORY), null).body()).contains("Correction:");
    assertThat(storyLastmod()).isEqualTo(updated.toString());
    assertThat(Files.readString(dataDir.resolve("demo-update"))).contains("updated=" + updated);
  }

  @Test
  void aRequestNamingTheCurrentETagGetsNotModified() throws Exception {
    site = DemoSite.start(dataDir, Duration.ofHours(1), clock);
    for (String path : List.of("/feed.xml", "/sitemap.xml", "/", DemoSite.STORY)) {
      HttpResponse<String> full = get(url(path), null);
      String etag = full.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> again = get(url(path), etag);
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(get(url(path), "\"something-else\"").statusCode()).isEqualTo(200);
    }
  }

  /** The article links of the home page and of the outlet pages it links to, as ingest reads. */
  private Set<String> pageLinks() throws Exception {
    SectionLinkExtractor extractor = new SectionLinkExtractor();
    Document home = Jsoup.parse(body(url("/")), url("/"));
    List<DiscoveredLink> links = new ArrayList<>(extractor.articleLinks(home));
    List<String> sections = extractor.sectionLinks(home, 5);
    assertThat(sections).hasSize(5);
    for (String section : sections) {
      links.addAll(extractor.articleLinks(Jsoup.parse(body(section), section)));
    }
    return canonical(links);
  }

  private Set<String> allArticles() throws Exception {
    Set<String> all =
        new HashSet<>(canonical(new FeedParser().parse(bytes("/feed.xml"), url("/feed.xml"))));
    all.addAll(canonical(
        new SitemapParser().parse(bytes("/sitemap.xml"), url("/sitemap.xml")).links()));
    all.addAll(pageLinks());
    return all;
  }

  private static Set<String> onlyIn(Set<String> one, Set<String> other, Set<String> third) {
    return one.stream().filter(u -> !other.contains(u) && !third.contains(u))
        .collect(Collectors.toSet());
  }

  private static Set<String> canonical(List<DiscoveredLink> links) {
    return links.stream().map(l -> CanonicalUrl.of(l.url())).collect(Collectors.toSet());
  }

  private String storyLastmod() throws Exception {
    Document sitemap = Jsoup.parse(body(url("/sitemap.xml")), "", Parser.xmlParser());
    return sitemap.select("url").stream()
        .filter(u -> u.selectFirst("loc").text().endsWith(DemoSite.STORY))
        .map(u -> u.selectFirst("lastmod").text()).findFirst().orElseThrow();
  }

  private String url(String path) {
    return site.baseUrl() + path;
  }

  private byte[] bytes(String path) throws Exception {
    return body(url(path)).getBytes(StandardCharsets.UTF_8);
  }

  private String body(String url) throws Exception {
    HttpResponse<String> r = get(url, null);
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return r.body();
  }

  private HttpResponse<String> get(String url, String etag) throws IOException,
      InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10));
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A clock that stands still until the test turns it. */
  private static final class TurnedClock extends Clock {
    private volatile Instant now;

    TurnedClock(Instant start) {
      this.now = start;
    }

    void turn(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
