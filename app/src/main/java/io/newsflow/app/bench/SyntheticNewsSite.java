package io.newsflow.app.bench;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.config.SourceConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A synthetic publisher of fictional news: {@code outlets} sites, each on a loopback address of its
 * own ({@code 127.0.0.2}, {@code 127.0.0.3} ...: separate hosts, so a polite crawler fetches them in
 * parallel), each with an RSS feed of its latest articles and real-shaped article pages (navigation,
 * byline, JSON-LD, related links, footer). {@code initial} articles exist at the start and {@code
 * rate} more appear per second; every {@code updateEvery}-th article gets a second version
 * (a correction) {@code updateAfter} after it appeared. Deterministic for a seed and a clock.
 */
public final class SyntheticNewsSite implements AutoCloseable {
  private static final int FEED_ITEMS = 50;
  private static final Pattern ARTICLE = Pattern.compile("/a/(\\d+)/[a-z0-9-]+\\.html");
  private static final DateTimeFormatter RSS_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);

  private final long seed;
  private final int initial;
  private final double rate;
  private final int max;
  private final int updateEvery;
  private final Duration updateAfter;
  private final Clock clock;
  private final Instant start;
  private final List<HttpServer> servers = new ArrayList<>();
  private final List<String> bases = new ArrayList<>();
  private final ExecutorService workers = Executors.newFixedThreadPool(8, r -> {
    Thread t = new Thread(r, "synthetic-site");
    t.setDaemon(true);
    return t;
  });

  /**
   * @param max no more articles than this appear (0: no limit)
   * @param updateEvery every this-th article gets a second version (0: none)
   */
  public SyntheticNewsSite(long seed, int outlets, int initial, double rate, int max,
      int updateEvery, Duration updateAfter, Clock clock) {
    if (outlets < 1 || outlets > 200) {
      throw new IllegalArgumentException("outlets must be from 1 to 200");
    }
    this.seed = seed;
    this.initial = initial;
    this.rate = rate;
    this.max = max;
    this.updateEvery = updateEvery;
    this.updateAfter = updateAfter;
    this.clock = clock;
    this.start = clock.instant();
    try {
      int port = 0;
      for (int i = 0; i < outlets; i++) {
        HttpServer server = bind("127.0.0." + (2 + i), port);
        port = server.getAddress().getPort();
        int outlet = i;
        server.createContext("/", exchange -> serve(outlet, exchange));
        server.setExecutor(workers);
        server.start();
        servers.add(server);
        bases.add("http://127.0.0." + (2 + i) + ":" + port);
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot start the synthetic news site", e);
    }
  }

  private static HttpServer bind(String host, int port) throws IOException {
    try {
      return HttpServer.create(new InetSocketAddress(host, port), 64);
    } catch (IOException taken) {
      return HttpServer.create(new InetSocketAddress(host, 0), 64);
    }
  }

  /** One feed source per outlet. */
  public List<SourceConfig> sources(Duration pollInterval) {
    return bases.stream().map(b -> new SourceConfig(SourceConfig.FEED, b + "/feed.xml",
        pollInterval)).toList();
  }

  /** How many articles exist now. */
  public int published() {
    double seconds = Duration.between(start, clock.instant()).toMillis() / 1000.0;
    long n = initial + (long) Math.floor(Math.max(0, seconds) * rate);
    return (int) (max > 0 ? Math.min(max, n) : Math.min(n, Integer.MAX_VALUE));
  }

  /** How many of the articles that exist now have a second version by now. */
  public int updated() {
    if (updateEvery <= 0) {
      return 0;
    }
    int count = 0;
    Instant now = clock.instant();
    for (int n = 0; n < published(); n += updateEvery) {
      if (!now.isBefore(appearedAt(n).plus(updateAfter))) {
        count++;
      }
    }
    return count;
  }

  public List<String> baseUrls() {
    return List.copyOf(bases);
  }

  /** When article {@code n} appeared: the initial ones over the hour before the start. */
  Instant appearedAt(int n) {
    if (n < initial) {
      return start.minusSeconds(3600L * (initial - n) / Math.max(1, initial));
    }
    return start.plusMillis((long) ((n - initial + 1) * 1000 / rate));
  }

  SyntheticStory story(int n) {
    SyntheticStory story = SyntheticStory.of(seed, n, servers.size(), appearedAt(n));
    boolean updated = updateEvery > 0 && n % updateEvery == 0
        && !clock.instant().isBefore(appearedAt(n).plus(updateAfter));
    return updated ? story.updated() : story;
  }

  private void serve(int outlet, HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/feed.xml")) {
        send(exchange, 200, "application/rss+xml; charset=utf-8", feed(outlet));
      } else if (path.equals("/robots.txt")) {
        send(exchange, 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n");
      } else {
        Matcher m = ARTICLE.matcher(path);
        int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (n >= 0 && n < published() && n % servers.size() == outlet) {
          send(exchange, 200, "text/html; charset=utf-8", page(story(n)));
        } else {
          send(exchange, 404, "text/html; charset=utf-8", "<html><body>Not found</body></html>");
        }
      }
    }
  }

  private String url(SyntheticStory s) {
    return bases.get(s.outlet()) + "/a/" + s.n() + "/" + s.slug() + ".html";
  }

  private String feed(int outlet) {
    StringBuilder items = new StringBuilder();
    int shown = 0;
    for (int n = published() - 1; n >= 0 && shown < FEED_ITEMS; n--) {
      if (n % servers.size() != outlet) {
        continue;
      }
      SyntheticStory s = story(n);
      items.append("<item><title>").append(xml(s.title())).append("</title><link>")
          .append(url(s)).append("</link><guid>").append(url(s)).append("</guid><pubDate>")
          .append(RSS_DATE.format(s.published().atOffset(ZoneOffset.UTC)))
          .append("</pubDate><description>").append(xml(s.paragraphs().get(0)))
          .append("</description></item>\n");
      shown++;
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>"
        + outletName(outlet) + "</title><link>" + bases.get(outlet) + "/</link>"
        + "<description>Fictional news</description>\n" + items + "</channel></rss>\n";
  }

  private String page(SyntheticStory s) {
    String outlet = outletName(s.outlet());
    String published = s.published().atOffset(ZoneOffset.UTC).toString();
    StringBuilder body = new StringBuilder();
    for (String p : s.paragraphs()) {
      body.append("      <p>").append(xml(p)).append("</p>\n");
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<title>" + xml(s.title()) + " | " + outlet + "</title>\n"
        + "<meta property=\"og:title\" content=\"" + xml(s.title()) + "\">\n"
        + "<meta property=\"og:site_name\" content=\"" + outlet + "\">\n"
        + "<meta property=\"article:published_time\" content=\"" + published + "\">\n"
        + "<meta name=\"author\" content=\"" + xml(s.author()) + "\">\n"
        + "<link rel=\"canonical\" href=\"" + url(s) + "\">\n"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"" + json(s.title()) + "\",\"datePublished\":\""
        + published + "\",\"author\":{\"@type\":\"Person\",\"name\":\"" + json(s.author())
        + "\"}}</script>\n</head><body>\n"
        + "<nav class=\"site-nav\"><a href=\"/\">Home</a> <a href=\"/local\">Local</a> "
        + "<a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a></nav>\n"
        + "<main><article>\n  <h1>" + xml(s.title()) + "</h1>\n"
        + "  <p class=\"byline\">By <span class=\"author\">" + xml(s.author()) + "</span> · "
        + "<time datetime=\"" + published + "\">" + published + "</time></p>\n"
        + "  <div class=\"article-body\">\n" + body + "  </div>\n</article>\n"
        + "<aside class=\"related\"><h2>Related Stories</h2><ul><li><a href=\"/\">More from "
        + outlet + "</a></li></ul></aside></main>\n"
        + "<footer><p>Copyright " + outlet + ". All rights reserved.</p></footer>\n"
        + "</body></html>\n";
  }

  private static String outletName(int outlet) {
    return "Synthetic Courier " + (outlet + 1);
  }

  /** Escaped for HTML and XML text and attributes (jsoup's escaper). */
  private static String xml(String s) {
    return Entities.escape(s);
  }

  /** Escaped for a JSON string (Jackson's encoder). */
  private static String json(String s) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(s));
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
    workers.shutdownNow();
  }
}
