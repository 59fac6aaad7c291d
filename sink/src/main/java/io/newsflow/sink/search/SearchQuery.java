package io.newsflow.sink.search;

import io.newsflow.core.enrichment.Stance;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code newsflow search} asks for. Every part is optional, but at least one of text,
 * entity or stance must be given.
 *
 * @param text web-search syntax: words, {@code "a phrase"}, {@code or}, {@code -word}; null or
 *     blank to match every article (then newest first)
 * @param since only articles whose time (published, else fetched) is at or after this; or null
 * @param entity an entity's canonical name (any case, e.g. "Meta") or key ({@code
 *     organization:meta}); only articles that mention it, and with {@code stance}, only claims it
 *     made; or null
 * @param stance only articles with a claim of this stance, listing those claims; or null
 * @param limit how many articles at most, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(String text, Instant since, String entity, Stance stance, int limit) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    text = blankToNull(text);
    entity = blankToNull(entity);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in [1, " + MAX_LIMIT + "]: " + limit);
    }
    if (text == null && entity == null && stance == null) {
      throw new IllegalArgumentException("give a query text, an entity or a stance");
    }
  }

  /** A full-text query with no other filter and the default limit. */
  public static SearchQuery text(String text) {
    return new SearchQuery(text, null, null, null, DEFAULT_LIMIT);
  }

  /** This query restricted to articles of the last {@code window} before {@code now}. */
  public SearchQuery within(Duration window, Instant now) {
    return new SearchQuery(text, now.minus(window), entity, stance, limit);
  }

  public SearchQuery withEntity(String entity) {
    return new SearchQuery(text, since, entity, stance, limit);
  }

  public SearchQuery withStance(Stance stance) {
    return new SearchQuery(text, since, entity, stance, limit);
  }

  public SearchQuery withLimit(int limit) {
    return new SearchQuery(text, since, entity, stance, limit);
  }

  /**
   * The stance a user typed ({@code denial}, {@code DENIAL}), for {@code --stance}.
   *
   * @throws IllegalArgumentException naming the valid stances
   */
  public static Stance stance(String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Stance stance : Stance.values()) {
      if (stance.name().equals(name)) {
        return stance;
      }
    }
    throw new IllegalArgumentException(
        "unknown stance '" + text + "': use one of " + Arrays.toString(Stance.values()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
