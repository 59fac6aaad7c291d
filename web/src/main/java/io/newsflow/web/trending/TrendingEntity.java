package io.newsflow.web.trending;

import io.newsflow.core.enrichment.EntityType;
import java.util.List;

/**
 * One entity of a trending answer.
 *
 * @param key the entity key, e.g. {@code organization:netflix}
 * @param name its display name, the latest seen
 * @param count articles that mention it in the window (each article once)
 * @param previous articles that mention it in the window before
 * @param change {@code count - previous}
 * @param mentions mentions in those articles' latest versions, in the window
 * @param sparkline article counts of the window in equal steps, oldest first
 */
public record TrendingEntity(
    String key,
    String name,
    EntityType type,
    long count,
    long previous,
    long change,
    long mentions,
    List<Long> sparkline) {

  public TrendingEntity {
    sparkline = sparkline == null ? List.of() : List.copyOf(sparkline);
  }
}
