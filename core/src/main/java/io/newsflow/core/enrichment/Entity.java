package io.newsflow.core.enrichment;

import java.util.List;

/**
 * One entity of one article: its mentions grouped under one canonical name and one type.
 *
 * @param key stable across articles ({@link EntityKey}), so "everything about Netflix" is one key
 * @param salience in [0, 1]: how central the entity is to this article
 * @param normalized the normalised value of a DATE, MONEY or PERCENT entity, else null
 */
public record Entity(
    String key,
    String name,
    EntityType type,
    int mentionCount,
    double salience,
    String normalized,
    List<Mention> mentions) {

  public Entity {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
