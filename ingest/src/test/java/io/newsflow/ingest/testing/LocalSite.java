package io.newsflow.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fictional news site on a loopback address: one handler per path (404 elsewhere), pages whose
 * content a test can change, and a count of the requests each path received.
 */
public final class LocalSite implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  private LocalSite(String address) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 100);
    AtomicInteger n = new AtomicInteger();
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "local-site-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  /** A site on 127.0.0.1. */
  public static LocalSite start() throws IOException {
    return new LocalSite("127.0.0.1");
  }

  /** A site on another loopback address (127.0.0.2 ...), so that it is another host. */
  public static LocalSite startOn(String loopbackAddress) throws IOException {
    return new LocalSite(loopbackAddress);
  }

  public String url(String path) {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
        + server.getAddress().getPort() + path;
  }

  public String host() {
    return server.getAddress().getAddress().getHostAddress();
  }

  public LocalSite route(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  /** Serves {@code html} as UTF-8 HTML at {@code path}, replacing what was there. */
  public LocalSite page(String path, String html) {
    return route(path, ex -> send(ex, 200, "text/html; charset=utf-8", bytes(html)));
  }

  /**
   * Serves {@code body} with an ETag derived from it, answering 304 to a request that names the
   * current one.
   */
  public LocalSite withEtag(String path, String contentType, String body) {
    String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
    return route(
        path,
        ex -> {
          ex.getResponseHeaders().set("ETag", etag);
          if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            send(ex, 304, null, new byte[0]);
          } else {
            send(ex, 200, contentType, bytes(body));
          }
        });
  }

  public LocalSite remove(String path) {
    routes.remove(path);
    return this;
  }

  /** Requests {@code path} received so far. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** Requests received so far, robots.txt excluded. */
  public int totalHits() {
    return hits.entrySet().stream()
        .filter(e -> !e.getKey().equals("/robots.txt"))
        .mapToInt(e -> e.getValue().get())
        .sum();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    HttpHandler handler = routes.get(path);
    try {
      if (handler == null) {
        send(exchange, 404, "text/plain", bytes("not here"));
      } else {
        handler.handle(exchange);
      }
    } catch (IOException e) {
      // the client went away (a size limit, a timeout): nothing more to send
    } finally {
      exchange.close();
    }
  }

  /** Sends a whole response; an empty body is sent without one. */
  public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    boolean noBody = body.length == 0 || status == 304 || status == 204;
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  public static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
