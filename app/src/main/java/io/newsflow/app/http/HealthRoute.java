package io.newsflow.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.newsflow.app.health.HealthReport;
import java.util.function.Supplier;

/** {@code /health/live} or {@code /health/ready}: 200 when UP, 503 when DOWN, the report as JSON. */
public final class HealthRoute implements ServiceHttpServer.Route {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<HealthReport> report;

  public HealthRoute(Supplier<HealthReport> report) {
    this.report = report;
  }

  @Override
  public ServiceHttpServer.Response answer(HttpExchange exchange) {
    HealthReport r = report.get();
    try {
      return ServiceHttpServer.Response.json(r.up() ? 200 : 503, JSON.writeValueAsString(r) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a health report", e);
    }
  }
}
