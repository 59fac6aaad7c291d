package io.newsflow.web.search;

import java.util.List;

/** Finds articles for the search box. */
public interface ArticleFinder {
  /** What the results page says the search covers: "the 500 recent articles", "PostgreSQL". */
  String scope();

  /**
   * The best matches of {@code query}, at most {@code limit}.
   *
   * @throws io.newsflow.core.error.RetriableException when the index cannot be reached
   */
  List<Found> find(String query, int limit);
}
