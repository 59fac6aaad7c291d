package io.newsflow.web.feed;

import io.newsflow.core.enrichment.EnrichedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The latest version of the most recent articles, at most {@code capacity}, newest first by their
 * news time: when an updated version says it was modified, then, else when it was published, else
 * when it was fetched; so an updated story comes back to the top. An older or equal version is
 * ignored, so a replay of the topic changes nothing; when full, the article taken in longest ago
 * goes. Thread-safe.
 */
public final class RecentArticles {
  private static final Comparator<EnrichedArticle> NEWEST_FIRST = Comparator.comparing(
      RecentArticles::newsTime, Comparator.nullsLast(Comparator.reverseOrder()));

  private final int capacity;
  /** By id, in arrival order (oldest first). */
  private final LinkedHashMap<String, EnrichedArticle> byId = new LinkedHashMap<>();
  private final List<ArticleListener> listeners = new CopyOnWriteArrayList<>();

  public RecentArticles(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  /**
   * Takes in an article version; returns true when it is new or newer than the one held (and
   * tells the listeners), false when it is a repeat.
   */
  public boolean add(EnrichedArticle article) {
    synchronized (byId) {
      EnrichedArticle held = byId.get(article.id());
      if (held != null && held.version() >= article.version()) {
        return false;
      }
      byId.remove(article.id());
      byId.put(article.id(), article);
      while (byId.size() > capacity) {
        String oldest = byId.keySet().iterator().next();
        byId.remove(oldest);
      }
    }
    for (ArticleListener listener : listeners) {
      listener.arrived(article);
    }
    return true;
  }

  /** When the article last made news: its modification if updated, else publication, else fetch. */
  static java.time.Instant newsTime(EnrichedArticle a) {
    if (a.updated() && a.modified() != null) {
      return a.modified().toInstant();
    }
    return a.published() != null ? a.published().toInstant() : a.fetchedAt();
  }

  /** The newest {@code limit} articles by news time. */
  public List<EnrichedArticle> newest(int limit) {
    List<EnrichedArticle> all;
    synchronized (byId) {
      all = new ArrayList<>(byId.values());
    }
    java.util.Collections.reverse(all);
    // Stable: articles fetched at the same instant keep the reverse arrival order.
    all.sort(NEWEST_FIRST);
    return all.size() <= limit ? all : new ArrayList<>(all.subList(0, limit));
  }

  /** Every article held, newest first. */
  public List<EnrichedArticle> all() {
    return newest(Integer.MAX_VALUE);
  }

  public Optional<EnrichedArticle> get(String id) {
    synchronized (byId) {
      return Optional.ofNullable(byId.get(id));
    }
  }

  public int size() {
    synchronized (byId) {
      return byId.size();
    }
  }

  public void listen(ArticleListener listener) {
    listeners.add(listener);
  }

  public void unlisten(ArticleListener listener) {
    listeners.remove(listener);
  }

  /** A copy of the held articles by id, for tests. */
  Map<String, EnrichedArticle> snapshot() {
    synchronized (byId) {
      return new LinkedHashMap<>(byId);
    }
  }
}
