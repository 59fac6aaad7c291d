package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SectionLinkExtractorTest {
  private static final String LOCAL = "https://www.harbourview-courier.example/local/";
  private final SectionLinkExtractor extractor = new SectionLinkExtractor();

  private static Document sectionPage() {
    return Jsoup.parse(Fixtures.text("section-harbourview.html"), LOCAL);
  }

  private static Document page(String body) {
    return Jsoup.parse("<html><body>" + body + "</body></html>", LOCAL);
  }

  @Test
  void articleLinksAreFoundAmongNavigationFooterTagAndAssetLinks() {
    List<DiscoveredLink> links = extractor.articleLinks(sectionPage(), 50);

    assertThat(links).extracting(DiscoveredLink::url).containsExactly(
        "https://www.harbourview-courier.example/2024/04/03/harbour-master-retires-after-forty-tides",
        "https://www.harbourview-courier.example/local/fishmongers-guild-elects-first-woman-chair",
        "https://harbourview-courier.example/news/harbour-dredging-4471982",
        "https://www.harbourview-courier.example/article/88123",
        "https://www.harbourview-courier.example/local/lighthouse-restoration-fund.html",
        "https://www.harbourview-courier.example/?p=20917");
  }

  @Test
  void titleIsTheHeadingInsideTheAnchorElseItsText() {
    List<DiscoveredLink> links = extractor.articleLinks(sectionPage(), 50);

    assertThat(links).extracting(DiscoveredLink::title).containsExactly(
        "Harbour master retires after forty tides of service",
        "Fishmongers' guild elects its first woman chair",
        "Dredging works to close the east quay",
        null,
        "Lighthouse restoration fund passes its target",
        "Ferry operator promises quieter engines by summer");
  }

  @Test
  void maxLinksKeepsTheFirstInDocumentOrder() {
    List<DiscoveredLink> links = extractor.articleLinks(sectionPage(), 2);

    assertThat(links).extracting(DiscoveredLink::url).containsExactly(
        "https://www.harbourview-courier.example/2024/04/03/harbour-master-retires-after-forty-tides",
        "https://www.harbourview-courier.example/local/fishmongers-guild-elects-first-woman-chair");
  }

  @Test
  void sectionLinksAreTheShortSameSitePathsThatAreNotArticles() {
    assertThat(extractor.sectionLinks(sectionPage(), 50)).containsExactly(
        "https://www.harbourview-courier.example/harbour/",
        "https://www.harbourview-courier.example/sport/",
        "https://www.harbourview-courier.example/opinion/");
  }

  @Test
  void linksToOtherSitesAreIgnored() {
    Document page = page("<a href=\"https://www.elsewhere-times.example/2024/04/03/"
        + "mayor-opens-the-new-bridge\">Mayor opens the new bridge today</a>");

    assertThat(extractor.articleLinks(page, 10)).isEmpty();
  }

  @Test
  void registeredDomainScopeAcceptsSubdomains() {
    Document page = Jsoup.parse("<a href=\"https://sport.northfield-ledger-fictional.co.uk/"
        + "rowing/club-wins-the-county-regatta-again\">Club wins the county regatta again</a>",
        "https://www.northfield-ledger-fictional.co.uk/");

    assertThat(new SectionLinkExtractor(SectionLinkExtractor.Scope.REGISTERED_DOMAIN)
        .articleLinks(page, 10)).hasSize(1);
    assertThat(new SectionLinkExtractor(SectionLinkExtractor.Scope.HOST).articleLinks(page, 10))
        .isEmpty();
  }

  @Test
  void baseHrefIsHonoured() {
    Document page = Jsoup.parse("<html><head><base href=\"https://www.harbourview-courier.example/"
        + "archive/\"></head><body><a href=\"2023/11/05/ferry-strike-ends-after-two-weeks\">"
        + "Ferry strike ends</a></body></html>", LOCAL);

    assertThat(extractor.articleLinks(page, 10)).extracting(DiscoveredLink::url).containsExactly(
        "https://www.harbourview-courier.example/archive/2023/11/05/ferry-strike-ends-after-two-weeks");
  }

  @Test
  void shortSlugNeedsADescriptiveAnchor() {
    Document page = page(
        "<a href=\"/news/quay-works\">Quay works</a>"
            + "<a href=\"/news/ferry-strike\">Ferry strike ends after two weeks of talks</a>");

    assertThat(extractor.articleLinks(page, 10)).extracting(DiscoveredLink::url)
        .containsExactly("https://www.harbourview-courier.example/news/ferry-strike");
  }

  @Test
  void articleLinkRepeatedInNavigationKeepsItsBestScore() {
    Document page = page(
        "<nav><a href=\"/local/tide-tables-are-revised-for-spring\">Tides</a></nav>"
            + "<article><a href=\"/local/tide-tables-are-revised-for-spring\">"
            + "Tide tables are revised for spring</a></article>");

    assertThat(extractor.articleLinks(page, 10)).singleElement()
        .extracting(DiscoveredLink::title).isEqualTo("Tide tables are revised for spring");
  }

  @Test
  void dayArchiveWithoutSlugIsNoArticle() {
    Document page = page("<a href=\"/2024/04/03/\">All stories from 3 April 2024</a>");

    assertThat(extractor.articleLinks(page, 10)).isEmpty();
  }

  @Test
  void pageWithoutLocationIsRefused() {
    Document page = Jsoup.parse("<a href=\"/2024/04/03/a-b-c-d\">x</a>");

    assertThatThrownBy(() -> extractor.articleLinks(page, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shortServiceAnchorsAreSkippedButHeadlinesStartingAlikeAreNot() {
    Document page = page(
        "<a href=\"/info/2291731-data-notice\">Privacy policy</a>"
            + "<a href=\"/local/privacy-fears-grow-over-new-harbour-cameras\">"
            + "Privacy fears grow over new harbour cameras</a>");

    assertThat(extractor.articleLinks(page, 10)).extracting(DiscoveredLink::url).containsExactly(
        "https://www.harbourview-courier.example/local/privacy-fears-grow-over-new-harbour-cameras");
  }

  @Test
  void wordPressCommentPagesAndActionLinksAreNoArticles() {
    Document page = page(
        "<a href=\"/2024/04/03/harbour-master-retires/comment-page-2/\">Older comments here</a>"
            + "<a href=\"/2024/04/03/harbour-master-retires/?replytocom=77\">Reply to this one</a>");

    assertThat(extractor.articleLinks(page, 10)).isEmpty();
  }

  @Test
  void anchorsInScriptsWithoutWordSpacesCountByCharacters() {
    Document page = page("<a href=\"/news/guonei/fang-an\">\u6e2f\u53e3\u65b0\u6e21\u8f6e"
        + "\u4eca\u5929\u6b63\u5f0f\u5f00\u59cb\u8fd0\u8425</a>");

    assertThat(extractor.articleLinks(page, 10)).hasSize(1);
  }
}
