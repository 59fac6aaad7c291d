package io.newsflow.ingest.crawl;

import io.newsflow.ingest.discover.DiscoveredLink;
import io.newsflow.ingest.discover.SectionLinkExtractor;
import io.newsflow.ingest.extract.HtmlPages;
import io.newsflow.ingest.fetch.ExpectedContent;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * The article links of a home or section page on the same site. With depth 1 the section pages
 * it links to (at most {@code maxSections}) are read too; article pages are never followed.
 */
public final class SectionLister implements LinkLister {
  private final SectionLinkExtractor extractor = new SectionLinkExtractor();
  private final PageFetcher fetcher;
  private final int depth;
  private final int maxSections;

  public SectionLister(PageFetcher fetcher, int depth, int maxSections) {
    this.fetcher = fetcher;
    this.depth = depth;
    this.maxSections = maxSections;
  }

  @Override
  public List<SourceLink> links(FetchResult listing, int maxLinks) {
    return links(listing, maxLinks, fetcher);
  }

  @Override
  public List<SourceLink> links(FetchResult listing, int maxLinks, PageFetcher sectionFetcher) {
    Document page = parse(listing);
    Map<String, DiscoveredLink> links = new LinkedHashMap<>();
    extractor.articleLinks(page, maxLinks).forEach(l -> links.putIfAbsent(l.url(), l));
    if (depth > 0) {
      for (String section : extractor.sectionLinks(page, maxSections)) {
        if (links.size() >= maxLinks) {
          break;
        }
        FetchResult fetched = sectionFetcher.fetch(FetchRequest.of(section, ExpectedContent.HTML));
        if (fetched.ok()) {
          extractor.articleLinks(parse(fetched), maxLinks - links.size())
              .forEach(l -> links.putIfAbsent(l.url(), l));
        }
      }
    }
    return FeedLister.Links.of(List.copyOf(links.values()), maxLinks);
  }

  private static Document parse(FetchResult fetched) {
    return HtmlPages.parse(fetched.body(), fetched.charset(), fetched.finalUrl());
  }
}
