package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The limits that keep one article from stalling a stream thread. */
class CoreNlpPipelineTest {
  private static CoreNlpPipeline pipeline;

  @BeforeAll
  static void loadPipeline() {
    pipeline = new CoreNlpPipeline(new AnalysisLimits(20_000, 1_500, 40));
  }

  @Test
  void anOverlongSentenceIsCutIntoChunksWithinTheLimit() {
    AnalysedText analysed = pipeline.analyse(PathologicalInputRunner.words(1_000, ", ", 12)
        + ".");
    assertThat(analysed.sentences()).hasSizeGreaterThan(20);
    assertThat(analysed.sentences()).allMatch(s -> s.tokens().size() <= 40);
    assertThat(analysed.truncated()).isFalse();
  }

  @Test
  void aTextWithoutPunctuationIsCutIntoChunksToo() {
    AnalysedText analysed = pipeline.analyse(PathologicalInputRunner.words(500, "", 0));
    assertThat(analysed.sentences()).allMatch(s -> s.tokens().size() <= 40);
    assertThat(analysed.tokens()).hasSizeGreaterThanOrEqualTo(500); // "$4" is two tokens
    assertThat(analysed.truncated()).isFalse();
  }

  @Test
  void analysisStopsAtTheTokenLimitAndSaysSo() {
    String text = PathologicalInputRunner.words(3_000, ". ", 10);
    AnalysedText analysed = pipeline.analyse(text);
    assertThat(analysed.tokens()).hasSize(1_500);
    assertThat(analysed.truncated()).isTrue();
    assertThat(analysed.analysedChars()).isLessThan(text.length());
  }

  @Test
  void analysisStopsAtTheCharacterLimitOnAWordBoundary() {
    String text = PathologicalInputRunner.words(10_000, " ", 0);
    AnalysedText analysed = new CoreNlpPipeline(new AnalysisLimits(2_000, 10_000, 40))
        .analyse(text);
    assertThat(analysed.truncated()).isTrue();
    assertThat(analysed.analysedChars()).isLessThanOrEqualTo(2_000);
    assertThat(text.charAt(analysed.analysedChars())).isEqualTo(' ');
  }

  @Test
  void tokenOffsetsPointIntoTheText() {
    String text = "Maria Okafor said on Tuesday that the plant “was never at risk.”";
    AnalysedText analysed = pipeline.analyse(text);
    assertThat(analysed.tokens()).allMatch(t -> text.substring(t.start(), t.end())
        .equals(t.word()));
    assertThat(analysed.tokens()).anyMatch(t -> t.word().equals("Okafor")
        && t.ner().equals("PERSON"));
  }
}
