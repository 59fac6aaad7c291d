package io.newsflow.ingest.crawl;

import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.ingest.fetch.ExpectedContent;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.source.SourceRecord;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source: fetches its listing (conditionally), reads the article links out of it, and
 * crawls each. A page source is its own single link. A listing that cannot be fetched or read
 * ends in a status record and a failed result, never an exception.
 */
public final class SourcePoller {
  private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

  private final PageFetcher fetcher;
  private final Map<String, LinkLister> listers;
  private final ArticleCrawler crawler;
  private final IngestPublisher publisher;
  private final int maxLinks;
  private final Clock clock;
  private final Map<String, FetchResult> lastListing = new ConcurrentHashMap<>();

  public SourcePoller(PageFetcher fetcher, Map<String, LinkLister> listers, ArticleCrawler crawler,
      IngestPublisher publisher, int maxLinks, Clock clock) {
    this.fetcher = fetcher;
    this.listers = Map.copyOf(listers);
    this.crawler = crawler;
    this.publisher = publisher;
    this.maxLinks = maxLinks;
    this.clock = clock;
  }

  public PollResult poll(SourceRecord source) {
    List<SourceLink> links;
    if (source.type().equals(SourceConfig.PAGE)) {
      links = List.of(SourceLink.of(source.url()));
    } else {
      LinkLister lister = listers.get(source.type());
      if (lister == null) {
        return PollResult.sourceFailed("no reader for sources of type " + source.type());
      }
      FetchResult previous = lastListing.get(source.id());
      FetchResult listing =
          fetcher.fetch(
              new FetchRequest(source.url(), previous == null ? null : previous.etag(),
                  previous == null ? null : previous.lastModified(), expected(source)));
      if (listing.outcome() == FetchOutcome.NOT_MODIFIED && previous != null) {
        listing = previous;
      } else if (!listing.ok()) {
        record(source, listing.outcome(), listing, listing.reason());
        return PollResult.sourceFailed(
            listing.outcome().label() + (listing.reason() == null ? "" : ": " + listing.reason()));
      }
      try {
        links = lister.links(listing, maxLinks);
      } catch (RuntimeException e) {
        LOG.warn("Cannot read {} {}: {}", source.type(), source.url(), e.getMessage());
        record(source, FetchOutcome.INVALID, listing, e.getMessage());
        return PollResult.sourceFailed("invalid " + source.type() + ": " + e.getMessage());
      }
      lastListing.put(source.id(), listing);
      record(source, FetchOutcome.OK, listing, links.size() + " links");
    }
    PollResult result = new PollResult(1, 0, links.size(), 0, 0, 0, 0, null);
    for (SourceLink link : links.subList(0, Math.min(links.size(), maxLinks))) {
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      result = result.with(crawler.crawl(link, source.id()));
    }
    return result;
  }

  /** Feeds and sitemaps are XML (or text); a section page is HTML. */
  private static ExpectedContent expected(SourceRecord source) {
    return source.type().equals(SourceConfig.SECTION)
        ? ExpectedContent.HTML
        : ExpectedContent.XML_OR_TEXT;
  }

  private void record(SourceRecord source, FetchOutcome outcome, FetchResult listing,
      String reason) {
    publisher.status(new FetchStatus(FetchStatus.SCHEMA_VERSION, source.url(), source.id(),
        outcome, listing.status(), reason, clock.instant(), listing.tookMs(), null));
  }
}
