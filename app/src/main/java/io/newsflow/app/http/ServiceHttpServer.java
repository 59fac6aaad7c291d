package io.newsflow.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.config.HostPort;
import io.newsflow.core.config.HttpConfig;
import io.newsflow.core.error.ConfigException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's HTTP server: read-only routes (GET and HEAD) registered by path, answered on a
 * pool of its own so that a slow health probe or an open live page does not hold up a scrape.
 */
public final class ServiceHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceHttpServer.class);


  private final HttpServer server;
  private final ExecutorService pool;

  private ServiceHttpServer(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  /**
   * Binds {@code listen}; routes are added with {@link #route} and served once {@link #start()}
   * is called.
   *
   * @throws ConfigException naming {@value HttpConfig#KEY} when the address is taken
   */
  public static ServiceHttpServer bind(HostPort listen) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(listen.host(), listen.port()), 50);
    } catch (IOException e) {
      throw new ConfigException("cannot serve HTTP on " + listen + " (" + e.getMessage()
          + "): set " + HttpConfig.KEY + " to a free address (--http 127.0.0.1:8081) or turn "
          + "it off (--http off)");
    }
    AtomicInteger n = new AtomicInteger();
    // Cached: a live page's event stream holds a thread while it is open (the page caps them),
    // and a refused task would stop the JDK server's dispatcher.
    ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    return new ServiceHttpServer(server, pool);
  }

  /** Serves {@code route} at {@code path} (exactly, or below it when it ends with '/'). */
  public ServiceHttpServer route(String path, Route route) {
    server.createContext(path, exchange -> answer(path, route, exchange));
    return this;
  }

  /**
   * Serves {@code handler} at {@code path} (and below it when it ends with '/'), in place of what
   * was there: the live page takes {@code /} from the index.
   */
  public ServiceHttpServer handler(String path, HttpHandler handler) {
    try {
      server.removeContext(path);
    } catch (IllegalArgumentException nothingThere) {
      // a new path
    }
    server.createContext(path, handler);
    return this;
  }

  public ServiceHttpServer start() {
    server.start();
    LOG.info("Serving /metrics, /health/live and /health/ready at http://{}/", address());
    return this;
  }

  /** The address bound, with the real port when port 0 was asked for. */
  public HostPort address() {
    InetSocketAddress bound = server.getAddress();
    return new HostPort(bound.getAddress().getHostAddress(), bound.getPort());
  }

  private static void answer(String path, Route route, HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String requested = exchange.getRequestURI().getPath();
      if (!path.endsWith("/") && !requested.equals(path)) {
        send(exchange, method, Response.text(404, "not found\n"));
        return;
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, method, Response.text(405, "method not allowed\n"));
        return;
      }
      Response response;
      try {
        response = route.answer(exchange);
      } catch (RuntimeException e) {
        LOG.warn("{} {} failed: {}", method, requested, e.toString());
        response = Response.text(500, "internal error\n");
      }
      send(exchange, method, response);
    }
  }

  private static void send(HttpExchange exchange, String method, Response response)
      throws IOException {
    byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (method.equals("HEAD")) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(1);
    pool.shutdownNow();
    try {
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One route's answer to a request. */
  @FunctionalInterface
  public interface Route {
    Response answer(HttpExchange exchange);
  }

  /** A status, a content type and a body. */
  public record Response(int status, String contentType, String body) {
    public static Response text(int status, String body) {
      return new Response(status, "text/plain; charset=utf-8", body);
    }

    public static Response json(int status, String body) {
      return new Response(status, "application/json", body);
    }
  }
}
