package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
  private static final String COURIER = "https://www.harbourview-courier.example/feed.xml";
  private final FeedParser parser = new FeedParser();

  private List<DiscoveredLink> parse(String xml) {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), COURIER);
  }

  private static String rss(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>The Harbourview Courier</title><link>https://www.harbourview-courier.example/</link>"
        + "<description>Fictional</description>" + items + "</channel></rss>";
  }

  private static String item(String title, String link) {
    return "<item><title>" + title + "</title><link>" + link + "</link></item>";
  }

  @Test
  void rss2LinksComeInDocumentOrderAbsoluteAndDeduplicated() {
    List<DiscoveredLink> links = parser.parse(Fixtures.bytes("rss2-courier.xml"), COURIER);

    assertThat(links).extracting(DiscoveredLink::url).containsExactly(
        "https://www.harbourview-courier.example/2024/04/03/harbour-master-retires",
        "https://www.harbourview-courier.example/2024/04/02/record-fog",
        "https://www.harbourview-courier.example/2024/04/01/ferry-funded",
        "https://www.harbourview-courier.example/2024/03/30/tide-tables-revised",
        "https://www.harbourview-courier.example/2024/03/29/gull-census");
  }

  @Test
  void rss2PubDateKeepsItsOffset() {
    DiscoveredLink first = parser.parse(Fixtures.bytes("rss2-courier.xml"), COURIER).get(0);

    assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2024-04-03T10:15:30+02:00"));
    assertThat(first.title()).isEqualTo("Harbour master retires after forty tides of service");
  }

  @Test
  void rssItemWithoutPubDateHasNullDates() {
    DiscoveredLink fog = parser.parse(Fixtures.bytes("rss2-courier.xml"), COURIER).get(1);

    assertThat(fog.published()).isNull();
    assertThat(fog.modified()).isNull();
  }

  @Test
  void htmlInTitlesIsStrippedToText() {
    DiscoveredLink ferry = parser.parse(Fixtures.bytes("rss2-courier.xml"), COURIER).get(2);

    assertThat(ferry.title()).isEqualTo("Council approves & funds the new ferry");
  }

  @Test
  void dublinCoreDateIsThePublishedDate() {
    DiscoveredLink ferry = parser.parse(Fixtures.bytes("rss2-courier.xml"), COURIER).get(2);

    assertThat(ferry.published()).isEqualTo(OffsetDateTime.parse("2024-04-01T08:00:00Z"));
  }

  @Test
  void rfc822DateWithoutSecondsAndZoneNameIsParsed() {
    DiscoveredLink gulls = parser.parse(Fixtures.bytes("rss2-courier.xml"), COURIER).get(4);

    assertThat(gulls.published()).isEqualTo(OffsetDateTime.parse("2024-03-29T18:45:00-05:00"));
  }

  @Test
  void atomRelativeLinksResolveAgainstNestedXmlBase() {
    List<DiscoveredLink> links =
        parser.parse(Fixtures.bytes("atom-gazette.xml"), "https://feeds.lakeside-gazette.example/all");

    assertThat(links).extracting(DiscoveredLink::url).containsExactly(
        "https://www.lakeside-gazette.example/news/2024/05/01/ice-melt-report",
        "https://www.lakeside-gazette.example/sport/rowing-final-upset",
        "https://www.lakeside-gazette.example/news/2024/04/30/ferry-timetable");
  }

  @Test
  void atomPublishedAndUpdatedBecomePublishedAndModified() {
    DiscoveredLink ice =
        parser.parse(Fixtures.bytes("atom-gazette.xml"), "https://feeds.lakeside-gazette.example/all")
            .get(0);

    assertThat(ice.published()).isEqualTo(OffsetDateTime.parse("2024-05-01T06:30:00+01:00"));
    assertThat(ice.modified()).isEqualTo(OffsetDateTime.parse("2024-05-01T12:00:00+01:00"));
  }

  @Test
  void atomHtmlAndXhtmlTitlesBecomePlainText() {
    List<DiscoveredLink> links =
        parser.parse(Fixtures.bytes("atom-gazette.xml"), "https://feeds.lakeside-gazette.example/all");

    assertThat(links).extracting(DiscoveredLink::title).containsExactly(
        "Ice melt report delayed by late frost", "Rowing final ends in an upset",
        "Ferry timetable changes");
  }

  @Test
  void isoDateWithoutZoneIsTakenAsUtc() {
    DiscoveredLink ferry =
        parser.parse(Fixtures.bytes("atom-gazette.xml"), "https://feeds.lakeside-gazette.example/all")
            .get(2);

    assertThat(ferry.published()).isNull();
    assertThat(ferry.modified()).isEqualTo(OffsetDateTime.parse("2024-04-30T10:00:00Z"));
  }

  @Test
  void rdfItemsAreRead() {
    List<DiscoveredLink> links =
        parser.parse(Fixtures.bytes("rdf-ledger.xml"), "https://northfield-ledger.example/rss");

    assertThat(links).containsExactly(
        new DiscoveredLink("https://northfield-ledger.example/story/50211",
            "Orchard co-op doubles apple harvest",
            OffsetDateTime.parse("2024-09-14T16:20:00-05:00"), null),
        new DiscoveredLink("https://northfield-ledger.example/story/50212",
            "Library extends winter hours", OffsetDateTime.parse("2024-09-13T00:00:00Z"), null));
  }

  @Test
  void rss091WithExternalDoctypeAndHtmlEntitiesIsRead() {
    List<DiscoveredLink> links =
        parser.parse(Fixtures.bytes("rss091-netscape.xml"), "http://old-mill-weekly.example/rss");

    assertThat(links).singleElement().satisfies(link -> {
      assertThat(link.url())
          .isEqualTo("http://old-mill-weekly.example/news/cafe-opens-by-the-mill-race.html");
      assertThat(link.title()).isEqualTo("Café opens by the mill race");
    });
  }

  @Test
  void latin1BytesInAFeedDeclaredUtf8AreReadAsLatin1() {
    String xml = rss(item("Caf\u00e9 na\u00efve cr\u00e8me \u2013 fin",
        "https://www.harbourview-courier.example/cafe"));
    byte[] bytes = xml.getBytes(Charset.forName("windows-1252"));

    List<DiscoveredLink> links = parser.parse(bytes, COURIER, "utf-8");

    assertThat(links).extracting(DiscoveredLink::title)
        .containsExactly("Caf\u00e9 na\u00efve cr\u00e8me \u2013 fin");
  }

  @Test
  void utf8AndLatin1MixedInOneFeedAreBothRead() {
    byte[] utf8 = rss(item("Z\u00fcrich \u2014 __",
        "https://www.harbourview-courier.example/zurich")).getBytes(StandardCharsets.UTF_8);
    String text = new String(utf8, StandardCharsets.ISO_8859_1)
        .replace("__", "\u00e9t\u00e9");
    byte[] mixed = text.getBytes(StandardCharsets.ISO_8859_1);

    List<DiscoveredLink> links = parser.parse(mixed, COURIER);

    assertThat(links).extracting(DiscoveredLink::title)
        .containsExactly("Z\u00fcrich \u2014 \u00e9t\u00e9");
  }

  @Test
  void utf8BytesDeclaredLatin1AreReadAsUtf8() {
    String xml = rss(item("S\u00e3o Tom\u00e9 ferry", "https://www.harbourview-courier.example/st"))
        .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

    List<DiscoveredLink> links = parser.parse(xml.getBytes(StandardCharsets.UTF_8), COURIER);

    assertThat(links).extracting(DiscoveredLink::title).containsExactly("S\u00e3o Tom\u00e9 ferry");
  }

  @Test
  void declaredSingleByteCharsetIsHonoured() {
    String xml = rss(item("\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0433\u0430\u0432\u0430\u043d\u0438",
        "https://www.harbourview-courier.example/ru"))
        .replace("encoding=\"UTF-8\"", "encoding=\"windows-1251\"");

    List<DiscoveredLink> links = parser.parse(xml.getBytes(Charset.forName("windows-1251")), COURIER);

    assertThat(links).extracting(DiscoveredLink::title)
        .containsExactly("\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0433\u0430\u0432\u0430\u043d\u0438");
  }

  @Test
  void utf16WithBomIsRead() {
    String xml = rss(item("Tide \u00e9t\u00e9", "https://www.harbourview-courier.example/tide"))
        .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");

    List<DiscoveredLink> links = parser.parse(xml.getBytes(StandardCharsets.UTF_16), COURIER);

    assertThat(links).extracting(DiscoveredLink::title).containsExactly("Tide \u00e9t\u00e9");
  }

  @Test
  void bomAndGarbageBeforeThePrologAreIgnored() {
    String xml = "\uFEFF\n\n<br />\n<b>Warning</b>: Undefined index in /srv/feed.php on line 7<br />\n"
        + rss(item("Quay reopens", "https://www.harbourview-courier.example/quay")) + "\n<!-- 0.02s -->x";

    assertThat(parse(xml)).extracting(DiscoveredLink::url)
        .containsExactly("https://www.harbourview-courier.example/quay");
  }

  @Test
  void unescapedAmpersandsAndUnknownEntitiesAreRepaired() {
    String xml = rss(item("Fish & Chips prices rise; R&D &bogus; budget",
        "https://www.harbourview-courier.example/story?id=7&section=local"));

    DiscoveredLink link = parse(xml).get(0);

    assertThat(link.title()).isEqualTo("Fish & Chips prices rise; R&D &bogus; budget");
    assertThat(link.url())
        .isEqualTo("https://www.harbourview-courier.example/story?id=7&section=local");
  }

  @Test
  void controlCharactersAndStrayLessThanAreRepaired() {
    String xml = rss(item("Tolls \u0001rise for boats < 10 m", "https://www.harbourview-courier.example/tolls"));

    assertThat(parse(xml)).extracting(DiscoveredLink::title)
        .containsExactly("Tolls rise for boats < 10 m");
  }

  @Test
  void feedBurnerOriginalLinkWinsOverTheRedirector() {
    String xml = rss("<item xmlns:feedburner=\"http://rssnamespace.org/feedburner/ext/1.0\">"
        + "<title>Pier</title><link>https://feedproxy.example/~r/courier/~3/abc</link>"
        + "<feedburner:origLink>https://www.harbourview-courier.example/pier</feedburner:origLink>"
        + "</item>");

    assertThat(parse(xml)).extracting(DiscoveredLink::url)
        .containsExactly("https://www.harbourview-courier.example/pier");
  }

  @Test
  void truncatedFeedFailsWithAReason() {
    String xml = Fixtures.text("rss2-courier.xml");
    String truncated = xml.substring(0, xml.length() / 2);

    assertThatThrownBy(() -> parse(truncated))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("not well-formed XML")
        .hasMessageContaining(COURIER);
  }

  @Test
  void htmlPageIsNotAFeed() {
    String html = "<!DOCTYPE html><html><head><title>Courier</title></head><body>x</body></html>";

    assertThatThrownBy(() -> parse(html))
        .isInstanceOf(DiscoveryException.class)
        .extracting(e -> ((DiscoveryException) e).reason())
        .isEqualTo("an HTML page, not a feed");
  }

  @Test
  void xmlThatIsNoFeedFailsNamingItsRoot() {
    assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><note><to>Ada</to></note>"))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("not a feed: root element <note>");
  }

  @Test
  void emptyBodyFails() {
    assertThatThrownBy(() -> parser.parse(new byte[0], COURIER))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("empty document");
  }

  @Test
  void oversizedFeedIsRefused() {
    FeedParser small = new FeedParser(100);
    byte[] xml = rss(item("A long one", "https://www.harbourview-courier.example/a"))
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> small.parse(xml, COURIER))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("exceeds the limit");
  }

  @Test
  void externalEntityIsRefusedAndNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-TOKEN");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>" + rss(item("&xxe;", "https://www.harbourview-courier.example/x"))
            .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());

    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("internal subset")
        .hasMessageNotContaining("TOP-SECRET-TOKEN");
  }

  @Test
  @Timeout(10)
  void billionLaughsIsRefusedWithoutExpanding() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 12; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml = "<?xml version=\"1.0\"?>" + dtd
        + "<rss version=\"2.0\"><channel><title>&lol12;</title></channel></rss>";

    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("internal subset");
  }

  @Test
  void romesOwnParserRefusesDoctypesWithEntities(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-TOKEN");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri()
        + "\">]><rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";

    assertThatThrownBy(() -> FeedParser.parseXml(xml, COURIER))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET-TOKEN");
  }

  @Test
  @Timeout(10)
  void romesOwnParserRefusesEntityExpansion() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "]><rss version=\"2.0\"><channel><title>&c;</title></channel></rss>";

    assertThatThrownBy(() -> FeedParser.parseXml(xml, COURIER))
        .isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void rssRelativeLinkResolvesAgainstChannelXmlBase() {
    String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel "
        + "xml:base=\"https://archive.harbourview-courier.example/2019/\"><title>T</title>"
        + "<link>https://www.harbourview-courier.example/</link><description>d</description>"
        + item("Old quay", "05/06/old-quay") + "</channel></rss>";

    assertThat(parse(xml)).extracting(DiscoveredLink::url)
        .containsExactly("https://archive.harbourview-courier.example/2019/05/06/old-quay");
  }

  @Test
  void atomEntryWithoutAlternateLinkFallsBackToAnHttpId() {
    String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>G</title><id>urn:x</id>"
        + "<updated>2024-05-01T00:00:00Z</updated>"
        + "<entry><title>A</title><id>https://www.lakeside-gazette.example/news/a</id>"
        + "<link rel=\"self\" href=\"https://api.lakeside-gazette.example/entries/1\"/>"
        + "<updated>2024-05-01T00:00:00Z</updated></entry>"
        + "<entry><title>B</title><id>tag:lakeside-gazette.example,2024:b</id>"
        + "<updated>2024-05-01T00:00:00Z</updated></entry></feed>";

    assertThat(parse(xml)).extracting(DiscoveredLink::url)
        .containsExactly("https://www.lakeside-gazette.example/news/a");
  }
}
