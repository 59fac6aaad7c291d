package io.newsflow.web.page;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsflow.core.error.NewsflowException;
import io.newsflow.web.feed.RecentArticles;
import io.newsflow.web.query.NotReadyException;
import io.newsflow.web.search.ArticleFinder;
import io.newsflow.web.search.Found;
import io.newsflow.web.sources.SourceHealthHandler;
import io.newsflow.web.trending.PageStreams;
import io.newsflow.web.trending.TrendingHandler;
import io.newsflow.web.trending.TrendingWindow;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's routes, as JDK {@link HttpHandler}s for the process's HTTP server to mount: {@code
 * /} (the latest articles), {@code /claims}, {@code /search}, {@code /events} (Server-Sent
 * Events) and {@code /static/} (the stylesheet and the script, from the jar).
 */
public final class WebPage {
  private static final Logger LOG = LoggerFactory.getLogger(WebPage.class);
  private static final int PAGE_ARTICLES = 40;
  private static final int SEARCH_RESULTS = 30;
  private static final int PANEL_ROWS = 8;
  private static final String STATIC = "/io/newsflow/web/static/";
  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

  private final RecentArticles articles;
  private final ArticleFinder finder;
  private final PageStreams streams;
  private final Templates templates = new Templates();
  private final Map<String, HttpHandler> extra = new LinkedHashMap<>();

  /** A page without the trending and source panels (they say they are not available). */
  public WebPage(RecentArticles articles, ArticleFinder finder) {
    this(articles, finder, null);
  }

  /**
   * @param streams the page's aggregations (trending entities, source health), or null
   */
  public WebPage(RecentArticles articles, ArticleFinder finder, PageStreams streams) {
    this.articles = articles;
    this.finder = finder;
    this.streams = streams;
  }

  /** Every route of the page by path; a path ending in '/' serves what is below it. */
  public Map<String, HttpHandler> routes() {
    Map<String, HttpHandler> routes = new LinkedHashMap<>();
    routes.put("/", get(this::index));
    routes.put("/claims", get(this::claims));
    routes.put("/search", get(this::search));
    routes.put("/events", get(new LiveArticles(articles, templates, Duration.ofSeconds(15), 64)));
    routes.put("/static/", get(WebPage::staticFile));
    routes.put("/sources", get(this::sourcesPage));
    routes.put("/fragments/trending", get(this::trendingPanel));
    routes.put("/fragments/sources", get(this::sourcesPanel));
    if (streams != null) {
      routes.put(TrendingHandler.PATH, get(streams.trendingHandler()));
      routes.put(SourceHealthHandler.PATH, get(streams.sourcesHandler()));
    }
    routes.putAll(extra);
    return routes;
  }

  /** Mounts another route with the page's method and error handling (panels, APIs). */
  public WebPage add(String path, HttpHandler handler) {
    extra.put(path, get(handler));
    return this;
  }

  public Templates templates() {
    return templates;
  }

  private void index(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals("/")) {
      Responses.send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
      return;
    }
    List<ArticleView> views = articles.newest(PAGE_ARTICLES).stream().map(ArticleView::of).toList();
    Responses.html(exchange, 200, templates.render("index.jte", "articles", views));
  }

  private void claims(HttpExchange exchange) throws IOException {
    Map<String, String> q = Responses.query(exchange);
    ClaimsView view = ClaimsView.of(articles.all(), q.get("stance"), q.get("entity"));
    Responses.html(exchange, 200, templates.render("claims.jte", "view", view));
  }

  private void search(HttpExchange exchange) throws IOException {
    String query = Responses.query(exchange).getOrDefault("q", "").strip();
    if (query.length() > 200) {
      query = query.substring(0, 200);
    }
    List<Found> results = List.of();
    String error = null;
    if (!query.isEmpty()) {
      try {
        results = finder.find(query, SEARCH_RESULTS);
      } catch (NewsflowException e) {
        LOG.warn("Search for '{}' failed: {}", query, e.getMessage());
        error = "The search index cannot be reached now; try again later.";
      }
    }
    Map<String, Object> params = new HashMap<>();
    params.put("query", query);
    params.put("scope", finder.scope());
    params.put("results", results);
    params.put("error", error);
    Responses.html(exchange, 200, templates.render("search.jte", params));
  }

  private void trendingPanel(HttpExchange exchange) throws IOException {
    TrendingView view;
    if (streams == null) {
      view = TrendingView.unavailable("Trending entities are not counted by this process.");
    } else {
      try {
        view = TrendingView.of(streams.trending().top(TrendingWindow.HOUR, PANEL_ROWS),
            streams.trending().top(TrendingWindow.DAY, PANEL_ROWS));
      } catch (NotReadyException e) {
        view = TrendingView.unavailable("The counts are starting; they show in a moment.");
      }
    }
    Responses.html(exchange, 200, templates.render("trending.jte", "view", view));
  }

  private void sourcesPanel(HttpExchange exchange) throws IOException {
    Responses.html(exchange, 200, templates.render("sources-panel.jte", "view", sources()));
  }

  private void sourcesPage(HttpExchange exchange) throws IOException {
    Responses.html(exchange, 200, templates.render("sources.jte", "view", sources()));
  }

  private SourcesView sources() {
    if (streams == null) {
      return SourcesView.unavailable("Source health is not counted by this process.");
    }
    try {
      return SourcesView.of(streams.sources().sources());
    } catch (NotReadyException e) {
      return SourcesView.unavailable("The counts are starting; they show in a moment.");
    }
  }

  private static void staticFile(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getPath().substring("/static/".length());
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null || !name.matches("[a-z0-9-]+\\.[a-z]+")) {
      Responses.send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
      return;
    }
    try (InputStream in = WebPage.class.getResourceAsStream(STATIC + name)) {
      if (in == null) {
        Responses.send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
        return;
      }
      byte[] bytes = in.readAllBytes();
      Responses.headers(exchange, type);
      exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
      boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
      exchange.sendResponseHeaders(200, head ? -1 : bytes.length);
      if (!head) {
        exchange.getResponseBody().write(bytes);
      }
    }
  }

  /** GET and HEAD only; an unexpected failure is a 500 without details, logged once. */
  private static HttpHandler get(HttpHandler handler) {
    return exchange -> {
      try (exchange) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("HEAD")) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          Responses.send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
          return;
        }
        handler.handle(exchange);
      } catch (IOException e) {
        LOG.debug("{} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
            e.getMessage());
      } catch (RuntimeException e) {
        LOG.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
        try {
          Responses.send(exchange, 500, "text/plain; charset=utf-8", "internal error\n");
        } catch (IOException | RuntimeException ignored) {
          // the response may have started already
        }
      }
    };
  }
}
