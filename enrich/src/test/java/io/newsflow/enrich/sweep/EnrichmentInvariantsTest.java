package io.newsflow.enrich.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.core.enrichment.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichmentInvariantsTest {
  // An emoji (two UTF-16 units, one code point) before the names: offsets count code points.
  private static final String TEXT = "🚢 Ana Ruiz of Ostrev Ferries said the fares would rise.";

  @Test
  void mentionsAndClaimsWhoseOffsetsHoldTheirTextInCodePointsBreakNothing() {
    Enrichment found = new Enrichment(
        List.of(entity(EntityType.PERSON, new Mention("Ana Ruiz", 2, 10, null)),
            entity(EntityType.ORGANIZATION, new Mention("Ostrev Ferries", 14, 28, null))),
        List.of(claim(1, "the fares would rise", 34, 54, null)), null);

    assertThat(EnrichmentInvariants.violations(TEXT, found)).isEmpty();
  }

  @Test
  void aMentionOneOffIsReportedWithWhatItHolds() {
    Enrichment found = new Enrichment(
        List.of(entity(EntityType.PERSON, new Mention("Ana Ruiz", 3, 11, null))), List.of(),
        null);

    assertThat(EnrichmentInvariants.violations(TEXT, found))
        .containsExactly("PERSON mention 'Ana Ruiz' [3, 11) holds 'na Ruiz ' in the text");
  }

  @Test
  void offsetsPastTheTextOrEmptySpansAreOutOfRange() {
    Enrichment found = new Enrichment(List.of(),
        List.of(claim(1, "x", 50, 60, null), claim(2, "", 5, 5, null)), null);

    assertThat(EnrichmentInvariants.violations(TEXT, found)).containsExactly(
        "claim 1 [50, 60) is out of range for a text of 55 code points",
        "claim 2 [5, 5) is out of range for a text of 55 code points");
  }

  @Test
  void twoNameMentionsSharingACharacterOverlapButANumberInsideANameDoesNot() {
    Enrichment found = new Enrichment(
        List.of(entity(EntityType.PERSON, new Mention("Ana Ruiz", 2, 10, null)),
            entity(EntityType.LOCATION, new Mention("Ruiz", 6, 10, null)),
            entity(EntityType.MONEY, new Mention("Ana", 2, 5, null))),
        List.of(), null);

    assertThat(EnrichmentInvariants.violations(TEXT, found)).containsExactly(
        "LOCATION mention 'Ruiz' [6, 10) overlaps PERSON mention 'Ana Ruiz' [2, 10)");
  }

  @Test
  void claimsAreNumberedInOrderAndOnlyADenialAnswersAnAllegation() {
    Enrichment found = new Enrichment(List.of(),
        List.of(claim(2, "the fares would rise", 34, 54, Stance.ASSERTION, 3)), null);

    assertThat(EnrichmentInvariants.violations(TEXT, found)).containsExactly(
        "claim 2 [34, 54) is claim number 1",
        "claim 2 [34, 54), a ASSERTION, answers claim 3, which is missing");
  }

  @Test
  void aDenialMayAnswerAnAllegationAfterIt() {
    Enrichment found = new Enrichment(List.of(),
        List.of(claim(1, "Ana Ruiz", 2, 10, Stance.DENIAL, 2),
            claim(2, "the fares would rise", 34, 54, Stance.ALLEGATION, null)), null);

    assertThat(EnrichmentInvariants.violations(TEXT, found)).isEmpty();
  }

  private static Entity entity(EntityType type, Mention mention) {
    return new Entity(type.name().toLowerCase(java.util.Locale.ROOT) + ":" + mention.text(), mention.text(), type, 1,
        0.5, null, List.of(mention));
  }

  private static Claim claim(int seq, String text, int start, int end, Integer answers) {
    return claim(seq, text, start, end, Stance.ASSERTION, answers);
  }

  private static Claim claim(int seq, String text, int start, int end, Stance stance,
      Integer answers) {
    return new Claim(seq, text, start, end, stance, null, "said", null, false, answers, null);
  }
}
