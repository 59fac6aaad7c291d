package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreaksTest {
  @Test
  void aLineStartingInLowerCaseContinuesTheSentenceBefore() {
    assertThat(LineBreaks.joinWrappedLines("The county prosecutor\nis stepping down."))
        .isEqualTo("The county prosecutor is stepping down.");
  }

  @Test
  void aLineEndingInsideAClauseContinuesIntoTheNext() {
    assertThat(LineBreaks.joinWrappedLines("Asked about the plan,\nOkafor said it would wait."))
        .isEqualTo("Asked about the plan, Okafor said it would wait.");
  }

  @Test
  void headingsDatelinesListItemsAndParagraphsKeepTheirBreaks() {
    String text = "HARBOUR CITY\nThe ferry service resumed on Monday.\n\nRiverside Council\n"
        + "01. Lena Brandt\n02. Tomas Heller";
    assertThat(LineBreaks.joinWrappedLines(text)).isEqualTo(text);
  }

  @Test
  void aTableRowEndingInASpacedHyphenKeepsItsBreak() {
    String text = "Ostrev Wolves 12 3 .800 -\nCastelmar 10 5 .667 2";
    assertThat(LineBreaks.joinWrappedLines(text)).isEqualTo(text);
  }

  @Test
  void aMarkerLineEndingInAHyphenKeepsItsBreak() {
    String text = "-DOCSTART-\nVALDORIAN BANK LEAVES RATES UNCHANGED .";
    assertThat(LineBreaks.joinWrappedLines(text)).isEqualTo(text);
  }

  @Test
  void aWordHyphenatedAtTheLineEndWraps() {
    assertThat(LineBreaks.joinWrappedLines("The long-\nTerm Fund opened."))
        .isEqualTo("The long- Term Fund opened.");
  }

  @Test
  void windowsLineEndsWrapLikeUnixOnes() {
    assertThat(LineBreaks.joinWrappedLines("The county prosecutor\r\nis stepping down.\r\n\r\n"
        + "HARBOUR CITY\rThe ferries run."))
        .isEqualTo("The county prosecutor  is stepping down. \n \n"
            + "HARBOUR CITY\nThe ferries run.");
  }

  @Test
  void offsetsAreKept() {
    String text = "A line\nthat wraps,\nand ends.\n\nNext paragraph.";
    assertThat(LineBreaks.joinWrappedLines(text)).hasSameSizeAs(text);
  }

  @Test
  void theAnalysedSentencesFollowTheLines() {
    AnalysedText analysed = new CoreNlpPipeline(new AnalysisLimits(20_000, 1_500, 120))
        .analyse("PORT ELLIS 2031-04-02\nHarbour Line said the ferries\nwould run again on "
            + "Monday.");
    assertThat(analysed.sentences()).hasSize(2);
    assertThat(analysed.sentences().get(0).tokens()).extracting(Token::word)
        .containsExactly("PORT", "ELLIS", "2031-04-02");
  }
}
