package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.EnrichedEntities.typeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronyms and the names they stand for, on short fictional texts. */
class AcronymsTest {

  @Test
  void anAcronymInBracketsTakesThePlacesType() {
    List<Entity> entities = EnrichedEntities.of("The airline will add flights from Port Ellis "
        + "(PEL) to Dunmore in March.");
    assertThat(typeOf(entities, "PEL")).contains(EntityType.LOCATION);
  }

  @Test
  void capitalisedWordsSpellingABracketedAcronymAreAnOrganisation() {
    List<Entity> entities = EnrichedEntities.of("Members of the Harbour Pilots Guild (HPG) "
        + "voted to strike. The HPG said talks had failed.");
    assertThat(typeOf(entities, "Harbour Pilots Guild")).contains(EntityType.ORGANIZATION);
    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .flatExtracting(Entity::mentions).extracting(m -> m.text())
        .contains("HPG", "HPG");
  }

  @Test
  void anAgencysNameAndItsInitialsAfterItsFirstWordAreOneOrganisation() {
    List<Entity> entities = EnrichedEntities.of("The Tessaly Independent System Operator "
        + "ordered cuts on Friday. Tessaly ISO said reserves had fallen to 6 percent.");
    assertThat(typeOf(entities, "Tessaly ISO")).contains(EntityType.ORGANIZATION);
  }

  @Test
  void aNewsAgencyAfterADatelineKeepsItsOwnType() {
    List<Entity> entities = EnrichedEntities.of("PORT ELLIS (MNA) - Dock workers returned to "
        + "work on Monday.");
    assertThat(typeOf(entities, "MNA")).isNotEqualTo(java.util.Optional.of(
        EntityType.LOCATION));
  }

  @Test
  void spelledOutWordsWithoutAnOrganisationsHeadAreNoOrganisation() {
    List<Entity> entities = EnrichedEntities.of("This week the maker said it had improved on "
        + "Laser Assisted Bonding (LAB) technology for its drives.");
    assertThat(typeOf(entities, "Laser Assisted Bonding")).isNotEqualTo(java.util.Optional.of(
        EntityType.ORGANIZATION));
  }

  @Test
  void aCountryCodeAfterAnAthleteIsNotThePerson() {
    List<Entity> entities = EnrichedEntities.of("Results: 1. Ana Alvarez (ARG) 10.92 2. Ilse "
        + "Marrow (GER) 11.01");
    assertThat(typeOf(entities, "ARG")).isNotEqualTo(java.util.Optional.of(EntityType.PERSON));
  }
}
