package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SitemapParserTest {
  private static final String COURIER_MAP = "https://www.harbourview-courier.example/sitemaps/news.xml";
  private final SitemapParser parser = new SitemapParser();

  @Test
  void urlSetYieldsAbsoluteDeduplicatedLinksInOrder() {
    SitemapContent content = parser.parse(Fixtures.bytes("sitemap-urlset.xml"), COURIER_MAP);

    assertThat(content.kind()).isEqualTo(SitemapContent.Kind.URL_SET);
    assertThat(content.childSitemaps()).isEmpty();
    assertThat(content.links()).extracting(DiscoveredLink::url).containsExactly(
        "https://www.harbourview-courier.example/2024/04/03/harbour-master-retires",
        "https://www.harbourview-courier.example/2024/04/02/record-fog",
        "https://www.harbourview-courier.example/2024/04/01/ferry-funded",
        "https://cdn.harbourview-courier.example/amp/2024/04/01/ferry-funded");
  }

  @Test
  void lastmodBecomesTheModifiedDate() {
    SitemapContent content = parser.parse(Fixtures.bytes("sitemap-urlset.xml"), COURIER_MAP);

    assertThat(content.links()).extracting(DiscoveredLink::modified).containsExactly(
        OffsetDateTime.parse("2024-04-03T10:00:00Z"), OffsetDateTime.parse("2024-04-02T00:00:00Z"),
        null, null);
    assertThat(content.links()).extracting(DiscoveredLink::published).containsOnlyNulls();
  }

  @Test
  void indexYieldsChildSitemapsWithTheirLastmod() {
    SitemapContent content = parser.parse(Fixtures.bytes("sitemap-index.xml"),
        "https://www.harbourview-courier.example/sitemap.xml");

    assertThat(content.isIndex()).isTrue();
    assertThat(content.links()).isEmpty();
    assertThat(content.childSitemaps()).containsExactly(
        new DiscoveredLink("https://www.harbourview-courier.example/sitemaps/news.xml", null, null,
            OffsetDateTime.parse("2024-04-03T12:00:00Z")),
        new DiscoveredLink("https://www.harbourview-courier.example/sitemaps/2024-03.xml.gz", null,
            null, OffsetDateTime.parse("2024-03-31T00:00:00Z")),
        DiscoveredLink.of("https://www.harbourview-courier.example/sitemaps/pages.xml"));
  }

  @Test
  void googleNewsTitleAndPublicationDateBecomeTitleAndPublished() {
    SitemapContent content = parser.parse(Fixtures.bytes("sitemap-news.xml"),
        "https://www.lakeside-gazette.example/news-sitemap.xml");

    assertThat(content.links()).containsExactly(
        new DiscoveredLink("https://www.lakeside-gazette.example/news/2024/05/01/ice-melt-report",
            "Ice melt report delayed by late frost",
            OffsetDateTime.parse("2024-05-01T06:30:00+01:00"), null),
        new DiscoveredLink("https://www.lakeside-gazette.example/sport/rowing-final-upset",
            "Rowing final ends in an upset & a protest", OffsetDateTime.parse("2024-05-02T00:00:00Z"),
            OffsetDateTime.parse("2024-05-02T08:00:00Z")));
  }

  @Test
  void gzipSitemapIsInflated() {
    byte[] gz = Fixtures.gzip(Fixtures.bytes("sitemap-news.xml"));

    SitemapContent content = parser.parse(gz, "https://www.lakeside-gazette.example/news.xml.gz");

    assertThat(content.links()).hasSize(2);
    assertThat(content.links().get(0).title()).isEqualTo("Ice melt report delayed by late frost");
  }

  @Test
  void gzipIndexIsInflated() {
    byte[] gz = Fixtures.gzip(Fixtures.bytes("sitemap-index.xml"));

    SitemapContent content = parser.parse(gz, "https://www.harbourview-courier.example/sitemap.xml.gz");

    assertThat(content.childSitemaps()).hasSize(3);
  }

  @Test
  void textSitemapListsOneUrlPerLine() {
    String text = "\uFEFFhttps://northfield-ledger.example/story/50211\n\n"
        + "https://northfield-ledger.example/story/50212#x\r\n"
        + "https://northfield-ledger.example/story/50211\n";

    SitemapContent content = parser.parse(text.getBytes(StandardCharsets.UTF_8),
        "https://northfield-ledger.example/sitemap.txt");

    assertThat(content.kind()).isEqualTo(SitemapContent.Kind.TEXT);
    assertThat(content.links()).extracting(DiscoveredLink::url).containsExactly(
        "https://northfield-ledger.example/story/50211",
        "https://northfield-ledger.example/story/50212");
  }

  @Test
  void gzipTextSitemapIsInflated() {
    byte[] gz = Fixtures.gzip("https://northfield-ledger.example/story/1\n"
        .getBytes(StandardCharsets.UTF_8));

    SitemapContent content = parser.parse(gz, "https://northfield-ledger.example/sitemap.txt.gz");

    assertThat(content.links()).extracting(DiscoveredLink::url)
        .containsExactly("https://northfield-ledger.example/story/1");
  }

  @Test
  void feedServedAsSitemapIsRead() {
    SitemapContent content = parser.parse(Fixtures.bytes("rss2-courier.xml"),
        "https://www.harbourview-courier.example/feed.xml");

    assertThat(content.kind()).isEqualTo(SitemapContent.Kind.FEED);
    assertThat(content.links()).extracting(DiscoveredLink::url)
        .contains("https://www.harbourview-courier.example/2024/04/03/harbour-master-retires");
  }

  @Test
  void garbageBeforeTheXmlAndUnescapedAmpersandsAreRepaired() {
    String xml = "  \n<b>Notice</b>: cache miss\n<?xml version=\"1.0\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>https://northfield-ledger.example/view?id=3&lang=en</loc></url></urlset>";

    SitemapContent content = parser.parse(xml.getBytes(StandardCharsets.UTF_8),
        "https://northfield-ledger.example/sitemap.xml");

    assertThat(content.links()).extracting(DiscoveredLink::url)
        .containsExactly("https://northfield-ledger.example/view?id=3&lang=en");
  }

  @Test
  void malformedSitemapFailsWithAReason() {
    String xml = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>https://northfield-ledger.example/a</loc></url><url><loc>https://north";

    assertThatThrownBy(() -> parser.parse(xml.getBytes(StandardCharsets.UTF_8),
        "https://northfield-ledger.example/sitemap.xml"))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("not a readable sitemap")
        .hasMessageContaining("https://northfield-ledger.example/sitemap.xml");
  }

  @Test
  void xmlOfAnotherKindIsNoSitemap() {
    assertThatThrownBy(() -> parser.parse("<?xml version=\"1.0\"?><note>hi</note>"
        .getBytes(StandardCharsets.UTF_8), "https://northfield-ledger.example/sitemap.xml"))
        .isInstanceOf(DiscoveryException.class);
  }

  @Test
  void htmlPageIsNoSitemap() {
    assertThatThrownBy(() -> parser.parse("<html><body>Not found</body></html>"
        .getBytes(StandardCharsets.UTF_8), "https://northfield-ledger.example/sitemap.xml"))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("an HTML page, not a sitemap");
  }

  @Test
  void plainTextThatIsNoUrlListFails() {
    assertThatThrownBy(() -> parser.parse("Service temporarily unavailable"
        .getBytes(StandardCharsets.UTF_8), "https://northfield-ledger.example/sitemap.xml"))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("no XML markup");
  }

  @Test
  void corruptGzipFails() {
    byte[] gz = Fixtures.gzip(Fixtures.bytes("sitemap-index.xml"));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);

    assertThatThrownBy(() -> parser.parse(cut, "https://northfield-ledger.example/s.xml.gz"))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("corrupt gzip");
  }

  @Test
  void gzipBombIsStoppedAtTheLimit() {
    byte[] zeros = new byte[4 * 1024 * 1024];
    byte[] bomb = Fixtures.gzip(zeros);
    SitemapParser small = new SitemapParser(1024 * 1024);

    assertThatThrownBy(() -> small.parse(bomb, "https://northfield-ledger.example/s.xml.gz"))
        .isInstanceOf(DocumentTooLargeException.class)
        .hasMessageContaining("beyond the limit");
  }

  @Test
  @Timeout(10)
  void entityDeclarationsAreRefused() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>https://northfield-ledger.example/&b;</loc></url></urlset>";

    assertThatThrownBy(() -> parser.parse(xml.getBytes(StandardCharsets.UTF_8),
        "https://northfield-ledger.example/sitemap.xml"))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("internal subset");
  }
}
