package io.newsflow.ingest.crawl;

import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.deadletter.Stage;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.HtmlPages;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.state.ArticleVersions;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.ingest.state.FetchStateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls one article link: fetches it (conditionally, when it was seen before), extracts the
 * article, and publishes a new version only when the article's content hash changed. Every fetch
 * ends in a status record and an updated fetch state; an extractor failure dead-letters the page
 * and counts in {@code newsflow.ingest.extraction.failed}.
 * Thread-safe: one crawl at a time per URL, one version decision at a time per article.
 */
public final class ArticleCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleCrawler.class);
  private static final int LOCK_STRIPES = 64;

  private final PageFetcher fetcher;
  private final ArticleExtractor extractor;
  private final FetchStateStore states;
  private final IngestPublisher publisher;
  private final IngestMetrics metrics;
  private final RefreshPolicy policy;
  private final Clock clock;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Object[] articleLocks = new Object[LOCK_STRIPES];

  /** How one fetch ended, before it is recorded. */
  private record Ending(
      FetchOutcome outcome, String reason, String articleId, CrawlOutcome result, FetchState next) {}

  public ArticleCrawler(
      PageFetcher fetcher,
      ArticleExtractor extractor,
      FetchStateStore states,
      IngestPublisher publisher,
      IngestMetrics metrics,
      RefreshPolicy policy,
      Clock clock) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.states = states;
    this.publisher = publisher;
    this.metrics = metrics;
    this.policy = policy;
    this.clock = clock;
    for (int i = 0; i < LOCK_STRIPES; i++) {
      articleLocks[i] = new Object();
    }
  }

  /**
   * Crawls {@code link} if it is due.
   *
   * @throws PublishException when the broker does not take a new version (retriable: the fetch
   *     state is not advanced, so the article is fetched again on the next poll)
   */
  public CrawlOutcome crawl(SourceLink link, String sourceId) {
    return crawlLink(link, sourceId).outcome();
  }

  /**
   * Crawls {@code link} if it is due, and says how its fetch ended too.
   *
   * @throws PublishException as {@link #crawl}
   */
  public LinkCrawl crawlLink(SourceLink link, String sourceId) {
    String key;
    try {
      key = CanonicalUrl.of(link.url());
    } catch (IllegalArgumentException e) {
      publisher.status(
          status(link.url(), sourceId, FetchOutcome.INVALID, null, e.getMessage(), 0, null));
      return new LinkCrawl(CrawlOutcome.FAILED, FetchOutcome.INVALID, e.getMessage());
    }
    // Two sources may list the same article; one crawl at a time per URL.
    if (!inFlight.add(key)) {
      return LinkCrawl.notDue();
    }
    try {
      Instant now = clock.instant();
      FetchState state = states.get(key).orElse(FetchState.unseen(key, now));
      if (!policy.due(state, link, now)) {
        return LinkCrawl.notDue();
      }
      return fetchAndPublish(link, sourceId, key, state);
    } finally {
      inFlight.remove(key);
    }
  }

  private LinkCrawl fetchAndPublish(
      SourceLink link, String sourceId, String key, FetchState state) {
    FetchResult fetched =
        fetcher.fetch(new FetchRequest(link.url(), state.etag(), state.lastModified()));
    Instant now = clock.instant();
    if (Thread.currentThread().isInterrupted()) {
      // Ingest is stopping and cut the fetch short: say so, but keep the state as it was.
      String reason = "interrupted: ingest is stopping";
      publisher.status(
          status(key, sourceId, fetched.outcome(), fetched.status(), reason, fetched.tookMs(),
              null));
      return new LinkCrawl(CrawlOutcome.FAILED, fetched.outcome(), reason);
    }
    Ending ending = switch (fetched.outcome()) {
      case OK -> read(fetched, link, sourceId, key, state, now);
      case NOT_MODIFIED -> new Ending(
          FetchOutcome.NOT_MODIFIED, fetched.reason(), state.articleId(), CrawlOutcome.UNCHANGED,
          state);
      default -> new Ending(fetched.outcome(), fetched.reason(), null, CrawlOutcome.FAILED, state);
    };
    FetchState updated =
        ending.next().fetched(ending.outcome(), fetched.etag(), fetched.lastModified(), now,
            policy.next(ending.next(), ending.outcome(), now));
    states.put(updated);
    publisher.status(
        status(key, sourceId, ending.outcome(), fetched.status(), ending.reason(),
            fetched.tookMs(), ending.articleId()));
    return new LinkCrawl(ending.result(), ending.outcome(), ending.reason());
  }

  /** A page that was fetched: extract it and publish it when it changed. */
  private Ending read(
      FetchResult fetched, SourceLink link, String sourceId, String key, FetchState state,
      Instant now) {
    if (BinaryContent.looksBinary(fetched.body(), fetched.charset())) {
      return new Ending(FetchOutcome.NOT_HTML,
          "binary content served as " + fetched.contentType(), null, CrawlOutcome.FAILED, state);
    }
    ExtractedArticle article = extract(fetched, link);
    if (article == null) {
      return new Ending(FetchOutcome.INVALID,
          "the extractor failed on this page (dead-lettered)", null, CrawlOutcome.FAILED, state);
    }
    if (article.text().isBlank()) {
      return new Ending(FetchOutcome.NOT_ARTICLE, "no article text found on the page", null,
          CrawlOutcome.FAILED, state);
    }
    String articleKey;
    try {
      articleKey = ArticleVersions.articleKey(article);
    } catch (IllegalArgumentException e) {
      return new Ending(FetchOutcome.INVALID, e.getMessage(), null, CrawlOutcome.FAILED, state);
    }
    synchronized (lockOf(articleKey)) {
      FetchState articleState = states.get(articleKey).orElse(null);
      ArticleVersions.Decision decision =
          ArticleVersions.decide(article, sourceId, now, articleState);
      if (!decision.publish()) {
        FetchState next =
            state.publishedAs(decision.articleId(), decision.contentHash(), articleState.version());
        return new Ending(FetchOutcome.UNCHANGED, "content hash unchanged", decision.articleId(),
            CrawlOutcome.UNCHANGED, next);
      }
      try {
        publisher.article(decision.article());
      } catch (PublishException e) {
        if (!e.tooLarge()) {
          throw e;
        }
        return new Ending(FetchOutcome.TOO_LARGE, "not published: " + e.getMessage(), null,
            CrawlOutcome.FAILED, state);
      }
      int version = decision.article().version();
      if (!articleKey.equals(key)) {
        FetchState own = articleState != null ? articleState : FetchState.unseen(articleKey, now);
        states.put(own.publishedAs(decision.articleId(), decision.contentHash(), version));
      }
      FetchState next = state.publishedAs(decision.articleId(), decision.contentHash(), version);
      return article.paywalled()
          ? new Ending(FetchOutcome.PAYWALLED,
              "published version " + version + "; the page marks the article as paywalled",
              decision.articleId(), CrawlOutcome.PUBLISHED, next)
          : new Ending(FetchOutcome.OK, "published version " + version, decision.articleId(),
              CrawlOutcome.PUBLISHED, next);
    }
  }

  private Object lockOf(String articleKey) {
    return articleLocks[Math.floorMod(articleKey.hashCode(), LOCK_STRIPES)];
  }

  private ExtractedArticle extract(FetchResult fetched, SourceLink link) {
    try {
      ExtractedArticle article =
          extractor.extract(
              HtmlPages.parse(fetched.body(), fetched.charset(), fetched.finalUrl()),
              fetched.finalUrl());
      return withListingMetadata(article, link);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("Extraction failed for {}: {}", fetched.finalUrl(), e.toString());
      metrics.extractionFailed(e);
      publisher.deadLetter(
          DeadLetter.of(Stage.INGEST_EXTRACT, e, null, null, null, fetched.finalUrl(),
              fetched.body()));
      return null;
    }
  }

  /** A feed or sitemap often knows the title or date a page hides; use them as fallbacks. */
  private static ExtractedArticle withListingMetadata(ExtractedArticle a, SourceLink link) {
    if (a.title() != null && !a.title().isBlank() && a.published() != null) {
      return a;
    }
    return new ExtractedArticle(a.url(), a.canonicalUrl(),
        a.title() == null || a.title().isBlank() ? link.title() : a.title(), a.text(),
        a.authors(), a.published() != null ? a.published() : link.published(),
        a.modified() != null ? a.modified() : link.modified(), a.language(), a.description(),
        a.image(), a.section(), a.tags(), a.siteName(), a.paywalled());
  }

  private FetchStatus status(String url, String sourceId, FetchOutcome outcome,
      Integer httpStatus, String reason, long tookMs, String articleId) {
    return new FetchStatus(FetchStatus.SCHEMA_VERSION, url, sourceId, outcome, httpStatus, reason,
        clock.instant(), tookMs, articleId);
  }
}
