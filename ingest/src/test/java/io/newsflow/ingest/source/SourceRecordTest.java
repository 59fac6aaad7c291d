package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.error.BadRecordException;
import io.newsflow.core.json.Json;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.testing.TopicSchemas;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceRecordTest {
  private static final Instant ADDED = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant REMOVED = Instant.parse("2026-03-10T09:00:00Z");
  private final JsonSerde<SourceRecord> serde = new JsonSerde<>(SourceRecord.class);

  private static SourceRecord feed() {
    return SourceRecord.of(
        new SourceConfig(SourceConfig.FEED, "https://Ledger.example/feed.xml", null), ADDED);
  }

  private SourceRecord read(String json) {
    return serde.deserialize(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void versionOneRecordReadsAsASourceToPoll() {
    SourceRecord old = read("{\"schemaVersion\":1,\"id\":\"https://ledger.example/feed.xml\","
        + "\"type\":\"feed\",\"url\":\"https://ledger.example/feed.xml\","
        + "\"pollIntervalSeconds\":0,\"addedAt\":\"2026-03-01T08:00:00Z\"}");

    assertThat(old.removed()).isFalse();
    assertThat(old.schemaVersion()).isEqualTo(1);
    assertThat(old.id()).isEqualTo("https://ledger.example/feed.xml");
  }

  @Test
  void removalMarkerKeepsTheSourceAndSaysWhenItWasRemoved() {
    SourceRecord marker = feed().removedAt(REMOVED);

    SourceRecord read = serde.deserialize(serde.serialize(marker));

    assertThat(read.removed()).isTrue();
    assertThat(read.removedAt()).isEqualTo(REMOVED);
    assertThat(read.url()).isEqualTo(feed().url());
    assertThat(read.schemaVersion()).isEqualTo(SourceRecord.SCHEMA_VERSION);
  }

  @Test
  void sourceToPollHasNoRemovalTimeOnTheTopic() {
    assertThat(new String(serde.serialize(feed()), StandardCharsets.UTF_8))
        .doesNotContain("removedAt");
  }

  @Test
  void recordOfANewerSchemaIsRefused() {
    assertThatThrownBy(() -> read("{\"schemaVersion\":3,\"id\":\"https://ledger.example/f\","
        + "\"type\":\"feed\",\"url\":\"https://ledger.example/f\",\"pollIntervalSeconds\":0}"))
        .isInstanceOf(BadRecordException.class)
        .hasMessageContaining("schema version 3");
  }

  @Test
  void recordsMatchTheirPublishedSchema() {
    assertThat(TopicSchemas.violations("news-sources-v1", Json.write(feed()))).isEmpty();
    assertThat(TopicSchemas.violations("news-sources-v1", Json.write(feed().removedAt(REMOVED))))
        .isEmpty();
  }
}
