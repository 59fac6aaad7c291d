package io.newsflow.web.sources;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import java.util.Set;

/**
 * What one source did in a window, and what one record adds to it.
 *
 * @param articles new articles (version 1) published on {@code news-raw-v1}
 * @param updates later versions of articles published on {@code news-raw-v1}
 * @param pages pages extracted: every article version, and every page with no article text
 *     (fetch status {@code not-article}, which never reaches {@code news-raw-v1})
 * @param noDate article versions without a publication date
 * @param noAuthor article versions without an author
 * @param emptyText pages with no article text ({@code not-article}, or a blank text)
 * @param fetches fetch statuses of the source: listings and pages
 * @param failedFetches fetches that failed: any outcome but ok, not-modified, unchanged,
 *     paywalled and not-article (which is an extraction problem, counted in {@code emptyText})
 */
public record SourceCounts(
    long articles,
    long updates,
    long pages,
    long noDate,
    long noAuthor,
    long emptyText,
    long fetches,
    long failedFetches) {

  private static final Set<FetchOutcome> FETCHED =
      Set.of(FetchOutcome.OK, FetchOutcome.NOT_MODIFIED, FetchOutcome.UNCHANGED,
          FetchOutcome.PAYWALLED, FetchOutcome.NOT_ARTICLE);

  public static SourceCounts none() {
    return new SourceCounts(0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** What one article version adds. */
  public static SourceCounts of(RawArticle article) {
    boolean first = article.version() <= 1;
    return new SourceCounts(first ? 1 : 0, first ? 0 : 1, 1,
        article.published() == null ? 1 : 0,
        article.authors().isEmpty() ? 1 : 0,
        article.text().isBlank() ? 1 : 0, 0, 0);
  }

  /** What one fetch status adds. */
  public static SourceCounts of(FetchStatus status) {
    boolean notArticle = status.outcome() == FetchOutcome.NOT_ARTICLE;
    boolean failed = status.outcome() == null || !FETCHED.contains(status.outcome());
    return new SourceCounts(0, 0, notArticle ? 1 : 0, 0, 0, notArticle ? 1 : 0, 1,
        failed ? 1 : 0);
  }

  public SourceCounts plus(SourceCounts more) {
    return new SourceCounts(articles + more.articles, updates + more.updates, pages + more.pages,
        noDate + more.noDate, noAuthor + more.noAuthor, emptyText + more.emptyText,
        fetches + more.fetches, failedFetches + more.failedFetches);
  }

  /** Article versions: the denominator of the date and author shares. */
  public long versions() {
    return articles + updates;
  }
}
