package io.newsflow.ingest.crawl;

import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.article.ContentHash;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.deadletter.Stage;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.ingest.state.FetchStateStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls one article link: fetches it (conditionally, when it was seen before), extracts the
 * article, and publishes a new version only when the content hash changed. Every fetch ends in a
 * status record and an updated fetch state; an extractor failure dead-letters the page.
 */
public final class ArticleCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleCrawler.class);

  private final PageFetcher fetcher;
  private final ArticleExtractor extractor;
  private final FetchStateStore states;
  private final IngestPublisher publisher;
  private final RefreshPolicy policy;
  private final Clock clock;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  public ArticleCrawler(PageFetcher fetcher, ArticleExtractor extractor, FetchStateStore states,
      IngestPublisher publisher, RefreshPolicy policy, Clock clock) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.states = states;
    this.publisher = publisher;
    this.policy = policy;
    this.clock = clock;
  }

  public CrawlOutcome crawl(SourceLink link, String sourceId) {
    String key;
    try {
      key = CanonicalUrl.of(link.url());
    } catch (IllegalArgumentException e) {
      publisher.status(status(link.url(), sourceId, FetchOutcome.INVALID, null, e.getMessage(),
          0, null));
      return CrawlOutcome.FAILED;
    }
    // Two sources may list the same article; one crawl at a time per URL.
    if (!inFlight.add(key)) {
      return CrawlOutcome.NOT_DUE;
    }
    try {
      Instant now = clock.instant();
      FetchState state = states.get(key).orElse(FetchState.unseen(key, now));
      if (!policy.due(state, link, now)) {
        return CrawlOutcome.NOT_DUE;
      }
      return fetchAndPublish(link, sourceId, key, state);
    } finally {
      inFlight.remove(key);
    }
  }

  private CrawlOutcome fetchAndPublish(SourceLink link, String sourceId, String key,
      FetchState state) {
    FetchResult fetched =
        fetcher.fetch(new FetchRequest(link.url(), state.etag(), state.lastModified()));
    Instant now = clock.instant();
    FetchOutcome outcome = fetched.outcome();
    String reason = fetched.reason();
    String articleId = null;
    CrawlOutcome result = CrawlOutcome.FAILED;
    FetchState next = state;
    if (outcome == FetchOutcome.NOT_MODIFIED) {
      result = CrawlOutcome.UNCHANGED;
    } else if (outcome == FetchOutcome.OK) {
      ExtractedArticle article = extract(fetched, link);
      if (article == null) {
        outcome = FetchOutcome.INVALID;
        reason = "the extractor failed on this page (dead-lettered)";
      } else if (article.text().isBlank()) {
        outcome = FetchOutcome.NOT_ARTICLE;
        reason = "no article text found on the page";
      } else {
        String hash = ContentHash.of(article);
        if (hash.equals(state.contentHash())) {
          outcome = FetchOutcome.UNCHANGED;
          result = CrawlOutcome.UNCHANGED;
          articleId = state.articleId();
        } else {
          RawArticle raw = RawArticle.of(article, sourceId, state.version() + 1, now);
          publisher.article(raw);
          next = state.publishedAs(raw.id(), hash, raw.version());
          articleId = raw.id();
          result = CrawlOutcome.PUBLISHED;
          if (article.paywalled()) {
            outcome = FetchOutcome.PAYWALLED;
            reason = "published; the page marks the article as paywalled";
          }
        }
      }
    }
    FetchState updated =
        next.fetched(outcome, fetched.etag(), fetched.lastModified(), now,
            policy.next(next, outcome, now));
    states.put(updated);
    publisher.status(status(key, sourceId, outcome, fetched.status(), reason, fetched.tookMs(),
        articleId));
    return result;
  }

  private ExtractedArticle extract(FetchResult fetched, SourceLink link) {
    try {
      Document page =
          Jsoup.parse(new ByteArrayInputStream(fetched.body()), fetched.charset(),
              fetched.finalUrl());
      ExtractedArticle article = extractor.extract(page, fetched.finalUrl());
      return withListingMetadata(article, link);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      LOG.warn("Extraction failed for {}: {}", fetched.finalUrl(), e.toString());
      publisher.deadLetter(
          DeadLetter.of(Stage.INGEST_EXTRACT, e, null, null, null, fetched.finalUrl(),
              fetched.body()));
      return null;
    }
  }

  /** A feed or sitemap often knows the title or date a page hides; use them as fallbacks. */
  private static ExtractedArticle withListingMetadata(ExtractedArticle a, SourceLink link) {
    if ((a.title() != null && !a.title().isBlank()) && a.published() != null) {
      return a;
    }
    return new ExtractedArticle(a.url(), a.canonicalUrl(),
        a.title() == null || a.title().isBlank() ? link.title() : a.title(), a.text(),
        a.authors(), a.published() != null ? a.published() : link.published(),
        a.modified() != null ? a.modified() : link.modified(), a.language(), a.description(),
        a.image(), a.section(), a.tags(), a.siteName(), a.paywalled());
  }

  private FetchStatus status(String url, String sourceId, FetchOutcome outcome, Integer httpStatus,
      String reason, long tookMs, String articleId) {
    return new FetchStatus(FetchStatus.SCHEMA_VERSION, url, sourceId, outcome, httpStatus, reason,
        clock.instant(), tookMs, articleId);
  }
}
