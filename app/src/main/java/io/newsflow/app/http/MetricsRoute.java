package io.newsflow.app.http;

import com.sun.net.httpserver.HttpExchange;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * {@code /metrics}: every meter in Prometheus text format, or OpenMetrics when the scraper asks
 * for it in its Accept header.
 */
public final class MetricsRoute implements ServiceHttpServer.Route {
  private static final String OPEN_METRICS = "application/openmetrics-text";
  private static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  public MetricsRoute(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public ServiceHttpServer.Response answer(HttpExchange exchange) {
    String accept = exchange.getRequestHeaders().getFirst("Accept");
    if (accept != null && accept.contains(OPEN_METRICS)) {
      String type = "application/openmetrics-text; version=1.0.0; charset=utf-8";
      return new ServiceHttpServer.Response(200, type, registry.scrape(type));
    }
    return new ServiceHttpServer.Response(200, TEXT, registry.scrape(TEXT));
  }
}
