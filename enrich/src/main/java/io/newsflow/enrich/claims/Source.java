package io.newsflow.enrich.claims;

import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.enrich.entities.FirstNames.Gender;

/**
 * A source the article has cited, remembered so later pronouns and descriptions can point back.
 *
 * @param head the head noun of its description, lower case ("lawsuit", "spokesperson"), or null
 * @param gender for persons, when a name or pronoun tells it
 * @param legal true for a lawsuit, filing, complaint and the like
 */
record Source(
    Speaker speaker, String head, Gender gender, boolean plural, boolean legal, int unit) {

  SpeakerKind kind() {
    return speaker.kind();
  }

  /** What a pronoun resolving to this source reports as the entity. */
  String referent() {
    return speaker.entity() != null ? speaker.entity() : speaker.text();
  }
}
