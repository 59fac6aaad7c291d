package io.newsflow.enrich;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Enrichment;

/**
 * Finds the entities and claims of one article. The NLP engine lives behind this interface so it
 * can be replaced. An instance is not required to be thread-safe: each stream thread gets its own
 * from an {@link EnricherFactory}.
 */
public interface ArticleEnricher {

  /**
   * Analyses {@code article.text()} (already cut to the configured maximum by the caller). Offsets
   * in the result are character offsets into that text. The returned {@link Enrichment#info()} may
   * be null; the caller fills in timing and truncation.
   */
  Enrichment enrich(RawArticle article);
}
