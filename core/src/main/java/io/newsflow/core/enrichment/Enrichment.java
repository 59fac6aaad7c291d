package io.newsflow.core.enrichment;

import java.util.List;

/** What the enrich stage adds to an article: entities, claims, and how they were found. */
public record Enrichment(List<Entity> entities, List<Claim> claims, EnrichmentInfo info) {
  public Enrichment {
    entities = entities == null ? List.of() : List.copyOf(entities);
    claims = claims == null ? List.of() : List.copyOf(claims);
  }
}
