package io.newsflow.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.config.SourceConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the bundled site of fictional news pages, an RSS feed and a sitemap from a loopback HTTP
 * server. The port is kept in the data directory, so article URLs, and therefore article ids,
 * stay the same across restarts of the demo.
 *
 * <p><b>The update.</b> The site's running story changes once, as a real story is updated after
 * publication: {@code updateAfter} after the site first served the story's first version, it
 * serves the pages under {@code /demo-site-update/} in place of those under {@code /demo-site/}
 * (the story with a correction and a new paragraph), and every {@code {{UPDATED_AT:fallback}}}
 * in a page (the story's {@code <lastmod>} in the sitemap) becomes the moment of the update
 * instead of the fallback (in whole seconds, rounded up). A crawler that read the first version sees the newer {@code lastmod}
 * at its next poll of the sitemap and fetches the story again: version 2. Both moments (first
 * served, updated) are kept in {@code demo-update} in the data directory, so a restarted demo
 * goes on where it stopped and never serves the first version again once it served the second.
 * The moment is read from the caller's clock at each request, so tests decide when it comes.
 *
 * <p>Responses carry a strong {@code ETag} (a hash of the body); a request whose {@code
 * If-None-Match} names it gets {@code 304 Not Modified}, so conditional polls of unchanged pages
 * cost nothing, as on a real site.
 */
public final class DemoSite implements AutoCloseable {
  /** How long after the story was first served the site publishes its update, by default. */
  public static final Duration UPDATE_AFTER = Duration.ofSeconds(30);

  /** The running story's page, which the update replaces. */
  public static final String STORY =
      "/harbour-ledger/2026/03/12/corvia-mills-lawsuit-tamsin-river.html";

  private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);
  private static final String ROOT = "/demo-site";
  private static final String UPDATE_ROOT = "/demo-site-update";
  private static final String STATE_FILE = "demo-update";
  private static final Pattern UPDATED_AT = Pattern.compile("\\{\\{UPDATED_AT:([^}]*)}}");

  private final HttpServer server;
  private final String base;
  private final Clock clock;
  private final Duration updateAfter;
  private final Path stateFile;
  private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "demo-site");
    t.setDaemon(true);
    return t;
  });
  /** When the story was first served, and when the update was published; null before. */
  private Instant storyServedAt;
  private Instant updatedAt;
  /** When the demo first ran on this data directory: its dates are moved to end there. */
  private Instant firstRun;
  private final DemoDates dates;

  private DemoSite(HttpServer server, Clock clock, Duration updateAfter, Path stateFile)
      throws IOException {
    this.server = server;
    this.base = "http://127.0.0.1:" + server.getAddress().getPort();
    this.clock = clock;
    this.updateAfter = updateAfter;
    this.stateFile = stateFile;
    readState();
    if (firstRun == null) {
      firstRun = clock.instant();
      writeState();
    }
    this.dates = DemoDates.firstRunAt(firstRun);
  }

  /**
   * Starts the site on the port remembered in {@code dataDir}, or on a free one it remembers,
   * publishing its update {@link #UPDATE_AFTER} after it first served the story.
   */
  public static DemoSite start(Path dataDir) {
    return start(dataDir, UPDATE_AFTER, Clock.systemUTC());
  }

  /**
   * Starts the site on the port remembered in {@code dataDir}, or on a free one it remembers.
   *
   * @param updateAfter how long after the story was first served the update is published (zero:
   *     at the first request after that)
   * @param clock what "now" is at each request
   */
  public static DemoSite start(Path dataDir, Duration updateAfter, Clock clock) {
    if (updateAfter.isNegative()) {
      throw new IllegalArgumentException("the demo's update delay is negative: " + updateAfter);
    }
    try {
      Files.createDirectories(dataDir);
      Path portFile = dataDir.resolve("demo-port");
      int port =
          Files.exists(portFile) ? Integer.parseInt(Files.readString(portFile).strip()) : 0;
      HttpServer server = bind(port);
      Files.writeString(portFile, String.valueOf(server.getAddress().getPort()));
      DemoSite site;
      try {
        site = new DemoSite(server, clock, updateAfter, dataDir.resolve(STATE_FILE));
      } catch (IOException | RuntimeException e) {
        server.stop(0);
        throw e;
      }
      server.createContext("/", site::serve);
      server.setExecutor(site.workers);
      server.start();
      LOG.info("Demo site of fictional news pages at {}/ ({})", site.base, site.updateState());
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo site", e);
    }
  }

  private static HttpServer bind(int port) throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try {
      return HttpServer.create(new InetSocketAddress(loopback, port), 32);
    } catch (BindException e) {
      throw new IOException("the demo site's port " + port + " (kept in demo-port in the data "
          + "directory, so article ids stay stable) is taken; free it or use another --data-dir",
          e);
    }
  }

  public String baseUrl() {
    return base;
  }

  /** The sources that cover the site: its RSS feed, its news sitemap and its home page. */
  public List<SourceConfig> sources() {
    Duration every = Duration.ofMinutes(1);
    return List.of(
        new SourceConfig(SourceConfig.FEED, base + "/feed.xml", every),
        new SourceConfig(SourceConfig.SITEMAP, base + "/sitemap.xml", every),
        new SourceConfig(SourceConfig.SECTION, base + "/", every));
  }

  /** When the site published its update of the story, if it has. */
  public synchronized Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.endsWith("/")) {
        path += "index.html";
      }
      if (path.contains("..")) {
        send(exchange, 400, "text/plain", "bad path".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Page page = page(path);
      if (page == null) {
        send(exchange, 404, "text/html; charset=utf-8",
            "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String etag = etag(page.body());
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      send(exchange, 200, contentType(path), page.body());
      if (page.updatable()) {
        served();
      }
    }
  }

  /** A page as the site serves it now, and whether the update replaces it. */
  private record Page(byte[] body, boolean updatable) {}

  private Page page(String path) throws IOException {
    Instant updated = updatedAtNow();
    boolean updatable = DemoSite.class.getResource(UPDATE_ROOT + path) != null;
    String resource = (updated != null && updatable ? UPDATE_ROOT : ROOT) + path;
    try (InputStream in = DemoSite.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      String body = dates.apply(
          new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", base));
      Matcher m = UPDATED_AT.matcher(body);
      body = m.replaceAll(r -> Matcher.quoteReplacement(
          updated != null ? updated.toString() : r.group(1)));
      return new Page(body.getBytes(StandardCharsets.UTF_8), updatable && updated == null);
    }
  }

  /** The moment of the update, publishing it first when it is due; null while it is not. */
  private synchronized Instant updatedAtNow() throws IOException {
    if (updatedAt == null && storyServedAt != null) {
      Instant now = clock.instant();
      if (!now.isBefore(storyServedAt.plus(updateAfter))) {
        // A whole second, as sitemaps write it, and never before the request that saw it.
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        updatedAt = second.isBefore(now) ? second.plusSeconds(1) : second;
        writeState();
        LOG.info("Demo site: published the update of {} (version 2, a correction and a new "
            + "paragraph); the sitemap says so", STORY);
      }
    }
    return updatedAt;
  }

  /** The story's first version went out: the update's delay runs from the first time. */
  private synchronized void served() throws IOException {
    if (storyServedAt == null) {
      storyServedAt = clock.instant();
      writeState();
    }
  }

  private String updateState() {
    if (updatedAt != null) {
      return "its story's update was published at " + updatedAt;
    }
    return "its story's update comes " + updateAfter.toSeconds() + " s after the story is "
        + (storyServedAt == null ? "first served" : "first served, at " + storyServedAt);
  }

  private void readState() throws IOException {
    if (!Files.exists(stateFile)) {
      return;
    }
    for (String line : Files.readAllLines(stateFile, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (line.isBlank() || line.startsWith("#") || eq < 0) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      Instant value;
      try {
        value = Instant.parse(line.substring(eq + 1).strip());
      } catch (DateTimeParseException e) {
        throw new IOException("unreadable line in " + stateFile + ": " + line, e);
      }
      switch (key) {
        case "first-run" -> firstRun = value;
        case "story-first-served" -> storyServedAt = value;
        case "updated" -> updatedAt = value;
        default -> LOG.warn("Ignoring the unknown key {} in {}", key, stateFile);
      }
    }
  }

  private void writeState() throws IOException {
    StringBuilder s = new StringBuilder(
        "# The demo site's update of its running story (see DemoSite); delete to start over.\n");
    s.append("first-run=").append(firstRun).append('\n');
    if (storyServedAt != null) {
      s.append("story-first-served=").append(storyServedAt).append('\n');
    }
    if (updatedAt != null) {
      s.append("updated=").append(updatedAt).append('\n');
    }
    Files.writeString(stateFile, s.toString(), StandardCharsets.UTF_8);
  }

  private static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String contentType(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".xml")) {
      return p.contains("feed") ? "application/rss+xml; charset=utf-8" : "application/xml; charset=utf-8";
    }
    if (p.endsWith(".txt")) {
      return "text/plain; charset=utf-8";
    }
    return "text/html; charset=utf-8";
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
