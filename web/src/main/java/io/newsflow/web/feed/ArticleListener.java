package io.newsflow.web.feed;

import io.newsflow.core.enrichment.EnrichedArticle;

/** Told about each article version the store takes in, newest last. */
@FunctionalInterface
public interface ArticleListener {
  void arrived(EnrichedArticle article);
}
