package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContentSelectionTest {
  private static final String URL = "https://kanalbote.example/stadt/neue-bruecke";
  private static String text;

  @BeforeAll
  static void extract() {
    text = new NewsArticleExtractor().extract(Fixtures.html("split-story.html"), URL).text();
  }

  @Test
  void keepsTheStandfirstOutsideTheBodyContainer() {
    assertThat(text).startsWith("Nach drei Jahren Bauzeit verbindet die Fußgängerbrücke");
  }

  @Test
  void joinsAStorySplitIntoSeveralContainers() {
    assertThat(text)
        .contains("Die Bürgermeisterin hat am Samstagvormittag")
        .contains("Anwohner hatten sich lange über den Umweg beklagt")
        .contains("Im nächsten Jahr soll auch die Uferpromenade");
  }

  @Test
  void keepsThePartsInDocumentOrder() {
    assertThat(text.indexOf("Die Bürgermeisterin")).isLessThan(text.indexOf("Anwohner hatten"));
  }

  @Test
  void dropsATeaserOfAnotherStory() {
    assertThat(text).doesNotContain("Kanalfest").doesNotContain("Bands, Boote");
  }

  @Test
  void dropsAHeadingWhoseLinksWereRemoved() {
    assertThat(text).doesNotContain("Mehr zum Thema").doesNotContain("Alte Holzbrücke wird abgerissen");
  }

  @Test
  void dropsDatelinesReadingTimesBylinesAndCredits() {
    assertThat(text)
        .doesNotContain("14.05.2031")
        .doesNotContain("4 min read")
        .doesNotContain("Von Greta Holmberg")
        .doesNotContain("Ines Marrow");
  }

  @Test
  void dropsAdsBetweenTheParts() {
    assertThat(text).doesNotContain("Anzeige").doesNotContain("WhatsApp");
  }

  @Test
  void fallsBackToCaptionTextOnAPageWithNothingElse() {
    String caption = new NewsArticleExtractor()
        .extract(Fixtures.html("video-page.html"), "https://harborledger.example/video/surge").text();
    assertThat(caption).startsWith("Waves broke over the harbour wall on Sunday night");
  }

  @Test
  void prefersTheElementMarkedAsArticleBody() {
    String html = "<html><body><div class='intro'><p>"
        + "A long introduction to the site that talks about the harbour, the ferries, the fish"
        + " market, the weather, the tides, the history of the pier, and many other things besides,"
        + " written to welcome visitors who arrive from search engines.</p></div>"
        + "<div itemprop='articleBody'><p>The ferry timetable changes on Monday, and the last"
        + " crossing of the evening will leave twenty minutes earlier than before.</p>"
        + "<p>Commuters were told about the change by text message.</p></div></body></html>";
    String body = new NewsArticleExtractor().extract(html, "https://harborledger.example/ferry").text();
    assertThat(body).contains("The ferry timetable changes on Monday").contains("Commuters were told");
  }

  @Test
  void removesSoftHyphens() {
    String html = "<html><body><article><p>Die Fuß\u00adgänger\u00adbrücke ist nachts beleuchtet,"
        + " und sie hat breite Rampen auf beiden Seiten des Kanals.</p></article></body></html>";
    assertThat(new NewsArticleExtractor().extract(html, URL).text()).contains("Fußgängerbrücke");
  }
}
