package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.EnrichedEntities.mentionsOf;
import static io.newsflow.enrich.entities.EnrichedEntities.typeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.nlp.AnalysedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names the tagger takes for organisations, on short fictional texts. */
class OrganisationTypeRepairsTest {

  @Test
  void aCountryBeforeItsPresidentStaysAPlace() {
    List<Entity> entities = EnrichedEntities.of("He took a veiled shot at U.S. President Tom "
        + "Varga in his speech at the dinner.");
    assertThat(typeOf(entities, "U.S.")).contains(EntityType.LOCATION);
  }

  @Test
  void aMinistersFieldBeforeTheTitleIsNoOrganisation() {
    List<Entity> entities = EnrichedEntities.of("Travellers must self-isolate for 14 days, "
        + "Transport Secretary Ana Lind said on Thursday.");
    assertThat(mentionsOf(entities, "Transport")).isZero();
  }

  @Test
  void aPartysAdjectiveBeforeANounIsMisc() {
    List<Entity> entities = EnrichedEntities.of("The stakes are high ahead of Tuesday's "
        + "Democratic debate in Dunmore, co-hosted by the Meridian Wire.");
    assertThat(typeOf(entities, "Democratic")).contains(EntityType.MISC);
  }

  @Test
  void anOrganisationAfterTheCommonNounOpeningTheSentenceLeavesOutTheJoiningWord() {
    AnalysedText text = TaggedTexts.of("Results/NNS of/IN Valdorian/NNP/ORGANIZATION "
        + "Basketball/NNP/ORGANIZATION League/NNP/ORGANIZATION games/NNS on/IN Thursday/NNP :/:");
    List<NameMention> names = new NameRepairs().apply(text, new TaggedNameFinder().find(text));
    assertThat(names).extracting(NameMention::text)
        .containsExactly("Valdorian Basketball League");
  }

  @Test
  void aCommonNounOpeningTheClauseAfterADatelineIsNoName() {
    AnalysedText text = TaggedTexts.of("PORT/NNP/LOCATION ALDER/NNP/LOCATION —/: "
        + "Prosecutors/NNS/MISC on/IN Monday/NNP accused/VBD the/DT firm/NN ./.");
    List<NameMention> names = new NameRepairs().apply(text, new TaggedNameFinder().find(text));
    assertThat(names).extracting(NameMention::text).doesNotContain("Prosecutors");
  }

  @Test
  void aCapitalisedGovernmentAfterAPlaceOrDemonymIsOneOrganisation() {
    AnalysedText text = TaggedTexts.of("the/DT Ostravian/NNP/MISC Government/NNP ’s/POS "
        + "list/NN and/CC the/DT Valdoria/NNP/LOCATION Government/NNP agreed/VBD ./.");
    List<NameMention> names = new NameRepairs().apply(text, new TaggedNameFinder().find(text));
    assertThat(names).extracting(NameMention::text, NameMention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Ostravian Government", EntityType.ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("Valdoria Government", EntityType.ORGANIZATION));
  }

  private static List<NameMention> consistent(AnalysedText text) {
    return new DocumentConsistency(FirstNames.shared())
        .apply(text, new NameRepairs().apply(text, new TaggedNameFinder().find(text)));
  }

  @Test
  void anUntaggedPluralProperNounAfterTheIsAnOrganisation() {
    AnalysedText text = TaggedTexts.of(
        "Valdoria/NNP/LOCATION beat/VBD the/DT Tridents/NNPS 2-1/CD ./.",
        "Ana/NNP/PERSON Brekke/NNP/PERSON hosted/VBD the/DT Brekkes/NNPS ./.");
    assertThat(consistent(text)).extracting(NameMention::text, NameMention::type)
        .contains(org.assertj.core.groups.Tuple.tuple("Tridents", EntityType.ORGANIZATION))
        .extracting(t -> t.toArray()[0]).doesNotContain("Brekkes");
  }
}
