package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.nlp.CoreNlpEnricherFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Document-level repairs of the tagger's names on short fictional texts. */
class EntityConsistencyTest {
  private static ArticleEnricher enricher;

  @BeforeAll
  static void loadModels() {
    enricher = new CoreNlpEnricherFactory().create();
  }

  @Test
  void aNationalityBeforeATitleStaysMisc() {
    List<Entity> entities = entities("French President Marie Lacroix met the prime minister "
        + "in Brussels on Monday.");
    assertThat(entities).filteredOn(e -> e.name().equals("French"))
        .extracting(Entity::type).containsOnly(EntityType.MISC);
  }

  @Test
  void aTitleCaseHeadingKeepsOnlyNamesTheBodyConfirms() {
    List<Entity> entities = entities("Trade Barbs Fly as Harbour Talks Stall\n\n"
        + "Talks between the port unions and Dellmore Shipping broke up on Friday, the unions "
        + "said.");
    assertThat(entities).extracting(Entity::name)
        .noneMatch(name -> name.contains("Barbs") || name.contains("Harbour Talks"));
  }

  @Test
  void aDatelineWithoutAVerbKeepsItsNames() {
    List<Entity> entities = entities("PORT ELLIS, Marovia 2026-03-02\n\n"
        + "The harbour reopened on Monday after a week of strikes.");
    assertThat(entities).extracting(Entity::name).contains("Marovia");
  }

  @Test
  void aTwoWordSurnameJoinsTheFullName() {
    List<Entity> entities = entities("Pieter Van Loon sent the message in 2019. Prosecutors say "
        + "Van Loon later deleted it.");
    Entity person = entities.stream().filter(e -> e.name().equals("Pieter Van Loon"))
        .findFirst().orElseThrow();
    assertThat(person.mentions()).extracting(Mention::text).contains("Van Loon");
    assertThat(entities).noneMatch(e -> e.name().equals("Van Loon"));
  }

  @Test
  void aCompanysShortNameJoinsItsFullName() {
    List<Entity> entities = entities("Halden Shipping won three contracts. A Halden executive "
        + "paid for the trip.");
    Entity company = entities.stream().filter(e -> e.name().equals("Halden Shipping"))
        .findFirst().orElseThrow();
    assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(company.mentions()).extracting(Mention::text).contains("Halden");
  }

  @Test
  void aDatelineInCapitalsIsAPlace() {
    List<Entity> entities = entities("Ferry strike ends\n\n"
        + "PORT ALDER — Ferry crews returned to work on Monday after a four-day strike.");
    assertThat(entities).filteredOn(e -> e.name().equals("PORT ALDER"))
        .extracting(Entity::type).containsOnly(EntityType.LOCATION);
  }

  @Test
  void aCapitalisedRunEndingInAnOrganisationHeadIsOneOrganisation() {
    List<Entity> entities = entities("The march was organised by the Free Marovia Movement, "
        + "which says it has 40,000 members.");
    assertThat(entities).filteredOn(e -> e.name().equals("Free Marovia Movement"))
        .extracting(Entity::type).containsOnly(EntityType.ORGANIZATION);
  }

  @Test
  void aDemonymBeforeANounIsMisc() {
    List<Entity> entities = entities("Marovia expelled a Ostrelian diplomat on Tuesday. The "
        + "Ostrelian embassy in Marovia did not respond.");
    assertThat(entities).filteredOn(e -> e.name().equals("Ostrelian"))
        .extracting(Entity::type).containsOnly(EntityType.MISC);
  }

  @Test
  void aPostNominalIsNoPartOfAPersonsName() {
    List<Entity> entities = entities("Opening the defence, Edmund Lowry KC told the court that "
        + "the articles were accurate.");
    assertThat(entities).extracting(Entity::name).contains("Edmund Lowry")
        .doesNotContain("Edmund Lowry KC");
  }

  private static List<Entity> entities(String text) {
    RawArticle article = new RawArticle(RawArticle.SCHEMA_VERSION, "test", 1, false,
        "https://example.test/a", "https://example.test/a", "test", "example.test",
        Instant.parse("2026-03-04T10:00:00Z"), "hash", null, text, List.of(),
        OffsetDateTime.parse("2026-03-04T09:00:00Z"), null, "en", null, null, null, List.of(),
        null, false);
    return enricher.enrich(article).entities();
  }

  @Test
  void thePluralOfAnOrganisationsNameAsACommonNounIsNoName() {
    io.newsflow.enrich.nlp.AnalysedText text = TaggedTexts.of(
        "Shoppers/NNS left/VBD Harrow/NNP/ORGANIZATION early/RB ./.",
        "Harrows/NNS were/VBD stacked/VBN in/IN the/DT barn/NN ./.");
    List<NameMention> names = new DocumentConsistency(FirstNames.shared())
        .apply(text, new TaggedNameFinder().find(text));
    assertThat(names).extracting(NameMention::text).containsExactly("Harrow");
  }

  @Test
  void theSingularOfAOneWordMiscNameIsThatName() {
    io.newsflow.enrich.nlp.AnalysedText text = TaggedTexts.of(
        "She/PRP is/VBZ a/DT frontrunner/NN at/IN the/DT Veltas/NNPS/MISC ./.",
        "He/PRP won/VBD a/DT posthumous/JJ Velta/NNP in/IN 2009/CD ./.");
    List<NameMention> names = new DocumentConsistency(FirstNames.shared())
        .apply(text, new TaggedNameFinder().find(text));
    assertThat(names).filteredOn(n -> n.text().equals("Velta"))
        .extracting(NameMention::type).containsExactly(EntityType.MISC);
  }
}
