package io.newsflow.core.config;

import java.time.Duration;
import java.util.Locale;

/**
 * One source to poll.
 *
 * @param type feed, sitemap, page or section
 * @param pollInterval null to use {@code ingest.poll-interval}
 */
public record SourceConfig(String type, String url, Duration pollInterval) {
  public static final String FEED = "feed";
  public static final String SITEMAP = "sitemap";
  public static final String PAGE = "page";
  public static final String SECTION = "section";

  public SourceConfig {
    type = type == null ? PAGE : type.toLowerCase(Locale.ROOT);
    if (!type.equals(FEED) && !type.equals(SITEMAP) && !type.equals(PAGE)
        && !type.equals(SECTION)) {
      throw new IllegalArgumentException(
          "source type must be feed, sitemap, page or section, not " + type);
    }
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("a source needs a url");
    }
  }
}
