package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.ExtractedArticle;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MetadataExtractionTest {
  private final NewsArticleExtractor extractor = new NewsArticleExtractor();

  private ExtractedArticle extract(String fixture, String url) {
    return extractor.extract(Fixtures.html(fixture), url);
  }

  private ExtractedArticle harborLedger() {
    return extract("news-article.html", "https://harborledger.example/business/quillstone-opens-harbour-workshop-1234");
  }

  @Test
  void readsTheTitleFromOpenGraph() {
    assertThat(harborLedger().title()).isEqualTo("Quillstone Robotics Opens Harbour Workshop to Apprentices");
  }

  @Test
  void stripsTheSiteNameFromTheTitleElement() {
    ExtractedArticle a = extract("meta-only.html", "https://valemont-courier.example/local/night-buses-return");
    assertThat(a.title()).isEqualTo("Night Buses Return to the Old Town");
  }

  @Test
  void readsAuthorsFromJsonLd() {
    assertThat(harborLedger().authors()).containsExactly("Mara Ellison", "Tobias Reinholt");
  }

  @Test
  void readsAnAuthorNameFromMetaButNotAnAuthorUrl() {
    ExtractedArticle a = extract("meta-only.html", "https://valemont-courier.example/local/night-buses-return");
    assertThat(a.authors()).containsExactly("Jonas Peltier");
  }

  @Test
  void readsAnAuthorFromTheBylineWithoutPrefixOrDate() {
    ExtractedArticle a = extract("byline-only.html", "https://capegazette.example/2031/08/09/keepers");
    assertThat(a.authors()).containsExactly("Edda Strand");
  }

  @Test
  void readsDatesFromJsonLdKeepingTheirOffset() {
    ExtractedArticle a = harborLedger();
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2031-05-14T08:30:00+02:00"));
    assertThat(a.published().getOffset().getTotalSeconds()).isEqualTo(7200);
    assertThat(a.modified()).isEqualTo(OffsetDateTime.parse("2031-05-14T17:05:00+02:00"));
  }

  @Test
  void readsDatesFromMetaTags() {
    ExtractedArticle a = extract("meta-only.html", "https://valemont-courier.example/local/night-buses-return");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2031-02-03T06:15:00Z"));
    assertThat(a.modified()).isEqualTo(OffsetDateTime.parse("2031-02-03T09:40:00Z"));
  }

  @Test
  void readsAZonelessTimeElementAsUtc() {
    ExtractedArticle a = extract("byline-only.html", "https://capegazette.example/keepers");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2031-08-09T19:45:00Z"));
  }

  @Test
  void takesTheDateFromTheUrlWhenThePageHasNone() {
    String html = "<html><body><p>Short note without any date markup at all.</p></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://blog.example/2030/11/05/a-note/");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2030-11-05T00:00:00Z"));
  }

  @Test
  void readsTheDeclaredLanguageAsAPrimarySubtag() {
    assertThat(harborLedger().language()).isEqualTo("en");
    String shortPage = "<html lang='pt-BR'><body><p>Nota breve.</p></body></html>";
    assertThat(extractor.extract(shortPage, "https://x.example/").language()).isEqualTo("pt");
  }

  @Test
  void theTextsLanguageOverrulesAWrongDeclaration() {
    ExtractedArticle a = extract("meta-only.html", "https://valemont-courier.example/local/night-buses-return");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void detectsTheLanguageWhenThePageDeclaresNone() {
    byte[] latin1 = Fixtures.html("german-article.html").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ExtractedArticle a = extractor.extract(HtmlPages.parse(latin1, null, "https://nordholm.example/faehre"), "https://nordholm.example/faehre");
    assertThat(a.language()).isEqualTo("de");
  }

  @Test
  void resolvesTheCanonicalUrlWithoutTrackingParameters() {
    assertThat(harborLedger().canonicalUrl())
        .isEqualTo("https://harborledger.example/business/quillstone-opens-harbour-workshop-1234");
  }

  @Test
  void takesTheCanonicalUrlFromOpenGraphWithoutALink() {
    ExtractedArticle a = extract("meta-only.html", "https://valemont-courier.example/local/night-buses-return?ref=home");
    assertThat(a.canonicalUrl()).isEqualTo("https://valemont-courier.example/local/night-buses-return");
  }

  @Test
  void readsDescriptionImageSectionAndSiteName() {
    ExtractedArticle a = harborLedger();
    assertThat(a.description()).isEqualTo("The firm will train forty apprentices a year in its new waterfront workshop.");
    assertThat(a.image()).isEqualTo("https://harborledger.example/img/workshop.jpg");
    assertThat(a.section()).isEqualTo("Business");
    assertThat(a.siteName()).isEqualTo("The Harbor Ledger");
  }

  @Test
  void mergesArticleTagsAndJsonLdKeywordsWithoutDuplicates() {
    assertThat(harborLedger().tags()).containsExactly("Robotics", "Apprenticeships", "Harbour", "Training");
  }

  @Test
  void readsTagsFromRelTagLinksWhenMetadataHasNone() {
    String html = "<html><body><p>A short note about the harbour and its cranes.</p>"
        + "<a rel='tag' href='/t/cranes'>Cranes</a> <a rel='tag' href='/t/port'>Port</a></body></html>";
    assertThat(extractor.extract(html, "https://harborledger.example/n").tags()).containsExactly("Cranes", "Port");
  }

  @Test
  void flagsAPageThatJsonLdMarksAsNotFree() {
    assertThat(extract("paywalled.html", "https://harborledger.example/port-budget").paywalled()).isTrue();
  }

  @Test
  void doesNotFlagAFreeArticle() {
    assertThat(harborLedger().paywalled()).isFalse();
  }

  @Test
  void keepsTheUrlItWasGiven() {
    assertThat(harborLedger().url()).isEqualTo("https://harborledger.example/business/quillstone-opens-harbour-workshop-1234");
  }
}
