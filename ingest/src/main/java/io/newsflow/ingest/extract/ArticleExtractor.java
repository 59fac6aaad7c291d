package io.newsflow.ingest.extract;

import io.newsflow.core.article.ExtractedArticle;
import org.jsoup.nodes.Document;

/**
 * Reads an article off a parsed page. Implementations are thread-safe and never throw for odd
 * markup: a page without an article yields an empty text.
 */
public interface ArticleExtractor {

  /**
   * @param page the parsed page; implementations may modify it
   * @param url the URL the page was fetched from, used to resolve relative links
   */
  ExtractedArticle extract(Document page, String url);
}
