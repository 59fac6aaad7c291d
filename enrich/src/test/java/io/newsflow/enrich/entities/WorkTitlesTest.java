package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.EnrichedEntities.mentionsOf;
import static io.newsflow.enrich.entities.EnrichedEntities.typeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
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
  void aQuotedNicknameWithoutACueIsNoTitle() {
    List<Entity> entities = EnrichedEntities.of("Senator Odile Varga mocked the mayor she calls "
        + "“Little Pim” in a post on Tuesday.");
    assertThat(typeOf(entities, "Little Pim")).isNotEqualTo(java.util.Optional.of(
        EntityType.MISC));
  }
}
