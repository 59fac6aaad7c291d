package io.newsflow.web.trending;

import io.newsflow.core.enrichment.EntityType;

/**
 * What one window holds of one entity, and what one mention record adds to it: the articles that
 * mention it (each article once, whatever its versions), the mentions in their latest versions,
 * and its display name and type (the latest seen).
 *
 * @param articles articles first seen in the window; 0 or 1 for an increment
 * @param mentions mentions in the latest versions; an increment may be negative when a new
 *     version mentions the entity less
 */
public record EntityCounts(String name, EntityType type, long articles, long mentions) {

  public static EntityCounts none() {
    return new EntityCounts(null, null, 0, 0);
  }

  /** These counts with {@code more} added; the name and type of {@code more} win. */
  public EntityCounts plus(EntityCounts more) {
    return new EntityCounts(
        more.name() != null ? more.name() : name,
        more.type() != null ? more.type() : type,
        articles + more.articles(),
        mentions + more.mentions());
  }
}
