package io.newsflow.ingest.crawl;

import java.time.OffsetDateTime;

/**
 * An article link a source lists, with what the listing says about it (feed or sitemap title and
 * dates), used to fill metadata the page lacks and to notice updates.
 */
public record SourceLink(String url, String title, OffsetDateTime published,
    OffsetDateTime modified) {

  public static SourceLink of(String url) {
    return new SourceLink(url, null, null, null);
  }
}
