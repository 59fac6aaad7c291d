package io.newsflow.app.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.kafka.Membership;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds each stage with its production parts: the one place the implementations are chosen. */
public final class Stages {
  private static final Logger LOG = LoggerFactory.getLogger(Stages.class);
  /** Child sitemaps of an index read per poll, newest first. */
  private static final int MAX_CHILD_SITEMAPS = 20;
  /** Section pages linked from a home page that are read too (depth 1). */
  private static final int MAX_SECTION_PAGES = 5;

  private Stages() {}

  public static IngestService ingest(NewsflowConfig config, MeterRegistry registry,
      Membership membership) {
    HttpPageFetcher fetcher = new HttpPageFetcher(config.ingest());
    Map<String, LinkLister> listers =
        Map.of(
            SourceConfig.FEED, new FeedLister(),
            SourceConfig.SITEMAP,
                new SitemapLister(fetcher, MAX_CHILD_SITEMAPS, config.ingest().maxBodyBytes()),
            SourceConfig.SECTION, new SectionLister(fetcher, 1, MAX_SECTION_PAGES));
    return new IngestService(config, fetcher, new NewsArticleExtractor(), listers, registry,
        Clock.systemUTC(), membership);
  }

  /**
   * Loads the NLP models on a background thread, so that they are ready by the time the broker
   * is up and the enrich application has joined its group (loading takes 5 to 20 s).
   */
  public static void warmUpEnrichment() {
    Thread thread = new Thread(() -> {
      try {
        enricherFactory().warmUp();
      } catch (RuntimeException | Error e) {
        // The stream thread loads them again and reports the error where it matters.
        LOG.warn("Cannot load the NLP models ahead: {}", e.toString());
      }
    }, "nlp-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  public static EnricherFactory enricherFactory() {
    return new CoreNlpEnricherFactory();
  }

  public static EnrichService enrich(NewsflowConfig config, MeterRegistry registry,
      Membership membership) {
    return new EnrichService(config, enricherFactory(), registry, membership);
  }

  public static SinkService sink(NewsflowConfig config, MeterRegistry registry,
      Membership membership) {
    return new SinkService(config, registry, membership);
  }
}
