package io.newsflow.app.page;

import com.sun.net.httpserver.HttpHandler;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.web.feed.EnrichedFeed;
import io.newsflow.web.feed.RecentArticles;
import io.newsflow.web.page.WebPage;
import io.newsflow.web.search.ArticleFinder;
import io.newsflow.web.search.RecentArticleFinder;
import java.util.Map;

/**
 * The live page of this process: the recent articles followed from {@code news-enriched-v1}, the
 * search box (PostgreSQL's index when the sink writes there, else the recent articles), and the
 * routes to mount on the process's HTTP server.
 */
public final class LivePage implements AutoCloseable {
  private final RecentArticles articles;
  private final EnrichedFeed feed;
  private final WebPage page;

  private LivePage(RecentArticles articles, EnrichedFeed feed, WebPage page) {
    this.articles = articles;
    this.feed = feed;
    this.page = page;
  }

  /** @param config with the broker's address filled in */
  public static LivePage start(NewsflowConfig config) {
    RecentArticles articles = new RecentArticles(config.web().recentArticles());
    NewsTopics topics = NewsTopics.withPrefix(config.kafka().topicPrefix());
    EnrichedFeed feed = new EnrichedFeed(new KafkaClients(config.kafka()),
        topics.enriched().name(), config.web().recentArticles(), articles).start();
    ArticleFinder finder = config.sink().postgres().enabled()
        ? new PostgresArticleFinder(config.sink().postgres())
        : new RecentArticleFinder(articles);
    return new LivePage(articles, feed, new WebPage(articles, finder));
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
  }
}
