package io.newsflow.core.enrichment;

/** Full Fact's claim types, a hint for fact-checkers about what kind of check a claim needs. */
public enum ClaimType {
  QUANTITY,
  CAUSAL,
  PREDICTION,
  RULE,
  PERSONAL,
  OTHER
}
