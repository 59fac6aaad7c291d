package io.newsflow.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.error.BadRecordException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
  private final JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);

  static RawArticle sample() {
    ExtractedArticle extracted =
        new ExtractedArticle(
            "https://news.example.com/a?utm_source=x",
            null,
            "Title",
            "First paragraph.\n\nSecond paragraph.",
            List.of("Ada Reporter"),
            OffsetDateTime.parse("2024-04-03T18:22:00-04:00"),
            null,
            "en",
            null,
            null,
            null,
            List.of(),
            "Example News",
            false);
    return RawArticle.of(extracted, "feed:https://news.example.com/rss", 1, Instant.EPOCH);
  }

  @Test
  void datesKeepTheirOffsetThroughARoundTrip() {
    RawArticle article = sample();
    String json = new String(serde.serialize(article), StandardCharsets.UTF_8);
    assertThat(json).contains("\"published\":\"2024-04-03T18:22:00-04:00\"");
    assertThat(json).contains("\"schemaVersion\":1");
    assertThat(serde.deserialize(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(article);
  }

  @Test
  void datesAlwaysCarrySecondsAsRfc3339Requires() {
    String json = Json.write(OffsetDateTime.parse("2024-04-03T18:22:00Z"));
    assertThat(json).isEqualTo("\"2024-04-03T18:22:00Z\"");
    assertThat(Json.write(OffsetDateTime.parse("2024-04-03T18:22:05.250+05:30")))
        .isEqualTo("\"2024-04-03T18:22:05.25+05:30\"");
  }

  @Test
  void unknownFieldsFromANewerProducerAreIgnored() {
    String json = new String(serde.serialize(sample()), StandardCharsets.UTF_8);
    String newer = json.replaceFirst("\\{", "{\"someFutureField\":42,");
    assertThat(serde.deserialize(newer.getBytes(StandardCharsets.UTF_8)).title()).isEqualTo("Title");
  }

  @Test
  void garbageIsABadRecord() {
    assertThatThrownBy(() -> serde.deserialize(new byte[] {(byte) 0xff, 0x00, 0x12}))
        .isInstanceOf(BadRecordException.class)
        .hasMessageContaining("not a valid RawArticle");
  }

  @Test
  void theIdComesFromTheCanonicalUrl() {
    RawArticle article = sample();
    assertThat(article.canonicalUrl()).isEqualTo("https://news.example.com/a");
    assertThat(article.site()).isEqualTo("news.example.com");
    assertThat(article.updated()).isFalse();
  }
}
