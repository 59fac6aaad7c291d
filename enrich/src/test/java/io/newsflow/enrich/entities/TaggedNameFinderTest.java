package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.nlp.AnalysedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans of the tagger's names, on hand-tagged fictional sentences. */
class TaggedNameFinderTest {

  @Test
  void aSentenceOpeningPrepositionIsNoPartOfTheName() {
    AnalysedText text = TaggedTexts.of("As/IN/MISC Ostravian/JJ/MISC voters/NNS left/VBD ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("Ostravian");
  }

  @Test
  void aDashBetweenTwoNamesSeparatesThem() {
    AnalysedText text = TaggedTexts.of("the/DT Long/NNP/MISC March/NNP/MISC —/:/MISC "
        + "Ostravian/JJ/MISC families/NNS moved/VBD ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("Long March", "Ostravian");
  }

  @Test
  void aHyphenWithSpacesOnBothSidesSeparatesTwoNames() {
    AnalysedText text = TaggedTexts.of("Scorers/NNS :/: Ostrev/NNP/ORGANIZATION "
        + "-/HYPH/ORGANIZATION Brekkestad/NNP/ORGANIZATION 23/CD ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("Ostrev", "Brekkestad");
  }

  @Test
  void theTwoSidesOfAMatchAreTwoNames() {
    AnalysedText text = TaggedTexts.of("Kestrel/NNP/ORGANIZATION v/CC/ORGANIZATION "
        + "Harlow/NNP/ORGANIZATION ,/, OSTREV/NNP/PERSON V/NNP/PERSON VALDORIA/NNP/PERSON");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("Kestrel", "Harlow", "OSTREV", "VALDORIA");
  }

  @Test
  void aHyphenWithoutSpacesStaysInTheName() {
    AnalysedText text = TaggedTexts.of("Ines/NNP/PERSON Calder/NNP/PERSON +-/HYPH/PERSON "
        + "+Moore/NNP/PERSON spoke/VBD ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("Ines Calder-Moore");
  }

  @Test
  void twoHyphenatedRepairsNeverClaimTheSameWord() {
    AnalysedText text = TaggedTexts.of("The/DT Annelie/NNP/PERSON +-/HYPH +Kraus/NNP +-/HYPH "
        + "+Stiftung/NNP/PERSON Nordmark/NNP/PERSON funds/VBZ it/PRP ./.");
    List<NameMention> found = new TaggedNameFinder().find(text);
    assertThat(found).isNotEmpty();
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
    }
  }

  @Test
  void overlappingMentionsKeepTheLongerOne() {
    NameMention shorter = new NameMention(1, 3, 4, 17, "Annelie-Kraus", EntityType.PERSON, true);
    NameMention longer =
        new NameMention(3, 6, 12, 40, "Kraus-Stiftung Nordmark", EntityType.PERSON, true);
    NameMention apart = new NameMention(8, 8, 50, 55, "Kiel", EntityType.LOCATION, true);
    assertThat(EntityRecognizer.withoutOverlaps(List.of(shorter, longer, apart)))
        .containsExactly(longer, apart);
  }

  @Test
  void aPrepositionJoinedToTheNextWordStaysInTheName() {
    AnalysedText text = TaggedTexts.of("In/IN/ORGANIZATION +-/HYPH/ORGANIZATION "
        + "+Dock/NNP/ORGANIZATION Relay/NNP/ORGANIZATION closed/VBD ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("In-Dock Relay");
  }

  @Test
  void aLetterBeforeACommonNounIsNoName() {
    AnalysedText text = TaggedTexts.of("both/DT have/VBP A-list/JJ/MISC stars/NNS and/CC "
        + "A-level/NN/MISC results/NNS ./.");
    assertThat(new TaggedNameFinder().find(text)).extracting(NameMention::text)
        .containsExactly("A-level");
  }
}
