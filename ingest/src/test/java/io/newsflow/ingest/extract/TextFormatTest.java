package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFormatTest {
  private static final String URL = "https://harborledger.example/format";
  private static final String FILLER =
      " The harbour board met on Thursday evening, and the meeting ran late into the night.";

  private static String text(String articleHtml) {
    return new NewsArticleExtractor()
        .extract("<html><body><article>" + articleHtml + "</article></body></html>", URL)
        .text();
  }

  @Test
  void joinsInlineElementsWithoutAddingSpaces() {
    assertThat(text("<p>The <b>har</b>bour <i>board</i>, at last." + FILLER + "</p>"))
        .startsWith("The harbour board, at last.");
  }

  @Test
  void collapsesWhitespaceAndNonBreakingSpaces() {
    assertThat(text("<p>The   harbour\n\t board&nbsp;met." + FILLER + "</p>"))
        .startsWith("The harbour board met.");
  }

  @Test
  void turnsALineBreakIntoANewline() {
    assertThat(text("<p>First line of the notice,<br>second line of the notice." + FILLER + "</p>"))
        .startsWith("First line of the notice,\nsecond line of the notice.");
  }

  @Test
  void turnsTwoLineBreaksIntoAParagraphBreak() {
    assertThat(text("<div>First paragraph of an old page." + FILLER + "<br><br>Second paragraph."
            + FILLER + "</div>"))
        .contains("night.\n\nSecond paragraph.");
  }

  @Test
  void keepsPreformattedText() {
    assertThat(text("<p>Run this:" + FILLER + "</p><pre>crane --lift  12\n  --slow</pre>"))
        .contains("crane --lift  12\n  --slow");
  }

  @Test
  void writesListItemsAsParagraphs() {
    assertThat(text("<p>Three changes." + FILLER + "</p><ul><li>Longer opening hours at the pier"
            + "</li><li>A second ferry on Sundays</li></ul>"))
        .contains("\n\nLonger opening hours at the pier\n\nA second ferry on Sundays");
  }
}
