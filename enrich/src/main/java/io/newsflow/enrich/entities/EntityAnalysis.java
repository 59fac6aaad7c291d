package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.Mention;
import java.util.List;
import java.util.Optional;

/** The entities of one article, with a lookup from a stretch of text to the entity named there. */
public record EntityAnalysis(List<Entity> entities) {

  public EntityAnalysis {
    entities = List.copyOf(entities);
  }

  /** The entity with a mention inside {@code [start, end)}, preferring the first such mention. */
  public Optional<Entity> firstWithin(int start, int end) {
    Entity best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Entity entity : entities) {
      for (Mention m : entity.mentions()) {
        if (m.start() >= start && m.end() <= end && m.start() < bestStart) {
          best = entity;
          bestStart = m.start();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every entity mentioned inside {@code [start, end)}, with the mention, in text order. */
  public List<Located> within(int start, int end) {
    return entities.stream()
        .flatMap(e -> e.mentions().stream()
            .filter(m -> m.start() >= start && m.end() <= end)
            .map(m -> new Located(e, m)))
        .sorted(java.util.Comparator.comparingInt(l -> l.mention().start()))
        .toList();
  }

  /** An entity and one of its mentions. */
  public record Located(Entity entity, Mention mention) {}
}
