package io.newsflow.core.enrichment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a claim is reported: in quotation marks, paraphrased, or both. */
public enum QuoteKind {
  @JsonProperty("direct")
  DIRECT,
  @JsonProperty("indirect")
  INDIRECT,
  @JsonProperty("mixed")
  MIXED
}
