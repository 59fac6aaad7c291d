package io.newsflow.sink.search;

import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.enrichment.Stance;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code newsflow search} asks for. Every part is optional, but at least one filter must be
 * given.
 *
 * @param text web-search syntax: words, {@code "a phrase"}, {@code or}, {@code -word}; null or
 *     blank to match every article (then newest first)
 * @param since only articles whose time (published, else fetched) is at or after this; or null
 * @param until only articles whose time is before this; or null
 * @param entity an entity's canonical name (any case, e.g. "Meta") or key ({@code
 *     organization:meta}); only articles that mention it, and with {@code stance}, only claims it
 *     made; or null
 * @param stance only articles with a claim of this stance, listing those claims; or null
 * @param site only articles of this host or its subdomains ({@link #site(String)}); or null
 * @param limit how many articles at most, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(
    String text,
    Instant since,
    Instant until,
    String entity,
    Stance stance,
    String site,
    int limit) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    text = blankToNull(text);
    entity = blankToNull(entity);
    site = site(site);
    checkLimit(limit);
    checkWindow(since, until);
    if (text == null && entity == null && stance == null && site == null && since == null
        && until == null) {
      throw new IllegalArgumentException(
          "give a query text, an entity, a stance, a site or a time window");
    }
  }

  /** A query without {@code until} and {@code site}. */
  public SearchQuery(String text, Instant since, String entity, Stance stance, int limit) {
    this(text, since, null, entity, stance, null, limit);
  }

  /** A full-text query with no other filter and the default limit. */
  public static SearchQuery text(String text) {
    return new SearchQuery(text, null, null, null, DEFAULT_LIMIT);
  }

  /** This query restricted to articles of the last {@code window} before {@code now}. */
  public SearchQuery within(Duration window, Instant now) {
    return new SearchQuery(text, now.minus(window), until, entity, stance, site, limit);
  }

  public SearchQuery withUntil(Instant until) {
    return new SearchQuery(text, since, until, entity, stance, site, limit);
  }

  public SearchQuery withEntity(String entity) {
    return new SearchQuery(text, since, until, entity, stance, site, limit);
  }

  public SearchQuery withStance(Stance stance) {
    return new SearchQuery(text, since, until, entity, stance, site, limit);
  }

  public SearchQuery withSite(String site) {
    return new SearchQuery(text, since, until, entity, stance, site, limit);
  }

  public SearchQuery withLimit(int limit) {
    return new SearchQuery(text, since, until, entity, stance, site, limit);
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

  /**
   * The site a user typed, for {@code --site}: a host name in lower case without a leading {@code
   * www.}; a URL gives its host ({@code https://www.Harbour-Gazette.test/news/} is {@code
   * harbour-gazette.test}). It matches articles of that host and of its subdomains. Null or blank
   * gives null (any site).
   *
   * @throws IllegalArgumentException when there is no host name in it
   */
  public static String site(String text) {
    String s = blankToNull(text);
    if (s == null) {
      return null;
    }
    String host = CanonicalUrl.host(s.contains("://") ? s : "http://" + s);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    if (host.isEmpty() || host.startsWith(".") || host.endsWith(".")) {
      throw new IllegalArgumentException("not a site: '" + text
          + "' (use a host name such as harbour-gazette.test)");
    }
    return host;
  }

  static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in [1, " + MAX_LIMIT + "]: " + limit);
    }
  }

  static void checkWindow(Instant since, Instant until) {
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException(
          "the time window is empty: since " + since + " is not before until " + until);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
