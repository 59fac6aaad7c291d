package io.newsflow.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.health.Health;
import io.newsflow.app.health.HealthCheck;
import io.newsflow.core.config.HostPort;
import io.newsflow.core.error.ConfigException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceHttpServerTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final AtomicReference<Optional<String>> sinkProblem =
      new AtomicReference<>(Optional.empty());
  private ServiceHttpServer server;

  @BeforeEach
  void start() {
    Health health = new Health().ready(HealthCheck.of("sink", sinkProblem::get));
    health.started();
    registry.counter("newsflow.ingest.fetched", "outcome", "ok", "host", "news.example").increment(3);
    server = ServiceHttpServer.bind(new HostPort("127.0.0.1", 0))
        .route("/metrics", new MetricsRoute(registry))
        .route("/health/live", new HealthRoute(health::liveness))
        .route("/health/ready", new HealthRoute(health::readiness))
        .start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void metricsAreInPrometheusTextFormat() throws Exception {
    HttpResponse<String> r = get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
    assertThat(r.body())
        .contains("# TYPE newsflow_ingest_fetched_total counter")
        .contains("newsflow_ingest_fetched_total{host=\"news.example\",outcome=\"ok\"} 3.0");
  }

  @Test
  void readinessIs200WhenUpAnd503WithTheReasonWhenNot() throws Exception {
    HttpResponse<String> up = get("/health/ready");
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(json(up).path("status").asText()).isEqualTo("UP");

    sinkProblem.set(Optional.of("paused: PostgreSQL unreachable"));
    HttpResponse<String> down = get("/health/ready");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(json(down).path("checks").path("sink").asText())
        .isEqualTo("paused: PostgreSQL unreachable");
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void onlyGetAndHeadAreAnsweredAndUnknownPathsAre404() throws Exception {
    HttpResponse<String> post = client.send(
        HttpRequest.newBuilder(uri("/metrics")).POST(HttpRequest.BodyPublishers.ofString("x"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(get("/metrics/extra").statusCode()).isEqualTo(404);
    assertThat(get("/nothing").statusCode()).isEqualTo(404);
    HttpResponse<String> head = client.send(
        HttpRequest.newBuilder(uri("/health/live")).method("HEAD",
            HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void aTakenAddressIsAOneLineConfigErrorNamingTheOption() {
    HostPort taken = server.address();
    assertThatThrownBy(() -> ServiceHttpServer.bind(taken))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http.listen")
        .hasMessageContaining(taken.toString())
        .hasMessageNotContaining("\n");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://" + server.address() + path);
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return new ObjectMapper().readTree(r.body());
  }
}
