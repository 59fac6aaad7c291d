package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.EnrichConfig;
import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.enrich.nlp.CoreNlpEnricherFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedEnricherTest {
  private static final EnrichConfig CONFIG = new EnrichConfig("test", 1, Duration.ofMillis(100),
      Duration.ofDays(1), 20_000, List.of("en"));

  @Test
  void offsetsCountCodePointsSoThatAnEmojiShiftsNothing() {
    String text = "Ferries are back 🚢🎉 in Harbour City.\n\nMayor Lena Brandt said the service "
        + "would run every hour. “We kept our promise,” Brandt said.";
    CoreNlpEnricherFactory factory = new CoreNlpEnricherFactory();
    EnrichedArticle enriched = new BoundedEnricher(factory.create(), factory.engine(), CONFIG,
        Clock.systemUTC()).enrich(article(text));

    List<Mention> mentions = enriched.entities().stream().map(Entity::mentions)
        .flatMap(List::stream).toList();
    assertThat(mentions).extracting(Mention::text).contains("Harbour City", "Lena Brandt");
    assertThat(mentions).allSatisfy(m -> assertThat(byCodePoints(text, m.start(), m.end()))
        .isEqualTo(m.text()));
    assertThat(enriched.claims()).isNotEmpty().allSatisfy(
        (Claim c) -> assertThat(byCodePoints(text, c.start(), c.end())).isEqualTo(c.text()));
    assertThat(enriched.enrichment().analysedChars())
        .isEqualTo(text.codePointCount(0, text.length()));
  }

  /** Python's text[start:end]. */
  private static String byCodePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  private static RawArticle article(String text) {
    return new RawArticle(RawArticle.SCHEMA_VERSION, "a1", 1, false, "https://n.example/a",
        "https://n.example/a", "test", "n.example", Instant.now(), "h", null, text, List.of(),
        OffsetDateTime.parse("2031-03-14T10:00:00Z"), null, "en", null, null, null, List.of(),
        null, false);
  }
}
