package io.newsflow.core.article;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the extractor reads off one HTML page: metadata and the main text. Dates keep the offset
 * the page gave; {@code text} holds paragraphs separated by a blank line.
 */
public record ExtractedArticle(
    String url,
    String canonicalUrl,
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

  public ExtractedArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
    tags = tags == null ? List.of() : List.copyOf(tags);
    text = text == null ? "" : text;
  }

  /** Number of whitespace-separated words in the text. */
  public int wordCount() {
    return WordCount.of(text);
  }
}
