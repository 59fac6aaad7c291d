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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the bundled site of fictional news pages, an RSS feed and a sitemap from a loopback HTTP
 * server. The port is kept in the data directory, so article URLs, and therefore article ids,
 * stay the same across restarts of the demo.
 */
public final class DemoSite implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);
  private static final String ROOT = "/demo-site";

  private final HttpServer server;
  private final String base;
  private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "demo-site");
    t.setDaemon(true);
    return t;
  });

  private DemoSite(HttpServer server) {
    this.server = server;
    this.base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Starts the site on the port remembered in {@code dataDir}, or on a free one it remembers. */
  public static DemoSite start(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      Path portFile = dataDir.resolve("demo-port");
      int port =
          Files.exists(portFile) ? Integer.parseInt(Files.readString(portFile).strip()) : 0;
      HttpServer server = bind(port);
      Files.writeString(portFile, String.valueOf(server.getAddress().getPort()));
      DemoSite site = new DemoSite(server);
      server.createContext("/", site::serve);
      server.setExecutor(site.workers);
      server.start();
      LOG.info("Demo site of fictional news pages at {}/", site.base);
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
      try (InputStream in = DemoSite.class.getResourceAsStream(ROOT + path)) {
        if (in == null) {
          send(exchange, 404, "text/html; charset=utf-8",
              "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
          return;
        }
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", base);
        send(exchange, 200, contentType(path), body.getBytes(StandardCharsets.UTF_8));
      }
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
