package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.nlp.AnalysedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wire stories presented as tokenised text, one sentence per line, under a headline in capitals
 * and a dateline ("SOCCER - VALDORIA HOLD OSTREV .", "MERIDOR 1996-12-08"), on fictional texts.
 */
class WirePresentationTest {

  private static List<NameMention> repaired(AnalysedText text) {
    return new NameRepairs().apply(text, new TaggedNameFinder().find(text));
  }

  @Test
  void aTopicBeforeAHeadlineInCapitalsIsNoPlace() {
    AnalysedText text = TaggedTexts.lines(
        "SOCCER/NN -/HYPH VALDORIA/NNP/LOCATION HOLD/VBP OSTREV/NNP/LOCATION TO/TO DRAW/VB ./.",
        "MERIDOR/NNP/LOCATION 1996-12-07/CD");
    assertThat(repaired(text)).extracting(NameMention::text).doesNotContain("SOCCER");
  }

  @Test
  void aDatelineDashBeforeTextInLowerCaseStillNamesThePlace() {
    AnalysedText text = TaggedTexts.lines(
        "PORT/NNP ALDER/NNP -/: A/DT total/NN of/IN 600/CD masks/NNS were/VBD lost/VBN ./.");
    assertThat(repaired(text)).extracting(NameMention::text, NameMention::type)
        .contains(tuple("PORT ALDER", EntityType.LOCATION));
  }

  @Test
  void aDatelinePlaceSplitAtItsHyphenIsOnePlace() {
    AnalysedText text = TaggedTexts.lines(
        "AL/NNP/PERSON +-/HYPH/PERSON +SARIM/NNP/PERSON ,/, Valdoria/NNP/LOCATION 1996-12-06/CD");
    assertThat(repaired(text)).extracting(NameMention::text, NameMention::type)
        .contains(tuple("AL-SARIM", EntityType.LOCATION)).doesNotContain(
            tuple("AL", EntityType.LOCATION));
  }

  @Test
  void capitalsBeforeTheDateOfAWireDatelineAreAPlace() {
    AnalysedText text = TaggedTexts.lines(
        "VALDORIA/NNP/LOCATION WINS/VBZ VOTE/NN ./.",
        "MERIDOR/NNP/PERSON 1996-12-08/CD",
        "Voters/NNS in/IN Ostrev/NNP/LOCATION backed/VBD the/DT party/NN ./.");
    assertThat(repaired(text)).extracting(NameMention::text, NameMention::type)
        .contains(tuple("MERIDOR", EntityType.LOCATION));
  }

  @Test
  void wordsEndingInAnOrganisationHeadInAHeadlineInCapitalsAreNoOrganisation() {
    AnalysedText text = TaggedTexts.lines(
        "VALDORIA/NNP/LOCATION 'S/POS RULING/NNP PARTY/NNP WINS/VBZ PROVINCIAL/NNP VOTE/NNP ./.");
    assertThat(repaired(text)).extracting(NameMention::text).doesNotContain("RULING PARTY");
  }

  @Test
  void aPersonsNameGuessedInAHeadlineInCapitalsMakesNoSurname() {
    AnalysedText text = TaggedTexts.lines(
        "KESTREL/NNP/PERSON HARLOW/NNP/PERSON DRAW/NN ./.",
        "Harlow/NNP/LOCATION hosted/VBD Kestrel/NNP/ORGANIZATION on/IN Friday/NNP ./.");
    List<NameMention> names = new DocumentConsistency(FirstNames.shared())
        .apply(text, new TaggedNameFinder().find(text));
    assertThat(names).filteredOn(n -> n.text().equals("Harlow"))
        .extracting(NameMention::type).containsExactly(EntityType.LOCATION);
  }

  @Test
  void aNameInAHeadlineInCapitalsTakesItsTypeFromTheBody() {
    AnalysedText text = TaggedTexts.lines(
        "VALDORIA/NNP/ORGANIZATION 'S/POS RULING/NNP PARTY/NNP WINS/VBZ VOTE/NN ./.",
        "Valdoria/NNP/LOCATION 's/POS ruling/VBG party/NN won/VBD the/DT vote/NN ./.");
    List<NameMention> names = new DocumentConsistency(FirstNames.shared())
        .apply(text, new TaggedNameFinder().find(text));
    assertThat(names).extracting(NameMention::text, NameMention::type).containsExactly(
        tuple("VALDORIA", EntityType.LOCATION),
        tuple("Valdoria", EntityType.LOCATION));
  }
}
