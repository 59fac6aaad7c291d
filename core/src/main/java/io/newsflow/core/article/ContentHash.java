package io.newsflow.core.article;

import java.util.HexFormat;

/**
 * Hash of what a reader sees of an article (title and text, whitespace collapsed), so a page whose
 * markup, ads or timestamps change but whose story does not keeps the same hash.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(ExtractedArticle article) {
    return of(article.title(), article.text());
  }

  public static String of(String title, String text) {
    String normalised = collapse(title) + "\n" + collapse(text);
    return HexFormat.of().formatHex(ArticleId.sha256(normalised));
  }

  private static String collapse(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
