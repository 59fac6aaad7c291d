package io.newsflow.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The article id: the first 128 bits of SHA-256 over the canonical URL, in hex. It depends on the
 * URL alone, so every instance and every restart derives the same id for the same article.
 */
public final class ArticleId {
  private ArticleId() {}

  /** The id of the article at {@code url}; the URL is canonicalised first. */
  public static String of(String url) {
    return hash(CanonicalUrl.of(url));
  }

  static String hash(String canonicalUrl) {
    return HexFormat.of().formatHex(sha256(canonicalUrl), 0, 16);
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
