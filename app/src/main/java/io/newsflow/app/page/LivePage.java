package io.newsflow.app.page;

import com.sun.net.httpserver.HttpHandler;
import io.newsflow.app.health.HealthCheck;
import io.newsflow.app.runtime.StageSlot;
import io.newsflow.core.config.HostPort;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.web.feed.EnrichedFeed;
import io.newsflow.web.feed.RecentArticles;
import io.newsflow.web.page.WebPage;
import io.newsflow.web.search.ArticleFinder;
import io.newsflow.web.search.RecentArticleFinder;
import io.newsflow.web.trending.PageStreams;
import io.newsflow.web.trending.PageStreamsConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The live page of this process: the recent articles followed from {@code news-enriched-v1}, the
 * search box (PostgreSQL's index when the sink writes there, else the recent articles), and the
 * routes to mount on the process's HTTP server.
 */
public final class LivePage implements AutoCloseable {
  private final RecentArticles articles;
  private final EnrichedFeed feed;
  private final PageStreams streams;
  private final StageSlot slot;
  private final WebPage page;

  private LivePage(RecentArticles articles, EnrichedFeed feed, PageStreams streams,
      StageSlot slot, WebPage page) {
    this.articles = articles;
    this.feed = feed;
    this.streams = streams;
    this.slot = slot;
    this.page = page;
  }

  /**
   * @param config with the broker's address filled in
   * @param httpAddress where this process serves HTTP: the other page instances query this one
   *     there ({@code application.server})
   */
  public static LivePage start(NewsflowConfig config, HostPort httpAddress) {
    RecentArticles articles = new RecentArticles(config.web().recentArticles());
    NewsTopics topics = NewsTopics.withPrefix(config.kafka().topicPrefix());
    EnrichedFeed feed = new EnrichedFeed(new KafkaClients(config.kafka()),
        topics.enriched().name(), config.web().recentArticles(), articles).start();
    ArticleFinder finder = config.sink().postgres().enabled()
        ? new PostgresArticleFinder(config.sink().postgres())
        : new RecentArticleFinder(articles);
    // A second page process on the same data directory keeps its stores apart.
    StageSlot slot = StageSlot.claim(config.dataDir(), config.instanceId(), "web");
    PageStreams streams;
    try {
      PageStreamsConfig defaults = PageStreamsConfig.of(config, reachable(httpAddress));
      streams = new PageStreams(new PageStreamsConfig(defaults.kafka(),
          config.web().applicationId(), defaults.applicationServer(),
          slot.number() == 1 ? defaults.stateDir()
              : config.dataDir().resolve("web-state-" + slot.number()),
          defaults.threads(), defaults.peerTimeout(), slot.groupInstanceId())).start();
    } catch (RuntimeException e) {
      feed.close();
      slot.close();
      throw e;
    }
    return new LivePage(articles, feed, streams, slot, new WebPage(articles, finder, streams));
  }

  /** The address other instances reach: never the wildcard this process may listen on. */
  static HostPort reachable(HostPort listen) {
    if (!listen.wildcard()) {
      return listen;
    }
    try {
      return new HostPort(InetAddress.getLocalHost().getCanonicalHostName(), listen.port());
    } catch (UnknownHostException e) {
      return new HostPort("localhost", listen.port());
    }
  }

  /** Ready while the page's aggregations run; they restore their stores after a restart. */
  public HealthCheck readiness() {
    return HealthCheck.of("web", () -> streams.state() == KafkaStreams.State.RUNNING
        ? Optional.empty()
        : Optional.of("the page's Kafka Streams is " + streams.state() + ", not RUNNING"));
  }

  public Map<String, HttpHandler> routes() {
    return page.routes();
  }

  public RecentArticles articles() {
    return articles;
  }

  @Override
  public void close() {
    feed.close();
    streams.close();
    slot.close();
  }
}
