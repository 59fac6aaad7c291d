package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.core.enrichment.QuoteKind;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.enrich.ArticleEnricher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CoreNLP enricher end to end on two fictional articles; the models load once per class. */
class CoreNlpEnricherTest {
  private static String harbor;
  private static Enrichment harborResult;
  private static String velloria;
  private static Enrichment velloriaResult;

  @BeforeAll
  static void enrichFixtures() throws IOException {
    ArticleEnricher enricher = new CoreNlpEnricherFactory().create();
    harbor = fixture("harbor-lane.txt");
    harborResult = enricher.enrich(article(
        "Harbor Lane Accused of Hiding Battery Defects", harbor, "2025-03-14T10:00:00Z"));
    velloria = fixture("velloria.txt");
    velloriaResult = enricher.enrich(article(
        "Velloria Foods to Close Marston Bakery", velloria, "2025-02-04T08:30:00+01:00"));
  }

  @Test
  void aComplaintStatementIsAnAllegationByTheDocument() {
    Claim claim = claimContaining(harborResult, "The complaint alleges that Harbor Lane knew");
    assertThat(claim.stance()).isEqualTo(Stance.ALLEGATION);
    assertThat(claim.cue()).isEqualTo("alleges");
    assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(claim.quote()).isEqualTo(QuoteKind.INDIRECT);
  }

  @Test
  void aCompanyDenyingAllegationsIsADenialByThatCompany() {
    Claim claim = claimContaining(harborResult, "has denied allegations that it concealed");
    assertThat(claim.stance()).isEqualTo(Stance.DENIAL);
    assertThat(claim.cue()).isEqualTo("denied");
    assertThat(claim.speaker().entity()).isEqualTo("Harbor Lane Motors");
    assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void aQuotedDenialAnswersTheAccusationItRebuts() {
    Claim denial = claimContaining(harborResult, "We have never hidden a single battery defect");
    Claim accusation = claimContaining(harborResult, "accuses the company of hiding");
    assertThat(accusation.stance()).isEqualTo(Stance.ALLEGATION);
    assertThat(denial.stance()).isEqualTo(Stance.DENIAL);
    assertThat(denial.answers()).isEqualTo(accusation.seq());
  }

  @Test
  void aHedgedReportIsAnAllegationMarkedHedged() {
    Claim claim = claimContaining(harborResult, "Okafor allegedly ordered engineers");
    assertThat(claim.hedged()).isTrue();
    assertThat(claim.stance()).isEqualTo(Stance.ALLEGATION);
    assertThat(claim.cue()).isEqualTo("states");
  }

  @Test
  void aHedgeWithoutACueIsAttributedToTheSourceCitedJustBefore() {
    Claim claim = claimContaining(harborResult, "The company allegedly ignored");
    assertThat(claim.cue()).isEqualTo("allegedly");
    assertThat(claim.hedged()).isTrue();
    assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void accordingToNamesTheSource() {
    Claim claim = claimContaining(harborResult, "Battery recalls rose 12% last year");
    assertThat(claim.cue()).isEqualTo("according to");
    assertThat(claim.speaker().text()).isEqualTo("the National Transport Safety Office");
    assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void aQuoteSpanningTwoSentencesIsOneDirectClaim() {
    Claim claim = claimContaining(harborResult, "We have never hidden");
    assertThat(claim.text()).contains("Every Sparrow battery passed independent testing");
    assertThat(claim.quote()).isEqualTo(QuoteKind.DIRECT);
    assertThat(claim.cue()).isEqualTo("said");
    assertThat(claim.speaker().entity()).isEqualTo("Maria Okafor");
  }

  @Test
  void aPronounSpeakerResolvesToThePersonCitedBefore() {
    Claim claim = claimContaining(harborResult, "She added that the union");
    assertThat(claim.speaker().text()).isEqualTo("She");
    assertThat(claim.speaker().entity()).isEqualTo("Maria Okafor");
    assertThat(claim.stance()).isEqualTo(Stance.DENIAL);
    assertThat(claim.quote()).isEqualTo(QuoteKind.MIXED);
  }

  @Test
  void headlinesQuestionsAndNarrativeAreNotClaims() {
    assertThat(harborResult.claims())
        .noneMatch(c -> c.text().contains("Union Pushes Back"))
        .noneMatch(c -> c.text().contains("safe to drive"))
        .noneMatch(c -> c.text().contains("shares fell 4 percent"));
  }

  @Test
  void aSurnameJoinsTheFullNameAsOnePerson() {
    Entity okafor = entityNamed(harborResult, "Maria Okafor");
    assertThat(okafor.type()).isEqualTo(EntityType.PERSON);
    assertThat(okafor.mentions()).extracting(Mention::text).contains("Maria Okafor", "Okafor");
    assertThat(okafor.mentionCount()).isGreaterThanOrEqualTo(4);
    assertThat(harborResult.entities()).noneMatch(e -> e.name().equals("Okafor"));
  }

  @Test
  void moneyIsNormalisedToCurrencyAndAmount() {
    Entity money = entityNamed(harborResult, "$3.5 million");
    assertThat(money.type()).isEqualTo(EntityType.MONEY);
    assertThat(money.normalized()).isEqualTo("USD 3500000");
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    assertThat(entityNamed(harborResult, "yesterday").normalized()).isEqualTo("2025-03-13");
    assertThat(entityNamed(harborResult, "last year").normalized()).isEqualTo("2024");
    assertThat(entityNamed(harborResult, "Tuesday").normalized()).isEqualTo("2025-03-11");
    assertThat(entityNamed(harborResult, "2015").type()).isEqualTo(EntityType.DATE);
  }

  @Test
  void percentagesAreNormalised() {
    assertThat(entityNamed(harborResult, "12%").normalized()).isEqualTo("12%");
    assertThat(entityNamed(harborResult, "4 percent").normalized()).isEqualTo("4%");
  }

  @Test
  void offsetsPointAtTheTextTheyCarry() {
    for (Enrichment result : List.of(harborResult, velloriaResult)) {
      String text = result == harborResult ? harbor : velloria;
      for (Entity entity : result.entities()) {
        for (Mention m : entity.mentions()) {
          assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
      }
      for (Claim claim : result.claims()) {
        assertThat(text.substring(claim.start(), claim.end())).isEqualTo(claim.text());
      }
    }
  }

  @Test
  void salienceIsWithinZeroAndOneAndHighestForTheSubject() {
    assertThat(harborResult.entities()).allMatch(e -> e.salience() >= 0 && e.salience() <= 1);
    assertThat(harborResult.entities().get(0).name()).isIn("Harbor Lane Motors",
        "Maria Okafor");
  }

  @Test
  void anInvertedAttributionNamesThePersonAfterTheCue() {
    Claim claim = claimContaining(velloriaResult, "This was a painful decision");
    assertThat(claim.speaker().entity()).isEqualTo("Tomas Brandt");
    assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(claim.quote()).isEqualTo(QuoteKind.DIRECT);
  }

  @Test
  void theCompanyResolvesToTheOrganisationNamedBefore() {
    Claim claim = claimContaining(velloriaResult, "The company said it would offer retraining");
    assertThat(claim.speaker().entity()).isEqualTo("Velloria Foods");
    assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(claim.stance()).isEqualTo(Stance.ASSERTION);
  }

  @Test
  void toldWithAnObjectTakesTheClauseAfterTheObject() {
    Claim claim = claimContaining(velloriaResult, "Mayor Ingrid Sallis told the Marston Herald");
    assertThat(claim.speaker().entity()).isEqualTo("Ingrid Sallis");
    assertThat(claim.cue()).isEqualTo("told");
  }

  @Test
  void heAndSheFollowTheGenderOfTheName() {
    Claim she = claimContaining(velloriaResult, "They are walking away");
    assertThat(she.speaker().entity()).isEqualTo("Ingrid Sallis");
  }

  @Test
  void aSubjectWithARelativeClauseBetweenCommasIsTheSpeaker() {
    Claim claim = claimContaining(velloriaResult, "said the staff had offered");
    assertThat(claim.speaker().entity()).isEqualTo("Petra Lindqvist");
  }

  @Test
  void aNegatedCueIsNotTakenAsTheClaimOfTheSentence() {
    assertThat(velloriaResult.claims()).noneMatch(c -> c.text().contains("He did not say"));
  }

  private static Claim claimContaining(Enrichment result, String key) {
    Optional<Claim> found = result.claims().stream().filter(c -> c.text().contains(key))
        .findFirst();
    assertThat(found).as("claim containing '%s' among %s", key, result.claims()).isPresent();
    return found.get();
  }

  private static Entity entityNamed(Enrichment result, String name) {
    Optional<Entity> found = result.entities().stream()
        .filter(e -> e.name().equals(name)
            || e.mentions().stream().anyMatch(m -> m.text().equals(name)))
        .findFirst();
    assertThat(found).as("entity '%s' among %s", name, result.entities()).isPresent();
    return found.get();
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = CoreNlpEnricherTest.class.getResourceAsStream("/articles/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static RawArticle article(String title, String text, String published) {
    return new RawArticle(RawArticle.SCHEMA_VERSION, "test", 1, false, "https://example.test/a",
        "https://example.test/a", "test", "example.test", Instant.parse("2025-03-14T10:00:00Z"),
        "hash", title, text, List.of(), OffsetDateTime.parse(published), null, "en", null, null,
        null, List.of(), null, false);
  }
}
