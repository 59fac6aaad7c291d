package io.newsflow.ingest.crawl;

import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.ingest.discover.DocumentTooLargeException;
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
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source: fetches its listing (conditionally, after the first poll), reads the article
 * links out of it, and crawls each. A page source is its own single link. Every fetch, the listing
 * and whatever a lister fetches besides (child sitemaps, section pages), ends in a status record;
 * a listing that cannot be fetched or read ends the poll with a failed result, never an exception:
 * {@code too-large} for one beyond the parser's limit (a gzip-compressed sitemap that inflates past
 * it), {@code invalid} for any other it cannot read.
 */
public final class SourcePoller {
  private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

  private final PageFetcher fetcher;
  private final Map<String, LinkLister> listers;
  private final ArticleCrawler crawler;
  private final IngestPublisher publisher;
  private final int maxLinks;
  private final Clock clock;
  /** The validators and links of each source's last listing, to poll it conditionally. */
  private final Map<String, Listing> lastListing = new ConcurrentHashMap<>();

  private record Listing(String etag, String lastModified, List<SourceLink> links) {}

  public SourcePoller(
      PageFetcher fetcher,
      Map<String, LinkLister> listers,
      ArticleCrawler crawler,
      IngestPublisher publisher,
      int maxLinks,
      Clock clock) {
    this.fetcher = fetcher;
    this.listers = Map.copyOf(listers);
    this.crawler = crawler;
    this.publisher = publisher;
    this.maxLinks = maxLinks;
    this.clock = clock;
  }

  public PollResult poll(SourceRecord source) {
    return poll(source, () -> true);
  }

  /**
   * Polls {@code source}, stopping between two links as soon as {@code stillOwned} turns false
   * (the source was removed or moved to another instance) or the thread is interrupted.
   */
  public PollResult poll(SourceRecord source, BooleanSupplier stillOwned) {
    if (source.type().equals(SourceConfig.PAGE)) {
      return pollPage(source, stillOwned);
    }
    LinkLister lister = listers.get(source.type());
    if (lister == null) {
      return PollResult.sourceFailed(SourceStatus.NO_READER,
          "no reader for sources of type " + source.type());
    }
    Listing previous = lastListing.get(source.id());
    FetchResult listing =
        fetcher.fetch(
            new FetchRequest(source.url(), previous == null ? null : previous.etag(),
                previous == null ? null : previous.lastModified(), expected(source)));
    List<SourceLink> links;
    if (listing.outcome() == FetchOutcome.NOT_MODIFIED && previous != null) {
      links = previous.links();
      record(source, FetchOutcome.NOT_MODIFIED, listing, links.size() + " links as before");
    } else if (!listing.ok()) {
      record(source, listing.outcome(), listing, listing.reason());
      return PollResult.sourceFailed(listing.outcome().label(),
          listing.outcome().label() + (listing.reason() == null ? "" : ": " + listing.reason()));
    } else {
      try {
        links = lister.links(listing, maxLinks, recording(source));
      } catch (RuntimeException | StackOverflowError e) {
        LOG.warn("Cannot read {} {}: {}", source.type(), source.url(), e.toString());
        FetchOutcome outcome = e instanceof DocumentTooLargeException
            ? FetchOutcome.TOO_LARGE : FetchOutcome.INVALID;
        record(source, outcome, listing, e.getMessage());
        lastListing.remove(source.id());
        return PollResult.sourceFailed(outcome.label(), outcome == FetchOutcome.INVALID
            ? "invalid " + source.type() + ": " + e.getMessage()
            : source.type() + " too large: " + e.getMessage());
      }
      lastListing.put(source.id(),
          new Listing(listing.etag(), listing.lastModified(), List.copyOf(links)));
      record(source, FetchOutcome.OK, listing, links.size() + " links");
    }
    PollResult result = PollResult.listed(listing.outcome().label(), links.size());
    for (SourceLink link : links.subList(0, Math.min(links.size(), maxLinks))) {
      if (stopped(source, stillOwned)) {
        break;
      }
      result = result.with(crawler.crawl(link, source.id()));
    }
    return result;
  }

  /**
   * A page source is its own single link; the poll's outcome is how the page's fetch ended, or
   * {@value SourceStatus#NOT_DUE} when it was not due. A page that cannot be fetched does not fail
   * the source: its retries are the fetch state's ({@link RefreshPolicy}).
   */
  private PollResult pollPage(SourceRecord source, BooleanSupplier stillOwned) {
    if (stopped(source, stillOwned)) {
      return PollResult.listed(SourceStatus.NOT_DUE, 1);
    }
    LinkCrawl crawl = crawler.crawlLink(SourceLink.of(source.url()), source.id());
    PollResult result =
        PollResult.listed(crawl.fetched() == null ? SourceStatus.NOT_DUE : crawl.fetched().label(),
            1).with(crawl.outcome());
    return crawl.outcome() == CrawlOutcome.FAILED ? result.withError(crawl.reason()) : result;
  }

  private static boolean stopped(SourceRecord source, BooleanSupplier stillOwned) {
    if (Thread.currentThread().isInterrupted() || !stillOwned.getAsBoolean()) {
      LOG.info("Stopped polling {} {}: {}", source.type(), source.url(),
          Thread.currentThread().isInterrupted() ? "shutting down" : "no longer owned");
      return true;
    }
    return false;
  }

  /** Feeds and sitemaps are XML (or text); a section page is HTML. */
  private static ExpectedContent expected(SourceRecord source) {
    return source.type().equals(SourceConfig.SECTION)
        ? ExpectedContent.HTML
        : ExpectedContent.XML_OR_TEXT;
  }

  /** The fetcher listers use for what a listing leads to: each fetch gets its status record. */
  private PageFetcher recording(SourceRecord source) {
    return request -> {
      FetchResult result = fetcher.fetch(request);
      publisher.status(new FetchStatus(FetchStatus.SCHEMA_VERSION, request.url(), source.id(),
          result.outcome(), result.status(), result.reason(), clock.instant(), result.tookMs(),
          null));
      return result;
    };
  }

  private void record(SourceRecord source, FetchOutcome outcome, FetchResult listing,
      String reason) {
    publisher.status(new FetchStatus(FetchStatus.SCHEMA_VERSION, source.url(), source.id(),
        outcome, listing.status(), reason, clock.instant(), listing.tookMs(), null));
  }
}
