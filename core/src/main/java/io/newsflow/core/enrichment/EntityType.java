package io.newsflow.core.enrichment;

/** The entity types Newsflow reports. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC,
  MONEY,
  PERCENT,
  DATE
}
