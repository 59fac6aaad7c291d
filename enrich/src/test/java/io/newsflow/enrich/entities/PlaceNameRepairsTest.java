package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.nlp.AnalysedText;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Place names and what is no name near them, on hand-tagged fictional sentences. */
class PlaceNameRepairsTest {

  private static List<NameMention> repaired(AnalysedText text) {
    return new NameRepairs().apply(text, new TaggedNameFinder().find(text));
  }

  @Test
  void aStateWhoseNameJoinsTwoNamesWithAndIsOnePlace() {
    AnalysedText text = TaggedTexts.of("Valdoria/NNP/LOCATION will/MD oppose/VB "
        + "Trinidad/NNP/LOCATION and/CC Tobago/NNP/LOCATION on/IN June/NNP 2/CD ./.");
    assertThat(repaired(text)).extracting(NameMention::text, NameMention::type).containsExactly(
        Tuple.tuple("Valdoria", EntityType.LOCATION),
        Tuple.tuple("Trinidad and Tobago", EntityType.LOCATION));
  }

  @Test
  void twoPlacesListedWithAndStayTwo() {
    AnalysedText text = TaggedTexts.of("flights/NNS to/TO Valdoria/NNP/LOCATION and/CC "
        + "Ostrev/NNP/LOCATION resumed/VBD ./.");
    assertThat(repaired(text)).extracting(NameMention::text)
        .containsExactly("Valdoria", "Ostrev");
  }

  @Test
  void aTimeZoneAfterATimeIsNoName() {
    AnalysedText text = TaggedTexts.of("Mon/NNP 20/CD Jan/NNP 2031/CD 06.05/CD GMT/NNP/MISC "
        + "in/IN Valdoria/NNP/LOCATION ./.");
    assertThat(repaired(text)).extracting(NameMention::text).containsExactly("Valdoria");
  }

  @Test
  void aStreetIsAPlace() {
    AnalysedText text = TaggedTexts.of("the/DT cafe/NN on/IN Harbour/NNP/ORGANIZATION "
        + "St/NNP/ORGANIZATION closed/VBD ./.");
    assertThat(repaired(text)).extracting(NameMention::text, NameMention::type)
        .containsExactly(Tuple.tuple("Harbour St", EntityType.LOCATION));
  }

  @Test
  void aLawIsMiscAndADiseaseIsNoName() {
    AnalysedText text = TaggedTexts.of("peers/NNS defeated/VBD the/DT "
        + "Fisheries/NNP/ORGANIZATION Bill/NNP/ORGANIZATION and/CC the/DT Clean/NNP/ORGANIZATION "
        + "Rivers/NNP/ORGANIZATION Act/NNP/ORGANIZATION during/IN Covid/NNP/ORGANIZATION ./.");
    assertThat(repaired(text)).extracting(NameMention::text, NameMention::type).containsExactly(
        Tuple.tuple("Fisheries Bill", EntityType.MISC),
        Tuple.tuple("Clean Rivers Act", EntityType.MISC));
  }

  @Test
  void aPersonCalledBillStaysAPerson() {
    AnalysedText text = TaggedTexts.of("Uncle/NNP/PERSON Bill/NNP/PERSON laughed/VBD ./.");
    assertThat(repaired(text)).extracting(NameMention::type)
        .containsExactly(EntityType.PERSON);
  }

  private static List<NameMention> consistent(AnalysedText text) {
    return new DocumentConsistency(FirstNames.shared()).apply(text, repaired(text));
  }

  @Test
  void aSurnameLikeTownListedWithAPlaceAfterAPrepositionIsAPlace() {
    AnalysedText text = TaggedTexts.of("prices/NNS near/IN Tessaly/NNP/PERSON and/CC "
        + "Port/NNP/LOCATION Alder/NNP/LOCATION spiked/VBD ./.");
    assertThat(consistent(text)).extracting(NameMention::text, NameMention::type)
        .containsExactly(Tuple.tuple("Tessaly", EntityType.LOCATION),
            Tuple.tuple("Port Alder", EntityType.LOCATION));
  }

  @Test
  void aPersonListedWithAPlaceWithoutAPrepositionStaysAPerson() {
    AnalysedText text = TaggedTexts.of("Brekke/NNP/PERSON and/CC Valdoria/NNP/LOCATION "
        + "agreed/VBD ./.");
    assertThat(consistent(text)).extracting(NameMention::text, NameMention::type)
        .containsExactly(Tuple.tuple("Brekke", EntityType.PERSON),
            Tuple.tuple("Valdoria", EntityType.LOCATION));
  }
}
