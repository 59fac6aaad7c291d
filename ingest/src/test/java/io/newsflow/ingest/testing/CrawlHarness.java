package io.newsflow.ingest.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.ingest.IngestTopics;
import io.newsflow.ingest.crawl.ArticleCrawler;
import io.newsflow.ingest.crawl.FeedLister;
import io.newsflow.ingest.crawl.LinkLister;
import io.newsflow.ingest.crawl.RefreshPolicy;
import io.newsflow.ingest.crawl.SectionLister;
import io.newsflow.ingest.crawl.SitemapLister;
import io.newsflow.ingest.crawl.SourcePoller;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.fetch.HttpPageFetcher;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.ingest.state.FetchStateStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The crawl path without a broker: the real {@link HttpPageFetcher} (or another fetcher), a
 * {@link MockProducer} for every topic, a fetch state store that sees its own writes, and readers
 * for what was published.
 */
public final class CrawlHarness implements AutoCloseable {
  public final NewsflowConfig config;
  public final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
  public final MockProducer<String, byte[]> producer =
      new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
  public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  public final IngestTopics topics = new IngestTopics(NewsTopics.withPrefix(""));
  public final PageFetcher fetcher;
  public final IngestPublisher publisher;
  public final FetchStateStore states;
  public final ArticleCrawler crawler;
  public final SourcePoller poller;

  public CrawlHarness(NewsflowConfig config, ArticleExtractor extractor) {
    this(config, extractor, new HttpPageFetcher(config.ingest()));
  }

  public CrawlHarness(NewsflowConfig config, ArticleExtractor extractor, PageFetcher fetcher) {
    this.config = config;
    this.fetcher = fetcher;
    this.publisher = new IngestPublisher(topics.news(), producer, registry);
    this.states = new FetchStateStore(topics.fetchState(), producer);
    RefreshPolicy policy =
        new RefreshPolicy(config.ingest().pollInterval(), config.ingest().refreshWindow());
    this.crawler = new ArticleCrawler(fetcher, extractor, states, publisher,
        new IngestMetrics(registry), policy, clock);
    Map<String, LinkLister> listers =
        Map.of(
            SourceConfig.FEED, new FeedLister(),
            SourceConfig.SITEMAP,
                new SitemapLister(fetcher, 5, config.ingest().maxBodyBytes()),
            SourceConfig.SECTION, new SectionLister(fetcher, 1, 5));
    this.poller =
        new SourcePoller(
            fetcher, listers, crawler, publisher, config.ingest().maxLinksPerSource(), clock);
  }

  public static CrawlHarness withDefaults() {
    return new CrawlHarness(TestConfigs.config(), new ParagraphExtractor());
  }

  public List<RawArticle> articles() {
    return values(topics.news().raw().name(), RawArticle.class);
  }

  public List<FetchStatus> statuses() {
    return values(topics.news().fetchStatus().name(), FetchStatus.class);
  }

  public List<FetchState> stateRecords() {
    return values(topics.fetchState().name(), FetchState.class);
  }

  public List<DeadLetter> deadLetters() {
    return values(topics.news().deadLetters().name(), DeadLetter.class);
  }

  /** The outcome of the last status record about {@code url}. */
  public FetchOutcome lastOutcome(String url) {
    List<FetchStatus> about = statuses().stream().filter(s -> s.url().equals(url)).toList();
    if (about.isEmpty()) {
      throw new AssertionError("no status recorded for " + url + "; recorded: " + statuses());
    }
    return about.get(about.size() - 1).outcome();
  }

  /** The counter {@code newsflow.ingest.fetched{outcome}}, summed over hosts. */
  public double fetchedCount(FetchOutcome outcome) {
    return registry.find(IngestMetrics.FETCHED).tag("outcome", outcome.label()).counters()
        .stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  public void forgetPublished() {
    producer.clear();
  }

  private <T> List<T> values(String topic, Class<T> type) {
    JsonSerde<T> serde = new JsonSerde<>(type);
    return producer.history().stream()
        .filter(r -> r.topic().equals(topic))
        .map(ProducerRecord::value)
        .map(serde::deserialize)
        .toList();
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
