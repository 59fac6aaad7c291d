package io.newsflow.app.page;

import io.newsflow.core.config.SinkConfig;
import io.newsflow.sink.search.ArticleSearch;
import io.newsflow.sink.search.SearchHit;
import io.newsflow.sink.search.SearchQuery;
import io.newsflow.web.search.ArticleFinder;
import io.newsflow.web.search.Found;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search box over PostgreSQL's full-text index (every article the sink wrote), through the
 * same query as {@code newsflow search}.
 */
public final class PostgresArticleFinder implements ArticleFinder {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

  private final ArticleSearch search;

  public PostgresArticleFinder(SinkConfig.Postgres config) {
    this.search = ArticleSearch.of(config);
  }

  @Override
  public String scope() {
    return "every article in PostgreSQL";
  }

  @Override
  public List<Found> find(String query, int limit) {
    List<Found> found = new ArrayList<>();
    for (SearchHit hit : search.search(SearchQuery.text(query).withLimit(limit))) {
      found.add(new Found(hit.id(), hit.title() == null ? "(untitled)" : hit.title(),
          httpUrl(hit.url()), hit.site(),
          hit.time() == null ? "" : hit.time().withOffsetSameInstant(ZoneOffset.UTC).format(TIME),
          snippet(hit.snippet())));
    }
    return found;
  }

  /** The snippet's [bracketed] words as marked runs. */
  static List<Found.Snippet> snippet(String text) {
    List<Found.Snippet> runs = new ArrayList<>();
    if (text == null) {
      return runs;
    }
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('[', i);
      int close = open < 0 ? -1 : text.indexOf(']', open + 1);
      if (open < 0 || close < 0) {
        runs.add(new Found.Snippet(text.substring(i), false));
        break;
      }
      if (open > i) {
        runs.add(new Found.Snippet(text.substring(i, open), false));
      }
      runs.add(new Found.Snippet(text.substring(open + 1, close), true));
      i = close + 1;
    }
    return runs;
  }

  private static String httpUrl(String url) {
    try {
      String scheme = url == null ? null : URI.create(url).getScheme();
      return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? url : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
