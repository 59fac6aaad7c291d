package io.newsflow.ingest.discover;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One article URL a source yields.
 *
 * @param url absolute, http(s), without fragment
 * @param title the title the source gives, as plain text, or null
 * @param published when the source says the article was published, or null
 * @param modified when the source says the article last changed, or null
 */
public record DiscoveredLink(
    String url, String title, OffsetDateTime published, OffsetDateTime modified) {

  public DiscoveredLink {
    Objects.requireNonNull(url, "url");
  }

  public static DiscoveredLink of(String url) {
    return new DiscoveredLink(url, null, null, null);
  }
}
