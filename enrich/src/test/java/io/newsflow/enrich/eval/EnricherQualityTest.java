package io.newsflow.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.nlp.CoreNlpEnricherFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Regression guard over the whole evaluation set: the real enricher must stay at or above the
 * figures measured when the set was written, less a margin of about two points. Raise the floors
 * when the enricher improves; never lower them to make a change pass.
 */
class EnricherQualityTest {
  private static final Logger LOG = LoggerFactory.getLogger(EnricherQualityTest.class);
  private static final double MARGIN = 0.02;
  private static EvalReport report;

  @BeforeAll
  static void scoreTheWholeSet() {
    report = EvalScorer.score(new CoreNlpEnricherFactory().create(), "all");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.print(new PrintStream(out, true, StandardCharsets.UTF_8), false, false);
    LOG.info("Evaluation figures:\n{}", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void claimRecallHoldsUnderLenientMatching() {
    assertThat(report.lenient().recall()).isGreaterThanOrEqualTo(0.919 - MARGIN);
  }

  @Test
  void claimPrecisionHoldsUnderLenientMatching() {
    assertThat(report.lenient().precision()).isGreaterThanOrEqualTo(0.986 - MARGIN);
  }

  @Test
  void claimRecallAndPrecisionHoldUnderStrictMatching() {
    assertThat(report.strict().recall()).isGreaterThanOrEqualTo(0.771 - MARGIN);
    assertThat(report.strict().precision()).isGreaterThanOrEqualTo(0.827 - MARGIN);
  }

  @Test
  void speakersOfMatchedClaimsStayRight() {
    assertThat(report.lenient().speaker()).isGreaterThanOrEqualTo(0.981 - MARGIN);
    assertThat(report.lenient().speakerEntity()).isGreaterThanOrEqualTo(0.867 - MARGIN);
  }

  @Test
  void stancesAndCuesOfMatchedClaimsStayRight() {
    assertThat(report.lenient().stance()).isGreaterThanOrEqualTo(0.750 - MARGIN);
    assertThat(report.lenient().cue()).isGreaterThanOrEqualTo(0.992 - MARGIN);
  }

  @Test
  void entityF1HoldsOverTheConllTypes() {
    assertThat(report.entityF1(EntityTally.CONLL)).isGreaterThanOrEqualTo(0.882 - MARGIN);
  }

  @Test
  void entityF1HoldsPerConllType() {
    assertThat(report.entityF1(EntityType.PERSON)).isGreaterThanOrEqualTo(0.953 - MARGIN);
    assertThat(report.entityF1(EntityType.ORGANIZATION)).isGreaterThanOrEqualTo(0.855 - MARGIN);
    assertThat(report.entityF1(EntityType.LOCATION)).isGreaterThanOrEqualTo(0.790 - MARGIN);
    assertThat(report.entityF1(EntityType.MISC)).isGreaterThanOrEqualTo(0.771 - MARGIN);
  }

  @Test
  void numericEntityF1Holds() {
    assertThat(report.entityF1(List.of(EntityType.DATE, EntityType.MONEY, EntityType.PERCENT)))
        .isGreaterThanOrEqualTo(0.969 - MARGIN);
  }
}
