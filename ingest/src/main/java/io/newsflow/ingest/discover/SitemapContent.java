package io.newsflow.ingest.discover;

import java.util.List;

/**
 * What one sitemap document holds: either child sitemaps (an index) or page links (a URL set, a
 * Google News sitemap, a text sitemap, or a feed used as a sitemap).
 *
 * @param childSitemaps the sitemaps an index lists, in order, with their {@code lastmod} as
 *     {@link DiscoveredLink#modified()} so a caller can skip children that did not change; empty
 *     for a URL set
 * @param links the page links, in order, de-duplicated; empty for an index
 */
public record SitemapContent(Kind kind, List<DiscoveredLink> childSitemaps,
    List<DiscoveredLink> links) {

  /** The kind of sitemap document. */
  public enum Kind {
    INDEX,
    URL_SET,
    TEXT,
    FEED
  }

  public SitemapContent {
    childSitemaps = List.copyOf(childSitemaps);
    links = List.copyOf(links);
  }

  public boolean isIndex() {
    return kind == Kind.INDEX;
  }
}
