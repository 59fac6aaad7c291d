package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.EnrichedEntities.mentionsOf;
import static io.newsflow.enrich.entities.EnrichedEntities.typeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.nlp.AnalysedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted titles of works on short fictional texts. */
class WorkTitlesTest {

  @Test
  void aQuotedTitleAfterTheKindOfWorkIsMiscWithItsArticle() {
    List<Entity> entities = EnrichedEntities.of("Director Halvard Strand's thriller “The "
        + "Lantern Keeper” won the top prize at the Meridian festival on Sunday.");
    assertThat(typeOf(entities, "The Lantern Keeper")).contains(EntityType.MISC);
  }

  @Test
  void aQuotedTitleBeforeARoleInItIsMisc() {
    List<Entity> entities = EnrichedEntities.of("“Copper Bay” creator Ilse Marrow accepted the "
        + "award for best comedy writing.");
    assertThat(typeOf(entities, "Copper Bay")).contains(EntityType.MISC);
  }

  @Test
  void titlesListedWithACuedTitleAreMiscAndSoAreTheirOtherQuotedMentions() {
    List<Entity> entities = EnrichedEntities.of("Those left out include “Dorran,” “Salt "
        + "Wives,” and the novel adaptation “Grey Orchard.” Critics had praised “Dorran” for "
        + "its score.");
    assertThat(typeOf(entities, "Dorran")).contains(EntityType.MISC);
    assertThat(typeOf(entities, "Salt Wives")).contains(EntityType.MISC);
    assertThat(mentionsOf(entities, "Dorran")).isEqualTo(2);
  }

  @Test
  void titlesInSpacedStraightQuotesOfTokenisedTextAreFound() {
    // Spaced straight quotes give the tagger no clue which way they face: here it took the
    // first opening quote for a closing one.
    AnalysedText text = TaggedTexts.of("Critics/NNS praised/VBD the/DT films/NNS \"/'' The/DT "
        + "Lantern/NNP/MISC Keeper/NNP/MISC \"/'' and/CC \"/`` Copper/NNP/LOCATION "
        + "Bay/NNP/LOCATION \"/'' at/IN the/DT festival/NN ./.");
    assertThat(new WorkTitles().find(text)).extracting(NameMention::text, NameMention::type)
        .containsExactly(tuple("The Lantern Keeper", EntityType.MISC),
            tuple("Copper Bay", EntityType.MISC));
  }

  @Test
  void aQuotedNicknameWithoutACueIsNoTitle() {
    List<Entity> entities = EnrichedEntities.of("Senator Odile Varga mocked the mayor she calls "
        + "“Little Pim” in a post on Tuesday.");
    assertThat(typeOf(entities, "Little Pim")).isNotEqualTo(java.util.Optional.of(
        EntityType.MISC));
  }

  @Test
  void aQuotedTitleSomeoneHasARoleInIsMisc() {
    List<Entity> entities = EnrichedEntities.of("Ilse Marrow was an upset winner for her role "
        + "as a news anchor in “The Night Desk,” her second award this year.");
    assertThat(typeOf(entities, "The Night Desk")).contains(EntityType.MISC);
  }

  @Test
  void aQuotedWordAfterInWithoutARoleIsLeftAlone() {
    List<Entity> entities = EnrichedEntities.of("The mayor said the plan was written in "
        + "“Good Faith” and would be kept.");
    assertThat(mentionsOf(entities, "Good Faith")).isZero();
  }

  @Test
  void anUntaggedRunEndingInAPrizesHeadWordIsMisc() {
    AnalysedText text = TaggedTexts.of("the/DT big/JJ winner/NN at/IN the/DT Kestrel/NNP "
        + "Guild/NNP Awards/NNPS on/IN Saturday/NNP ./.");
    assertThat(new NameRepairs().apply(text, new TaggedNameFinder().find(text)))
        .extracting(NameMention::text, NameMention::type)
        .containsExactly(tuple("Kestrel Guild Awards", EntityType.MISC));
  }
}
