package io.newsflow.ingest.crawl;

import io.newsflow.ingest.discover.DiscoveredLink;
import io.newsflow.ingest.discover.FeedParser;
import io.newsflow.ingest.fetch.FetchResult;
import java.util.List;

/** The article links of an RSS, Atom or RDF feed. */
public final class FeedLister implements LinkLister {
  private final FeedParser parser = new FeedParser();

  @Override
  public List<SourceLink> links(FetchResult listing, int maxLinks) {
    return Links.of(parser.parse(listing.body(), listing.finalUrl(), listing.charset()), maxLinks);
  }

  /** Conversion shared by the listers. */
  static final class Links {
    private Links() {}

    static List<SourceLink> of(List<DiscoveredLink> links, int max) {
      return links.stream()
          .limit(max)
          .map(l -> new SourceLink(l.url(), l.title(), l.published(), l.modified()))
          .toList();
    }
  }
}
