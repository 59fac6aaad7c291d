package io.newsflow.web.page;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.web.feed.ArticleListener;
import io.newsflow.web.feed.RecentArticles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /events}: Server-Sent Events that bring each new article version to open pages as an
 * {@code article} event whose data is the card rendered by the same template as the page (so it
 * is escaped the same way). A comment every {@code keepAlive} keeps proxies from closing an idle
 * stream and tells a gone client apart. At most {@code maxClients} streams at once; a client too
 * slow to take its events loses the oldest ones and catches up on its next reload.
 */
final class LiveArticles implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(LiveArticles.class);
  private static final int QUEUE = 100;

  private final RecentArticles articles;
  private final Templates templates;
  private final Duration keepAlive;
  private final Semaphore clients;

  LiveArticles(RecentArticles articles, Templates templates, Duration keepAlive, int maxClients) {
    this.articles = articles;
    this.templates = templates;
    this.keepAlive = keepAlive;
    this.clients = new Semaphore(maxClients);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!clients.tryAcquire()) {
        Responses.send(exchange, 503, "text/plain; charset=utf-8", "too many live pages open\n");
        return;
      }
      try {
        stream(exchange);
      } finally {
        clients.release();
      }
    }
  }

  private void stream(HttpExchange exchange) throws IOException {
    BlockingQueue<EnrichedArticle> arrived = new ArrayBlockingQueue<>(QUEUE);
    ArticleListener listener = article -> {
      while (!arrived.offer(article)) {
        arrived.poll();
      }
    };
    Responses.headers(exchange, "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
    exchange.sendResponseHeaders(200, 0);
    articles.listen(listener);
    try (OutputStream out = exchange.getResponseBody()) {
      write(out, "retry: 3000\n\n");
      while (!Thread.currentThread().isInterrupted()) {
        EnrichedArticle article = arrived.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
        if (article == null) {
          write(out, ": keep-alive\n\n");
        } else {
          write(out, event(article));
        }
      }
    } catch (IOException gone) {
      LOG.debug("A live page went away: {}", gone.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      articles.unlisten(listener);
    }
  }

  /** One {@code article} event: id {@code <article id>/<version>}, data the rendered card. */
  String event(EnrichedArticle article) {
    String html = templates.render("article.jte", "article", ArticleView.of(article));
    StringBuilder event = new StringBuilder("event: article\nid: ")
        .append(article.id()).append('/').append(article.version()).append('\n');
    // Each line of the data goes in a data field of its own; the client joins them with \n.
    for (String line : html.split("\r\n|\r|\n", -1)) {
      event.append("data: ").append(line).append('\n');
    }
    return event.append('\n').toString();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
