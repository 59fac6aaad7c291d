package io.newsflow.web.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.web.query.JsonAnswer;
import io.newsflow.web.trending.PageDriver;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceHealthHandlerTest {
  private static final Instant NOW = Instant.parse("2026-03-10T12:05:00Z");
  private static final String GAZETTE = "https://harbour-gazette.example/feed.xml";

  @TempDir Path stateDir;
  private PageDriver page;
  private SourceHealthHandler handler;

  @BeforeEach
  void start() {
    page = new PageDriver(stateDir);
    page.article(GAZETTE, "a1", 1, true, List.of(), NOW.minusSeconds(3600));
    page.status(new SourceStatus(SourceStatus.SCHEMA_VERSION, GAZETTE, GAZETTE, "feed",
        NOW.minusSeconds(60), "timeout", "read timed out", NOW.minusSeconds(7200), 1, 0, 0, 10_000,
        "newsflow-ingest-1a2b3c4d"));
    handler = new SourceHealthHandler(page.sources(NOW));
  }

  @AfterEach
  void stop() {
    page.close();
  }

  @Test
  void answersEverySourceAsJson() throws IOException {
    JsonAnswer answer = handler.answer(URI.create(SourceHealthHandler.PATH));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode json = Json.mapper().readTree(answer.body());
    assertThat(json.get("from").asText()).isEqualTo("2026-03-09T13:00:00Z");
    assertThat(json.get("to").asText()).isEqualTo("2026-03-10T13:00:00Z");
    assertThat(json.get("complete").asBoolean()).isTrue();
    JsonNode gazette = json.get("sources").get(0);
    List<String> fields = new ArrayList<>();
    gazette.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("sourceId", "url", "type", "last24h", "noDateShare",
        "noAuthorShare", "emptyTextShare", "lastPollAt", "lastOutcome", "lastError",
        "lastSuccessAt", "failuresInARow");
    assertThat(gazette.get("last24h").toString()).isEqualTo(
        "{\"articles\":1,\"updates\":0,\"pages\":1,\"noDate\":0,\"noAuthor\":1,\"emptyText\":0,"
            + "\"fetches\":0,\"failedFetches\":0}");
    assertThat(gazette.get("noAuthorShare").asDouble()).isEqualTo(1.0);
    assertThat(gazette.get("lastOutcome").asText()).isEqualTo("timeout");
    assertThat(gazette.get("failuresInARow").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"?scope=global", "?at=noon", "?window=1h"})
  void aBadParameterIsA400WithAOneLineError(String query) throws IOException {
    JsonAnswer answer = handler.answer(URI.create(SourceHealthHandler.PATH + query));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(Json.mapper().readTree(answer.body()).get("error").asText()).doesNotContain("\n");
  }
}
