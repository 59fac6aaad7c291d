package io.newsflow.ingest.state;

import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.article.ContentHash;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import java.time.Instant;

/**
 * Decides whether an extracted article is a new version. The version history belongs to the
 * article (its canonical URL), not to the URL it was fetched from: a feed link with a tracking
 * parameter, a redirect and the sitemap's clean URL all lead to one article and one version
 * sequence. Pure: the caller reads the states and writes the results.
 */
public final class ArticleVersions {
  private ArticleVersions() {}

  /** What to do with one extracted article. */
  public record Decision(RawArticle article, String articleId, String contentHash) {
    /** True when the content hash is new: {@link #article()} is then the version to publish. */
    public boolean publish() {
      return article != null;
    }
  }

  /** The key of the article's own state: the canonical URL {@link RawArticle#of} picks. */
  public static String articleKey(ExtractedArticle article) {
    return CanonicalUrl.choose(article.url(), article.canonicalUrl());
  }

  /**
   * @param articleState the state under {@link #articleKey}, or null when it was never seen
   */
  public static Decision decide(
      ExtractedArticle article, String source, Instant fetchedAt, FetchState articleState) {
    String hash = ContentHash.of(article);
    if (articleState != null && hash.equals(articleState.contentHash())) {
      return new Decision(null, articleState.articleId(), hash);
    }
    int version = articleState == null ? 1 : articleState.version() + 1;
    RawArticle raw = RawArticle.of(article, source, version, fetchedAt);
    return new Decision(raw, raw.id(), hash);
  }
}
