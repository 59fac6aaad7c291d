package io.newsflow.ingest.crawl;

import io.newsflow.ingest.discover.DiscoveredLink;
import io.newsflow.ingest.discover.SitemapContent;
import io.newsflow.ingest.discover.SitemapParser;
import io.newsflow.ingest.fetch.ExpectedContent;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article links of a sitemap. An index is followed one level down, newest child sitemaps
 * first (by their lastmod) and at most {@code maxChildren} of them, so a site's archive of
 * thousands of monthly sitemaps is not fetched on every poll.
 */
public final class SitemapLister implements LinkLister {
  private static final Logger LOG = LoggerFactory.getLogger(SitemapLister.class);

  private final SitemapParser parser = new SitemapParser();
  private final PageFetcher fetcher;
  private final int maxChildren;

  public SitemapLister(PageFetcher fetcher, int maxChildren) {
    this.fetcher = fetcher;
    this.maxChildren = maxChildren;
  }

  @Override
  public List<SourceLink> links(FetchResult listing, int maxLinks) {
    return links(listing, maxLinks, fetcher);
  }

  @Override
  public List<SourceLink> links(FetchResult listing, int maxLinks, PageFetcher childFetcher) {
    SitemapContent content = parser.parse(listing.body(), listing.finalUrl());
    if (!content.isIndex()) {
      return newestFirst(content.links(), maxLinks);
    }
    Map<String, DiscoveredLink> links = new LinkedHashMap<>();
    List<DiscoveredLink> children = new ArrayList<>(content.childSitemaps());
    children.sort(Comparator.comparing(
        DiscoveredLink::modified, Comparator.nullsLast(Comparator.reverseOrder())));
    for (DiscoveredLink child : children.subList(0, Math.min(maxChildren, children.size()))) {
      FetchResult fetched =
          childFetcher.fetch(FetchRequest.of(child.url(), ExpectedContent.XML_OR_TEXT));
      if (!fetched.ok()) {
        LOG.warn("Child sitemap {} of {}: {} {}", child.url(), listing.finalUrl(),
            fetched.outcome().label(), fetched.reason() == null ? "" : fetched.reason());
        continue;
      }
      try {
        parser.parse(fetched.body(), fetched.finalUrl()).links()
            .forEach(l -> links.putIfAbsent(l.url(), l));
      } catch (RuntimeException e) {
        LOG.warn("Child sitemap {} is unreadable: {}", child.url(), e.getMessage());
      }
    }
    return newestFirst(new ArrayList<>(links.values()), maxLinks);
  }

  /** News sitemaps list the newest first anyway; archives do not, and the newest matter most. */
  private static List<SourceLink> newestFirst(List<DiscoveredLink> links, int max) {
    List<DiscoveredLink> sorted = new ArrayList<>(links);
    sorted.sort(Comparator.comparing(
        (DiscoveredLink l) -> l.published() != null ? l.published() : l.modified(),
        Comparator.nullsLast(Comparator.reverseOrder())));
    return FeedLister.Links.of(sorted, max);
  }
}
