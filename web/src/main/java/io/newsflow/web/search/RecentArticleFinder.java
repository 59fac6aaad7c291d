package io.newsflow.web.search;

import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.web.feed.RecentArticles;
import io.newsflow.web.page.ArticleView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search over the recent articles the page holds, when no PostgreSQL index is configured: every
 * word of the query must occur in the title or the text (case and accents aside from case
 * folding); titles that match rank first, then the newest.
 */
public final class RecentArticleFinder implements ArticleFinder {
  private static final int SNIPPET_CHARS = 220;

  private final RecentArticles articles;

  public RecentArticleFinder(RecentArticles articles) {
    this.articles = articles;
  }

  @Override
  public String scope() {
    return "the " + articles.size() + " recent articles this page holds";
  }

  @Override
  public List<Found> find(String query, int limit) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return List.of();
    }
    List<Found> inTitle = new ArrayList<>();
    List<Found> inText = new ArrayList<>();
    for (EnrichedArticle a : articles.all()) {
      String title = fold(a.title() == null ? "" : a.title());
      String text = fold(a.text());
      if (!words.stream().allMatch(w -> title.contains(w) || text.contains(w))) {
        continue;
      }
      ArticleView view = ArticleView.of(a);
      Found found = new Found(a.id(), view.title(), view.url(), view.outlet(), view.published(),
          snippet(a.text(), words));
      (words.stream().allMatch(title::contains) ? inTitle : inText).add(found);
    }
    List<Found> all = new ArrayList<>(inTitle);
    all.addAll(inText);
    return all.size() <= limit ? all : all.subList(0, limit);
  }

  static List<String> words(String query) {
    if (query == null) {
      return List.of();
    }
    return Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .distinct()
        .toList();
  }

  /** Lower case char by char, so that indices into the folded text hold in the original. */
  private static String fold(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  /** A passage around the first match with every query word in it marked. */
  static List<Found.Snippet> snippet(String text, List<String> words) {
    String folded = fold(text);
    int first = -1;
    for (String w : words) {
      int at = folded.indexOf(w);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    int from = Math.max(0, first < 0 ? 0 : first - SNIPPET_CHARS / 3);
    int to = Math.min(text.length(), from + SNIPPET_CHARS);
    List<Found.Snippet> runs = new ArrayList<>();
    if (from > 0) {
      runs.add(new Found.Snippet("…", false));
    }
    int i = from;
    while (i < to) {
      int next = -1;
      String hit = null;
      for (String w : words) {
        int at = folded.indexOf(w, i);
        if (at >= 0 && at < to && (next < 0 || at < next)) {
          next = at;
          hit = w;
        }
      }
      if (next < 0) {
        runs.add(new Found.Snippet(text.substring(i, to), false));
        break;
      }
      if (next > i) {
        runs.add(new Found.Snippet(text.substring(i, next), false));
      }
      int end = Math.min(to, next + hit.length());
      runs.add(new Found.Snippet(text.substring(next, end), true));
      i = end;
    }
    if (to < text.length()) {
      runs.add(new Found.Snippet("…", false));
    }
    return runs;
  }
}
