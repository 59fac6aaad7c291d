package io.newsflow.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.json.Json;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.testing.TopicSchemas;
import io.newsflow.core.topic.NewsTopics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The record moved from ingest to core; its JSON on news-source-status-v1 must not change. */
class SourceStatusTest {
  private static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z");
  private static final String FEED = "https://ledger.example/feed.xml";
  private static final String JSON =
      "{\"schemaVersion\":1,\"sourceId\":\"https://ledger.example/feed.xml\","
          + "\"url\":\"https://ledger.example/feed.xml\",\"type\":\"feed\","
          + "\"lastPollAt\":\"2026-03-10T09:00:00Z\",\"lastOutcome\":\"ok\","
          + "\"lastSuccessAt\":\"2026-03-10T09:00:00Z\",\"failuresInARow\":0,\"links\":12,"
          + "\"published\":3,\"tookMs\":840,\"instance\":\"newsflow-ingest-1a2b3c4d\"}";

  private static SourceStatus.Source feed() {
    return new SourceStatus.Source() {
      @Override
      public String id() {
        return FEED;
      }

      @Override
      public String url() {
        return FEED;
      }

      @Override
      public String type() {
        return "feed";
      }
    };
  }

  @Test
  void jsonIsTheOneIngestHasAlwaysWritten() {
    SourceStatus status = SourceStatus.after(null, feed(),
        new SourceStatus.Poll("ok", null, 12, 3, NINE, 840, "newsflow-ingest-1a2b3c4d"));

    assertThat(Json.write(status)).isEqualTo(JSON);
    assertThat(TopicSchemas.violations(NewsTopics.SOURCE_STATUS, Json.write(status))).isEmpty();
  }

  @Test
  void jsonReadsBackToTheSameStatus() {
    SourceStatus read = new JsonSerde<>(SourceStatus.class).deserializer()
        .deserialize("t", JSON.getBytes(StandardCharsets.UTF_8));

    assertThat(read.sourceId()).isEqualTo(FEED);
    assertThat(read.lastSuccessAt()).isEqualTo(NINE);
    assertThat(read.failing()).isFalse();
    assertThat(Json.write(read)).isEqualTo(JSON);
  }

  @Test
  void sourceStatusTopicIsCompactedAndKeptOutOfThePublicOnes() {
    NewsTopics topics = NewsTopics.withPrefix("t-");

    assertThat(topics.sourceStatus().name()).isEqualTo("t-news-source-status-v1");
    assertThat(topics.sourceStatus().compacted()).isTrue();
    assertThat(topics.all()).doesNotContain(topics.sourceStatus());
  }
}
