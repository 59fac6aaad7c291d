package io.newsflow.web.trending;

import io.newsflow.core.enrichment.EntityType;
import java.time.Instant;
import java.util.List;

/**
 * The answer to a trending query: the top entities of a window, ranked by article count, then
 * by change, then by mentions, then by key.
 *
 * @param window {@code 1h} or {@code 24h}
 * @param type the type asked for, or null for all
 * @param at the reference time the windows end at (rounded up to the next 10 minutes)
 * @param from the window's start; the window is {@code [from, to)}
 * @param previousFrom the start of the window before, which ends at {@code from}
 * @param sparklineStepSeconds the step of each entity's sparkline
 * @param complete false when an instance did not answer: the counts it holds are missing
 * @param missing the instances that did not answer, and why
 */
public record Trending(
    String window,
    EntityType type,
    Instant at,
    Instant from,
    Instant to,
    Instant previousFrom,
    long sparklineStepSeconds,
    boolean complete,
    List<String> missing,
    List<TrendingEntity> entities) {

  public Trending {
    missing = missing == null ? List.of() : List.copyOf(missing);
    entities = entities == null ? List.of() : List.copyOf(entities);
  }
}
