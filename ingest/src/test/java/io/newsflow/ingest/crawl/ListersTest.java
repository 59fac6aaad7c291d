package io.newsflow.ingest.crawl;

import static io.newsflow.ingest.testing.Articles.rss;
import static io.newsflow.ingest.testing.Articles.sitemap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.status.FetchOutcome;
import io.newsflow.ingest.discover.DocumentTooLargeException;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ListersTest {
  private static final String SITE = "https://ledger.example";

  /** Serves fixed bodies by URL and remembers what was asked for. */
  private static final class FakeFetcher implements PageFetcher {
    final Map<String, String> bodies = new HashMap<>();
    final List<String> requested = new ArrayList<>();

    @Override
    public FetchResult fetch(FetchRequest request) {
      requested.add(request.url());
      String body = bodies.get(request.url());
      return body == null
          ? FetchResult.failed(request.url(), FetchOutcome.HTTP_4XX, 404, "not found", 1)
          : ok(request.url(), body);
    }
  }

  private static FetchResult ok(String url, String body) {
    return new FetchResult(url, url, FetchOutcome.OK, 200, "application/xml", "UTF-8",
        body.getBytes(StandardCharsets.UTF_8), null, null, null, 1);
  }

  private static String index(String... children) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><sitemapindex"
        + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < children.length; i += 2) {
      xml.append("<sitemap><loc>").append(children[i]).append("</loc><lastmod>")
          .append(children[i + 1]).append("</lastmod></sitemap>");
    }
    return xml.append("</sitemapindex>").toString();
  }

  @Test
  void feedListerKeepsFeedOrderAndTheLimit() {
    FetchResult feed = ok(SITE + "/feed", rss(SITE + "/a", SITE + "/b", SITE + "/c"));

    List<SourceLink> links = new FeedLister().links(feed, 2);

    assertThat(links).extracting(SourceLink::url).containsExactly(SITE + "/a", SITE + "/b");
    assertThat(links.get(0).title()).isEqualTo("Story 1");
    assertThat(links.get(0).published()).isNotNull();
  }

  @Test
  void feedListerRefusesAMalformedFeed() {
    assertThatThrownBy(() -> new FeedLister().links(ok(SITE + "/feed", "<html>no</html>"), 10))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void sitemapIndexIsFollowedNewestChildFirstUpToTheChildLimit() {
    FakeFetcher fetcher = new FakeFetcher();
    fetcher.bodies.put(SITE + "/2026-01.xml", sitemap(SITE + "/january"));
    fetcher.bodies.put(SITE + "/2026-02.xml", sitemap(SITE + "/february"));
    fetcher.bodies.put(SITE + "/2026-03.xml", sitemap(SITE + "/march"));
    FetchResult listing = ok(SITE + "/sitemap.xml", index(
        SITE + "/2026-01.xml", "2026-01-31", SITE + "/2026-03.xml", "2026-03-10",
        SITE + "/2026-02.xml", "2026-02-28"));

    List<SourceLink> links = new SitemapLister(fetcher, 2).links(listing, 10);

    assertThat(fetcher.requested).containsExactly(SITE + "/2026-03.xml", SITE + "/2026-02.xml");
    assertThat(links).extracting(SourceLink::url)
        .containsExactlyInAnyOrder(SITE + "/march", SITE + "/february");
  }

  @Test
  void sitemapListerFetchesChildrenThroughTheFetcherItIsGiven() {
    FakeFetcher own = new FakeFetcher();
    FakeFetcher given = new FakeFetcher();
    given.bodies.put(SITE + "/2026-03.xml", sitemap(SITE + "/march"));
    FetchResult listing = ok(SITE + "/sitemap.xml", index(SITE + "/2026-03.xml", "2026-03-10"));

    List<SourceLink> links = new SitemapLister(own, 2).links(listing, 10, given);

    assertThat(own.requested).isEmpty();
    assertThat(links).extracting(SourceLink::url).containsExactly(SITE + "/march");
  }

  @Test
  void gzipSitemapFileIsInflatedNoFurtherThanTheListersLimit() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
      gzip.write(new byte[4 * 1024 * 1024]);
    }
    FetchResult listing = new FetchResult(SITE + "/sitemap.xml.gz", SITE + "/sitemap.xml.gz",
        FetchOutcome.OK, 200, "application/gzip", null, bomb.toByteArray(), null, null, null, 1);

    assertThatThrownBy(() -> new SitemapLister(new FakeFetcher(), 2, 1024 * 1024)
        .links(listing, 10))
        .isInstanceOf(DocumentTooLargeException.class)
        .hasMessageContaining("inflates beyond the limit of 1048576 bytes");
  }

  @Test
  void sectionListerReadsLinkedSectionPagesOneLevelDeep() {
    FakeFetcher fetcher = new FakeFetcher();
    fetcher.bodies.put(SITE + "/harbour", "<html><body><main>"
        + "<h2><a href=\"/2026/03/09/dredger-arrives-in-the-harbour\">Dredger arrives in the"
        + " harbour</a></h2></main></body></html>");
    FetchResult home = new FetchResult(SITE + "/", SITE + "/", FetchOutcome.OK, 200, "text/html",
        "UTF-8", ("<html><body><nav><a href=\"/harbour\">Harbour</a></nav><main>"
            + "<h2><a href=\"/2026/03/10/night-ferry-approved-by-council\">Night ferry approved"
            + " by council</a></h2></main></body></html>").getBytes(StandardCharsets.UTF_8),
        null, null, null, 1);

    List<SourceLink> links = new SectionLister(fetcher, 1, 5).links(home, 10);

    assertThat(links).extracting(SourceLink::url).contains(
        SITE + "/2026/03/10/night-ferry-approved-by-council",
        SITE + "/2026/03/09/dredger-arrives-in-the-harbour");
  }

  @Test
  void aRobotsTxtSourceFollowsItsSitemapLinesAndTheIndexesTheyName() {
    FakeFetcher fetcher = new FakeFetcher();
    fetcher.bodies.put(SITE + "/news-sitemap.xml", sitemap(SITE + "/breaking"));
    fetcher.bodies.put(SITE + "/sitemap-index.xml", index(SITE + "/2026-03.xml", "2026-03-10"));
    fetcher.bodies.put(SITE + "/2026-03.xml", sitemap(SITE + "/march"));
    FetchResult robots = ok(SITE + "/robots.txt", "User-agent: *\nDisallow: /admin/\n"
        + "Sitemap: " + SITE + "/news-sitemap.xml\nSitemap: " + SITE + "/sitemap-index.xml\n");

    List<SourceLink> links = new SitemapLister(fetcher, 10).links(robots, 10);

    assertThat(links).extracting(SourceLink::url)
        .containsExactlyInAnyOrder(SITE + "/breaking", SITE + "/march");
  }

  @Test
  void aRobotsTxtWithoutSitemapLinesIsAnError() {
    FetchResult robots = ok(SITE + "/robots.txt", "User-agent: *\nDisallow:\n");
    assertThatThrownBy(() -> new SitemapLister(new FakeFetcher(), 10).links(robots, 10))
        .hasMessageContaining("names no Sitemap");
  }
}
