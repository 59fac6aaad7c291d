package io.newsflow.web.trending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.json.Json;
import io.newsflow.web.query.JsonAnswer;
import io.newsflow.web.query.NotReadyException;
import io.newsflow.web.query.Peers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrendingHandlerTest {
  private static final Instant NOW = Instant.parse("2026-03-10T12:05:00Z");

  @TempDir Path stateDir;
  private PageDriver page;
  private TrendingHandler handler;

  @BeforeEach
  void start() {
    page = new PageDriver(stateDir);
    page.mention("person:ada-halversen", "Ada Halversen", "a1",
        Instant.parse("2026-03-10T11:30:00Z"));
    page.mention("organization:corvia-mills", "Corvia Mills", "a1",
        Instant.parse("2026-03-10T11:30:00Z"));
    handler = new TrendingHandler(page.trending(NOW));
  }

  @AfterEach
  void stop() {
    page.close();
  }

  private JsonNode ok(String query) throws IOException {
    JsonAnswer answer = handler.answer(URI.create(TrendingHandler.PATH + query));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return Json.mapper().readTree(answer.body());
  }

  @Test
  void answersTheTopAsJson() throws IOException {
    JsonNode json = ok("?window=1h&type=person&limit=5&scope=all");

    assertThat(json.get("window").asText()).isEqualTo("1h");
    assertThat(json.get("type").asText()).isEqualTo("PERSON");
    assertThat(json.get("at").asText()).isEqualTo("2026-03-10T12:05:00Z");
    assertThat(json.get("from").asText()).isEqualTo("2026-03-10T11:10:00Z");
    assertThat(json.get("to").asText()).isEqualTo("2026-03-10T12:10:00Z");
    assertThat(json.get("previousFrom").asText()).isEqualTo("2026-03-10T10:10:00Z");
    assertThat(json.get("sparklineStepSeconds").asLong()).isEqualTo(600);
    assertThat(json.get("complete").asBoolean()).isTrue();
    assertThat(json.get("missing")).isEmpty();
    JsonNode ada = json.get("entities").get(0);
    assertThat(json.get("entities")).hasSize(1);
    List<String> fields = new ArrayList<>();
    ada.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("key", "name", "type", "count", "previous", "change",
        "mentions", "sparkline");
    assertThat(ada.get("key").asText()).isEqualTo("person:ada-halversen");
    assertThat(ada.get("name").asText()).isEqualTo("Ada Halversen");
    assertThat(ada.get("count").asLong()).isEqualTo(1);
    assertThat(ada.get("sparkline").toString()).isEqualTo("[0,0,1,0,0,0]");
  }

  @Test
  void defaultsToTheLastHourOfEveryTypeAndTheTopTen() throws IOException {
    JsonNode json = ok("");

    assertThat(json.get("window").asText()).isEqualTo("1h");
    assertThat(json.has("type")).isFalse();
    assertThat(json.get("entities")).hasSize(2);
  }

  @Test
  void aReferenceTimeMayBeGiven() throws IOException {
    JsonNode json = ok("?window=24h&at=2026-03-10T11:00:00Z");

    assertThat(json.get("to").asText()).isEqualTo("2026-03-10T11:10:00Z");
    assertThat(json.get("entities")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"?window=2h", "?limit=0", "?limit=101", "?limit=ten",
      "?type=planet", "?scope=everywhere", "?at=yesterday", "?sort=name", "?window=1h&window=24h"})
  void aBadParameterIsA400WithAOneLineError(String query) throws IOException {
    JsonAnswer answer = handler.answer(URI.create(TrendingHandler.PATH + query));

    assertThat(answer.status()).isEqualTo(400);
    JsonNode json = Json.mapper().readTree(answer.body());
    assertThat(json.size()).isEqualTo(1);
    assertThat(json.get("error").asText()).isNotBlank().doesNotContain("\n");
  }

  @Test
  void storesNotReadyAreA503() throws IOException {
    TrendingHandler starting = new TrendingHandler(new TrendingQuery(() -> {
      throw new NotReadyException("the page's store is not ready yet (REBALANCING)", null);
    }, Peers.none(), Clock.fixed(NOW, ZoneOffset.UTC)));

    JsonAnswer answer = starting.answer(URI.create(TrendingHandler.PATH));

    assertThat(answer.status()).isEqualTo(503);
    assertThat(Json.mapper().readTree(answer.body()).get("error").asText())
        .contains("not ready");
  }

  @Test
  void servesJsonOverHttpAndRefusesOtherMethods() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(TrendingHandler.PATH, handler);
    server.start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + TrendingHandler.PATH;
      HttpResponse<String> ok = client.send(
          HttpRequest.newBuilder(URI.create(base + "?limit=1")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> bad = client.send(
          HttpRequest.newBuilder(URI.create(base + "?window=week")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> post = client.send(
          HttpRequest.newBuilder(URI.create(base)).POST(HttpRequest.BodyPublishers.noBody())
              .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(Json.mapper().readTree(ok.body()).get("entities")).hasSize(1);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).isEqualTo("{\"error\":\"window must be 1h or 24h, not 'week'\"}");
      assertThat(post.statusCode()).isEqualTo(405);
      assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    } finally {
      server.stop(0);
    }
  }
}
