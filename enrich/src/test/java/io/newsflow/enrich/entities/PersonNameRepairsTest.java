package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.EnrichedEntities.typeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.enrich.nlp.AnalysedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repairs of person names on short fictional texts. */
class PersonNameRepairsTest {

  @Test
  void aHyphenatedSurnameStaysInTheName() {
    List<Entity> entities = EnrichedEntities.of("Moments earlier, “Copper Bay” creator Phoebe "
        + "Rourke-Benn accepted the statuette for best comedy actress.");
    assertThat(typeOf(entities, "Phoebe Rourke-Benn")).contains(EntityType.PERSON);
  }

  @Test
  void anUntaggedHyphenatedEndJoinsThePersonsName() {
    AnalysedText text = TaggedTexts.of("creator/NN Phoebe/NNP/PERSON Waller/NNP/PERSON "
        + "+-/HYPH +Brandt/NNP accepted/VBD ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("Phoebe Waller-Brandt");
  }

  @Test
  void anUntaggedFirstHalfOfAHyphenatedFirstNameJoinsThePersonsName() {
    AnalysedText text = TaggedTexts.of("a/DT Jean/NNP +-/HYPH +Marc/NNP/PERSON "
        + "Duvalle/NNP/PERSON portrait/NN ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("Jean-Marc Duvalle");
  }

  @Test
  void aPrefixBeforeASurnameAloneIsNoFirstName() {
    AnalysedText text = TaggedTexts.of("the/DT Anti/NNP +-/HYPH +Varga/NNP/PERSON "
        + "rally/NN ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("Varga");
  }

  @Test
  void aSurnameWithAParticleIsThePerson() {
    List<Entity> entities = EnrichedEntities.of("The cast includes Roberto De Santis and Ana "
        + "Lind. De Santis, whose performance was praised, was given a lifetime award.");
    assertThat(typeOf(entities, "De Santis")).contains(EntityType.PERSON);
  }

  @Test
  void namesInATitleCaseCreditLineAreKept() {
    List<Entity> entities = EnrichedEntities.of("The harbour reopened on Monday.\n\n"
        + "Additional reporting by Tomas Berg; Editing by Clara Vane and Simon Hale-Moore");
    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(Entity::mentions).extracting(Mention::text)
        .contains("Tomas Berg", "Clara Vane", "Simon Hale-Moore");
  }

  @Test
  void aNameOpeningWithAFirstNameListedWithAPersonIsAPerson() {
    AnalysedText text = TaggedTexts.of("Joaquin/NNP/LOCATION Vell/NNP/LOCATION and/CC "
        + "Renata/NNP/PERSON Sorn/NNP/PERSON were/VBD named/VBN best/JJS actors/NNS ./.");
    List<NameMention> names = new DocumentConsistency(FirstNames.shared())
        .apply(text, new TaggedNameFinder().find(text));
    assertThat(names).filteredOn(n -> n.text().equals("Joaquin Vell"))
        .extracting(NameMention::type).containsExactly(EntityType.PERSON);
  }

  @Test
  void aCompetitionNamedAfterAFirstNameIsNoPerson() {
    AnalysedText text = TaggedTexts.of("Ostrev/NNP/LOCATION reached/VBD the/DT "
        + "Walter/NNP/MISC Cup/NNP/MISC final/NN ./.");
    List<NameMention> names = new DocumentConsistency(FirstNames.shared())
        .apply(text, new TaggedNameFinder().find(text));
    assertThat(names).filteredOn(n -> n.text().equals("Walter Cup"))
        .extracting(NameMention::type).containsExactly(EntityType.MISC);
  }

  private static List<NameMention> consistent(AnalysedText text) {
    return new DocumentConsistency(FirstNames.shared())
        .apply(text, new NameRepairs().apply(text, new TaggedNameFinder().find(text)));
  }

  @Test
  void aTitledPersonTakenIntoAnOrganisationIsAPerson() {
    AnalysedText text = TaggedTexts.of("Ostrev/NNP/ORGANIZATION County/NNP/ORGANIZATION "
        + "District/NNP/ORGANIZATION Attorney/NNP/ORGANIZATION Pamela/NNP/ORGANIZATION "
        + "Varga/NNP/ORGANIZATION dropped/VBD the/DT charges/NNS ./.",
        "Democratic/NNP/ORGANIZATION Rep./NNP/ORGANIZATION Sofia/NNP/ORGANIZATION "
            + "Brekke/NNP/ORGANIZATION +-/HYPH/ORGANIZATION +Lund/NNP/ORGANIZATION "
            + "objected/VBD ./.");
    assertThat(consistent(text)).extracting(NameMention::text, NameMention::type).contains(
        org.assertj.core.groups.Tuple.tuple("Pamela Varga", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Democratic", EntityType.MISC),
        org.assertj.core.groups.Tuple.tuple("Sofia Brekke-Lund", EntityType.PERSON));
  }

  @Test
  void aPlaceNamedAfterATitledPersonStaysWhole() {
    AnalysedText text = TaggedTexts.of("ferries/NNS to/TO Prince/NNP/LOCATION "
        + "Edward/NNP/LOCATION Island/NNP/LOCATION resumed/VBD ./.");
    assertThat(consistent(text)).extracting(NameMention::text)
        .containsExactly("Prince Edward Island");
  }

  @Test
  void aLowerCaseNamePartAfterAHyphenStaysInThePersonsName() {
    AnalysedText text = TaggedTexts.of("President/NNP Lin/NNP/PERSON Mei/NNP/PERSON "
        + "+-/HYPH/PERSON +wen/NNP/PERSON spoke/VBD to/TO a/DT Varga/NNP/PERSON "
        + "+-/HYPH +led/VBN panel/NN ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("Lin Mei-wen", "Varga");
  }

  @Test
  void aTreatyNamedAfterACityIsNoPerson() {
    AnalysedText text = TaggedTexts.of("the/DT 2031/CD Sydney/NNP/MISC Protocol/NNP/MISC "
        + "set/VBD a/DT limit/NN ./.");
    assertThat(consistent(text)).extracting(NameMention::text, NameMention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Sydney Protocol", EntityType.MISC));
  }
}
