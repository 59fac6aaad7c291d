package io.newsflow.app.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnricherFactory;
import io.newsflow.enrich.nlp.CoreNlpEnricherFactory;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.crawl.FeedLister;
import io.newsflow.ingest.crawl.LinkLister;
import io.newsflow.ingest.crawl.SectionLister;
import io.newsflow.ingest.crawl.SitemapLister;
import io.newsflow.ingest.extract.NewsArticleExtractor;
import io.newsflow.ingest.fetch.HttpPageFetcher;
import io.newsflow.sink.SinkService;
import java.time.Clock;
import java.util.Map;

/** Builds each stage with its production parts: the one place the implementations are chosen. */
public final class Stages {
  /** Child sitemaps of an index read per poll, newest first. */
  private static final int MAX_CHILD_SITEMAPS = 20;
  /** Section pages linked from a home page that are read too (depth 1). */
  private static final int MAX_SECTION_PAGES = 5;

  private Stages() {}

  public static IngestService ingest(NewsflowConfig config, MeterRegistry registry) {
    HttpPageFetcher fetcher = new HttpPageFetcher(config.ingest());
    Map<String, LinkLister> listers =
        Map.of(
            SourceConfig.FEED, new FeedLister(),
            SourceConfig.SITEMAP, new SitemapLister(fetcher, MAX_CHILD_SITEMAPS),
            SourceConfig.SECTION, new SectionLister(fetcher, 1, MAX_SECTION_PAGES));
    return new IngestService(config, fetcher, new NewsArticleExtractor(), listers, registry,
        Clock.systemUTC());
  }

  public static EnricherFactory enricherFactory() {
    return new CoreNlpEnricherFactory();
  }

  public static EnrichService enrich(NewsflowConfig config, MeterRegistry registry) {
    return new EnrichService(config, enricherFactory(), registry);
  }

  public static SinkService sink(NewsflowConfig config, MeterRegistry registry) {
    return new SinkService(config, registry);
  }
}
