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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A synthetic publisher of fictional news: {@code outlets} sites, each on a loopback address of its
 * own ({@code 127.0.0.2}, {@code 127.0.0.3} ...: separate hosts, so a polite crawler fetches them in
 * parallel), each with an RSS feed of its latest articles ({@code /feed.xml}), a sitemap index
 * ({@code /sitemap.xml}, named by {@code robots.txt} too) whose one child is a Google News sitemap
 * of its latest articles with their {@code lastmod} ({@code /sitemap-news.xml}), and real-shaped
 * article pages (navigation, byline, JSON-LD, related links, footer). {@code initial} articles
 * exist at the start and {@code rate} more appear per second; every {@code updateEvery}-th article
 * gets a second version (a correction) {@code updateAfter} after it appeared, which moves its
 * {@code lastmod} in the sitemap. Every response has an ETag and honours {@code If-None-Match}
 * (304), as news sites do. Deterministic for a seed and a clock.
 */
public final class SyntheticNewsSite implements AutoCloseable {
  private static final int FEED_ITEMS = 50;
  private static final int SITEMAP_ITEMS = 100;
  private static final Pattern ARTICLE = Pattern.compile("/a/(\\d+)/[a-z0-9-]+\\.html");
  private static final DateTimeFormatter RSS_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);

  /** Told of every article page served whole (HTTP 200), from the server's threads. */
  public interface Listener {
    /**
     * @param n the article's number
     * @param version 1, or 2 for the corrected version
     */
    void served(int n, int version);
  }

  private final long seed;
  private final int initial;
  private final double rate;
  private final int max;
  private final int updateEvery;
  private final Duration updateAfter;
  private final Clock clock;
  private volatile Instant start;
  private volatile Listener listener = (n, version) -> { };
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
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

  /** The feed source of one outlet. */
  public SourceConfig feed(int outlet, Duration pollInterval) {
    return new SourceConfig(SourceConfig.FEED, bases.get(outlet) + "/feed.xml", pollInterval);
  }

  /** The sitemap source of one outlet: its sitemap index. */
  public SourceConfig sitemap(int outlet, Duration pollInterval) {
    return new SourceConfig(SourceConfig.SITEMAP, bases.get(outlet) + "/sitemap.xml",
        pollInterval);
  }

  public int outlets() {
    return servers.size();
  }

  /** Tells {@code listener} of every article page served whole from now on. */
  public void listen(Listener listener) {
    this.listener = listener;
  }

  /**
   * Starts the publishing time again from now: the initial articles exist, the next appears
   * {@code 1/rate} s from now. For a caller whose clock stood still while it got ready.
   */
  public void begin() {
    start = clock.instant();
  }

  /** Requests answered so far, of any kind. */
  public long requests() {
    return requests.get();
  }

  /** Requests answered 304 Not Modified so far. */
  public long notModified() {
    return notModified.get();
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
    int published = published();
    for (int n = 0; n < published; n += updateEvery) {
      if (corrected(n)) {
        count++;
      }
    }
    return count;
  }

  /** True when article {@code n} gets a correction. */
  public boolean correctable(int n) {
    return updateEvery > 0 && n % updateEvery == 0;
  }

  /** True when article {@code n} has its correction by now. */
  public boolean corrected(int n) {
    return correctable(n) && !clock.instant().isBefore(appearedAt(n).plus(updateAfter));
  }

  public List<String> baseUrls() {
    return List.copyOf(bases);
  }

  /** When article {@code n} appeared: the initial ones over the hour before the start. */
  Instant appearedAt(int n) {
    if (n < initial) {
      return start.minusSeconds(3600L * (initial - n) / Math.max(1, initial));
    }
    return start.plusMillis((long) ((n - initial + 1) * 1000.0 / rate));
  }

  SyntheticStory story(int n) {
    return story(n, corrected(n));
  }

  private SyntheticStory story(int n, boolean corrected) {
    SyntheticStory story = SyntheticStory.of(seed, n, servers.size(), appearedAt(n));
    return corrected ? story.updated() : story;
  }

  /** When article {@code n} last changed: when it appeared, or when it was corrected. */
  private Instant changedAt(int n) {
    return corrected(n) ? appearedAt(n).plus(updateAfter) : appearedAt(n);
  }

  private void serve(int outlet, HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/feed.xml")) {
        send(exchange, "application/rss+xml; charset=utf-8", feed(outlet), null);
      } else if (path.equals("/sitemap.xml")) {
        send(exchange, "application/xml; charset=utf-8", sitemapIndex(outlet), null);
      } else if (path.equals("/sitemap-news.xml")) {
        send(exchange, "application/xml; charset=utf-8", newsSitemap(outlet), null);
      } else if (path.equals("/robots.txt")) {
        send(exchange, "text/plain; charset=utf-8",
            "User-agent: *\nAllow: /\nSitemap: " + bases.get(outlet) + "/sitemap.xml\n", null);
      } else {
        Matcher m = ARTICLE.matcher(path);
        int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (n >= 0 && n < published() && n % servers.size() == outlet) {
          boolean corrected = corrected(n);
          int version = corrected ? 2 : 1;
          if (send(exchange, "text/html; charset=utf-8", page(story(n, corrected)),
              "\"" + n + "-" + version + "\"")) {
            listener.served(n, version);
          }
        } else {
          sendStatus(exchange, 404, "text/html; charset=utf-8",
              "<html><body>Not found</body></html>");
        }
      }
    }
  }

  private String url(SyntheticStory s) {
    return bases.get(s.outlet()) + "/a/" + s.n() + "/" + s.slug() + ".html";
  }

  private String feed(int outlet) {
    StringBuilder items = new StringBuilder();
    for (int n : latest(outlet, FEED_ITEMS)) {
      SyntheticStory s = story(n);
      items.append("<item><title>").append(xml(s.title())).append("</title><link>")
          .append(url(s)).append("</link><guid>").append(url(s)).append("</guid><pubDate>")
          .append(RSS_DATE.format(s.published().atOffset(ZoneOffset.UTC)))
          .append("</pubDate><description>").append(xml(s.paragraphs().get(0)))
          .append("</description></item>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>"
        + outletName(outlet) + "</title><link>" + bases.get(outlet) + "/</link>"
        + "<description>Fictional news</description>\n" + items + "</channel></rss>\n";
  }

  /** A sitemap index with the outlet's one news sitemap, dated by its newest change. */
  private String sitemapIndex(int outlet) {
    Instant newest = null;
    for (int n : latest(outlet, SITEMAP_ITEMS)) {
      Instant changed = changedAt(n);
      newest = newest == null || changed.isAfter(newest) ? changed : newest;
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n<sitemap><loc>"
        + bases.get(outlet) + "/sitemap-news.xml</loc>"
        + (newest == null ? "" : "<lastmod>" + w3c(newest) + "</lastmod>")
        + "</sitemap>\n</sitemapindex>\n";
  }

  /**
   * A Google News sitemap of the outlet's latest articles, newest first, each with its title,
   * publication date and {@code lastmod} (its correction's time once corrected).
   */
  private String newsSitemap(int outlet) {
    StringBuilder urls = new StringBuilder();
    for (int n : latest(outlet, SITEMAP_ITEMS)) {
      SyntheticStory s = story(n);
      urls.append("<url><loc>").append(url(s)).append("</loc><lastmod>")
          .append(w3c(changedAt(n))).append("</lastmod><news:news><news:publication>")
          .append("<news:name>").append(outletName(outlet)).append("</news:name>")
          .append("<news:language>en</news:language></news:publication>")
          .append("<news:publication_date>").append(w3c(s.published()))
          .append("</news:publication_date><news:title>").append(xml(s.title()))
          .append("</news:title></news:news></url>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n" + urls
        + "</urlset>\n";
  }

  /** The numbers of the outlet's latest {@code max} articles, newest first. */
  private List<Integer> latest(int outlet, int max) {
    List<Integer> numbers = new ArrayList<>();
    int outlets = servers.size();
    int n = published() - 1;
    n -= Math.floorMod(n - outlet, outlets);
    for (; n >= 0 && numbers.size() < max; n -= outlets) {
      numbers.add(n);
    }
    return numbers;
  }

  /**
   * A W3C date-time to the second, rounded up: a crawler that fetched the page before the
   * change still sees a later {@code lastmod} than its fetch.
   */
  private static String w3c(Instant instant) {
    Instant up = instant.getNano() == 0 ? instant
        : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
    return DateTimeFormatter.ISO_INSTANT.format(up);
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

  /**
   * Sends {@code body} with an ETag ({@code etag}, or one of the body's hash), or 304 when the
   * request's {@code If-None-Match} names it.
   *
   * @return true when the body was sent
   */
  private boolean send(HttpExchange exchange, String type, String body, String etag)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String tag = etag != null ? etag
        : "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
    exchange.getResponseHeaders().set("ETag", tag);
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    if (ifNoneMatch != null && ifNoneMatch.strip().equals(tag)) {
      notModified.incrementAndGet();
      exchange.sendResponseHeaders(304, -1);
      return false;
    }
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    return true;
  }

  private static void sendStatus(HttpExchange exchange, int status, String type, String body)
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
