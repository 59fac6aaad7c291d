package io.newsflow.core.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The value on {@code news-raw-v1}: one version of one article as ingest fetched and extracted it.
 * Keyed by {@link #id()}. A new {@link #version()} is published when the content hash changes;
 * {@link #updated()} is then true.
 */
public record RawArticle(
    int schemaVersion,
    String id,
    int version,
    boolean updated,
    String url,
    String canonicalUrl,
    String source,
    String site,
    Instant fetchedAt,
    String contentHash,
    String title,
    String text,
    List<String> authors,
    OffsetDateTime published,
    OffsetDateTime modified,
    String language,
    String description,
    String image,
    String section,
    List<String> tags,
    String siteName,
    boolean paywalled) {

  public static final int SCHEMA_VERSION = 1;

  public RawArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
    tags = tags == null ? List.of() : List.copyOf(tags);
    text = text == null ? "" : text;
  }

  /**
   * Wraps an extraction as version {@code version} of its article. The id comes from the
   * canonical URL when the page declares one on its own host, else from the fetched URL.
   */
  public static RawArticle of(
      ExtractedArticle article, String source, int version, Instant fetchedAt) {
    String canonical = CanonicalUrl.choose(article.url(), article.canonicalUrl());
    return new RawArticle(
        SCHEMA_VERSION,
        ArticleId.of(canonical),
        version,
        version > 1,
        article.url(),
        canonical,
        source,
        CanonicalUrl.host(canonical),
        fetchedAt,
        ContentHash.of(article),
        article.title(),
        article.text(),
        article.authors(),
        article.published(),
        article.modified(),
        article.language(),
        article.description(),
        article.image(),
        article.section(),
        article.tags(),
        article.siteName(),
        article.paywalled());
  }

  public int wordCount() {
    return WordCount.of(text);
  }
}
