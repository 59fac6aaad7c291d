package io.newsflow.core.enrichment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who or what a speaker is. */
public enum SpeakerKind {
  @JsonProperty("person")
  PERSON,
  @JsonProperty("organization")
  ORGANIZATION,
  /** A lawsuit, a filing, a report: a text that makes claims. */
  @JsonProperty("document")
  DOCUMENT,
  /** "a source familiar with", "officials": someone the article does not name. */
  @JsonProperty("anonymous")
  ANONYMOUS
}
