package io.newsflow.ingest.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * A local HTTP server on a loopback address: one handler per exact path (404 elsewhere), and a
 * record of every request with the (fake) time it arrived.
 */
final class TestServer implements AutoCloseable {

  /** A request as the server saw it. */
  record Seen(String path, Headers headers, long atNanos) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final LongSupplier clock;

  private TestServer(String address, LongSupplier clock) throws IOException {
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "test-server-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  static TestServer start(LongSupplier clock) throws IOException {
    return new TestServer("127.0.0.1", clock);
  }

  static TestServer startOn(String loopbackAddress, LongSupplier clock) throws IOException {
    return new TestServer(loopbackAddress, clock);
  }

  TestServer route(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  String url(String path) {
    return "http://"
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort()
        + path;
  }

  List<Seen> requests() {
    return List.copyOf(seen);
  }

  List<Seen> requestsTo(String path) {
    return seen.stream().filter(s -> s.path().equals(path)).collect(Collectors.toList());
  }

  List<String> paths() {
    return seen.stream().map(Seen::path).collect(Collectors.toList());
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    String target = query == null ? path : path + "?" + query;
    seen.add(new Seen(target, exchange.getRequestHeaders(), clock.getAsLong()));
    HttpHandler handler = routes.getOrDefault(target, routes.get(path));
    try {
      if (handler == null) {
        send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
      } else {
        handler.handle(exchange);
      }
    } catch (IOException e) {
      // the client went away (a size limit, a timeout): nothing more to send
    } finally {
      exchange.close();
    }
  }

  /** Sends a whole response; an empty body is sent with Content-Length: 0. */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
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

  static HttpHandler html(String html) {
    return ex -> send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  static HttpHandler text(int status, String contentType, String body) {
    return ex -> send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static HttpHandler status(int status, String... headerPairs) {
    return ex -> {
      for (int i = 0; i + 1 < headerPairs.length; i += 2) {
        ex.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
      }
      send(ex, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8));
    };
  }

  static HttpHandler redirect(int status, String location) {
    return status(status, "Location", location);
  }

  /** The n-th request gets the n-th handler; the last one answers every request after. */
  static HttpHandler inTurn(HttpHandler... handlers) {
    AtomicInteger calls = new AtomicInteger();
    return ex -> handlers[Math.min(calls.getAndIncrement(), handlers.length - 1)].handle(ex);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
