package io.newsflow.ingest.crawl;

import io.newsflow.ingest.discover.DiscoveredLink;
import io.newsflow.ingest.discover.RobotsSitemaps;
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
 * The article links of a sitemap. An index is followed down, newest child sitemaps first (by
 * their lastmod) and at most {@code maxChildren} fetches per poll, so a site's archive of
 * thousands of monthly sitemaps is not fetched on every poll. A source given as a site's
 * {@code robots.txt} discovers its sitemaps from the {@code Sitemap:} lines.
 */
public final class SitemapLister implements LinkLister {
  private static final Logger LOG = LoggerFactory.getLogger(SitemapLister.class);

  private final SitemapParser parser;
  private final PageFetcher fetcher;
  private final int maxChildren;

  /** A lister taking sitemaps up to the sitemaps.org limit of 50 MB once inflated. */
  public SitemapLister(PageFetcher fetcher, int maxChildren) {
    this(fetcher, maxChildren, SitemapParser.DEFAULT_MAX_BYTES);
  }

  /**
   * @param maxBytes the largest sitemap taken once a gzip-compressed file is inflated (give it
   *     {@code ingest.max-body-bytes}, which bounds what the fetcher decodes of a Content-Encoding,
   *     so that a {@code .xml.gz} bomb stops at the same size); at most {@link
   *     SitemapParser#DEFAULT_MAX_BYTES}
   */
  public SitemapLister(PageFetcher fetcher, int maxChildren, long maxBytes) {
    this.fetcher = fetcher;
    this.maxChildren = maxChildren;
    this.parser =
        new SitemapParser((int) Math.min(maxBytes, SitemapParser.DEFAULT_MAX_BYTES));
  }

  @Override
  public List<SourceLink> links(FetchResult listing, int maxLinks) {
    return links(listing, maxLinks, fetcher);
  }

  @Override
  public List<SourceLink> links(FetchResult listing, int maxLinks, PageFetcher childFetcher) {
    List<DiscoveredLink> children;
    if (isRobotsTxt(listing.finalUrl())) {
      // A site given by its robots.txt: the sitemaps its Sitemap: lines name.
      children = RobotsSitemaps.parse(listing.body(), listing.finalUrl()).stream()
          .map(DiscoveredLink::of)
          .toList();
      if (children.isEmpty()) {
        throw new IllegalArgumentException("robots.txt names no Sitemap: " + listing.finalUrl());
      }
    } else {
      SitemapContent content = parser.parse(listing.body(), listing.finalUrl());
      if (!content.isIndex()) {
        return newestFirst(content.links(), maxLinks);
      }
      children = content.childSitemaps();
    }
    Map<String, DiscoveredLink> links = new LinkedHashMap<>();
    int[] budget = {maxChildren};
    collect(children, listing.finalUrl(), childFetcher, links, budget, 1);
    return newestFirst(new ArrayList<>(links.values()), maxLinks);
  }

  /**
   * Reads child sitemaps, newest first, until the budget of fetches is spent; an index among
   * them (as robots.txt often names) is followed one more level when {@code depth} allows.
   */
  private void collect(List<DiscoveredLink> sitemaps, String parent, PageFetcher fetcher,
      Map<String, DiscoveredLink> links, int[] budget, int depth) {
    List<DiscoveredLink> children = new ArrayList<>(sitemaps);
    children.sort(Comparator.comparing(
        DiscoveredLink::modified, Comparator.nullsLast(Comparator.reverseOrder())));
    for (DiscoveredLink child : children) {
      if (budget[0]-- <= 0) {
        return;
      }
      FetchResult fetched = fetcher.fetch(FetchRequest.of(child.url(), ExpectedContent.XML_OR_TEXT));
      if (!fetched.ok()) {
        LOG.warn("Child sitemap {} of {}: {} {}", child.url(), parent,
            fetched.outcome().label(), fetched.reason() == null ? "" : fetched.reason());
        continue;
      }
      try {
        SitemapContent content = parser.parse(fetched.body(), fetched.finalUrl());
        if (content.isIndex() && depth > 0) {
          collect(content.childSitemaps(), fetched.finalUrl(), fetcher, links, budget, depth - 1);
        } else {
          content.links().forEach(l -> links.putIfAbsent(l.url(), l));
        }
      } catch (RuntimeException e) {
        LOG.warn("Child sitemap {} is unreadable: {}", child.url(), e.getMessage());
      }
    }
  }

  private static boolean isRobotsTxt(String url) {
    String path = url.replaceFirst("[?#].*$", "").toLowerCase(java.util.Locale.ROOT);
    return path.endsWith("/robots.txt");
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
