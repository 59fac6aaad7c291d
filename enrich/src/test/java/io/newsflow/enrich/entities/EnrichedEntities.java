package io.newsflow.enrich.entities;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.nlp.CoreNlpEnricherFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The real enricher's entities for a short fictional text; the models load once per JVM. */
final class EnrichedEntities {
  private EnrichedEntities() {}

  private static final class Holder {
    static final ArticleEnricher ENRICHER = new CoreNlpEnricherFactory().create();
  }

  static List<Entity> of(String text) {
    RawArticle article = new RawArticle(RawArticle.SCHEMA_VERSION, "test", 1, false,
        "https://example.test/a", "https://example.test/a", "test", "example.test",
        Instant.parse("2026-03-04T10:00:00Z"), "hash", null, text, List.of(),
        OffsetDateTime.parse("2026-03-04T09:00:00Z"), null, "en", null, null, null, List.of(),
        null, false);
    return Holder.ENRICHER.enrich(article).entities();
  }

  /** The type of the entity with a mention written exactly {@code mention}, if any. */
  static Optional<EntityType> typeOf(List<Entity> entities, String mention) {
    return entities.stream()
        .filter(e -> e.mentions().stream().map(Mention::text).anyMatch(mention::equals))
        .map(Entity::type).findFirst();
  }

  /** How many mentions are written exactly {@code mention}, whatever their entity. */
  static long mentionsOf(List<Entity> entities, String mention) {
    return entities.stream().flatMap(e -> e.mentions().stream())
        .filter(m -> m.text().equals(mention)).count();
  }
}
