package io.newsflow.web.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only JSON route: {@link #answer(URI)} computes the answer from the request's URI (so a
 * server with its own routing, such as app's {@code ServiceHttpServer}, can call it directly),
 * and {@link #handle} serves it to a JDK {@link HttpExchange}. A {@link BadQueryException} is a
 * 400, a {@link NotReadyException} a 503, anything else a 500, each with a one-line {@code
 * error}.
 */
public abstract class JsonHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(JsonHandler.class);

  /** The answer to a GET of {@code uri}; never throws. */
  public final JsonAnswer answer(URI uri) {
    try {
      return JsonAnswer.ok(query(uri));
    } catch (BadQueryException e) {
      return JsonAnswer.error(400, e.getMessage());
    } catch (NotReadyException e) {
      return JsonAnswer.error(503, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("GET {} failed", uri, e);
      return JsonAnswer.error(500, "internal error: " + e);
    }
  }

  /**
   * The value to answer with, written as JSON.
   *
   * @throws BadQueryException for a parameter that cannot be read
   * @throws NotReadyException when the stores cannot be queried yet
   */
  protected abstract Object query(URI uri);

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      JsonAnswer answer =
          method.equals("GET") || method.equals("HEAD")
              ? answer(exchange.getRequestURI())
              : JsonAnswer.error(405, "only GET and HEAD are allowed");
      if (answer.status() == 405) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", JsonAnswer.CONTENT_TYPE);
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      if (method.equals("HEAD")) {
        exchange.sendResponseHeaders(answer.status(), -1);
        return;
      }
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
