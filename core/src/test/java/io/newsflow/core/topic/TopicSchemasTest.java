package io.newsflow.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.deadletter.Stage;
import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.ClaimType;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.EnrichmentInfo;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityKey;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.core.enrichment.QuoteKind;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.core.json.Json;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.testing.TopicSchemas;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSchemasTest {
  static final String TEXT = "Orlen Brewing denied the claims, said Mira Sol on 3 May.";

  static RawArticle raw() {
    return RawArticle.of(
        new ExtractedArticle("https://gazette.example/a?utm_source=x", null, "Brewer denies",
            TEXT, List.of("Tova Lind"), OffsetDateTime.parse("2026-05-04T10:00:00+02:00"),
            OffsetDateTime.parse("2026-05-04T11:00:00+02:00"), "en", "A denial",
            "https://gazette.example/i.jpg", "Business", List.of("beer"), "Gazette", false),
        "https://gazette.example/rss", 2, Instant.parse("2026-05-04T09:00:00Z"));
  }

  static EnrichedArticle enriched() {
    Entity orlen = new Entity(EntityKey.of(EntityType.ORGANIZATION, "Orlen Brewing"),
        "Orlen Brewing", EntityType.ORGANIZATION, 1, 0.8, null,
        List.of(new Mention("Orlen Brewing", 0, 13, null)));
    Entity date = new Entity(EntityKey.of(EntityType.DATE, "3 May"), "3 May", EntityType.DATE, 1,
        0.1, "2026-05-03", List.of(new Mention("3 May", 50, 55, "2026-05-03")));
    Claim claim = new Claim(1, TEXT, 0, TEXT.length(), Stance.DENIAL,
        new Speaker("Mira Sol", "Mira Sol", SpeakerKind.PERSON), "denied", QuoteKind.INDIRECT,
        false, null, ClaimType.OTHER);
    return EnrichedArticle.of(raw(), new Enrichment(List.of(orlen, date), List.of(claim),
        new EnrichmentInfo("test", Instant.EPOCH, null, false, TEXT.length(), 12)));
  }

  @Test
  void rawArticlesMatchTheirSchema() {
    assertThat(TopicSchemas.violations("news-raw-v1", Json.write(raw()))).isEmpty();
  }

  @Test
  void enrichedArticlesAndTheirDerivedRecordsMatchTheirSchemas() {
    EnrichedArticle article = enriched();
    assertThat(TopicSchemas.violations("news-enriched-v1", Json.write(article))).isEmpty();
    assertThat(TopicSchemas.violations("news-claims-v1", Json.write(article.claimRecords().get(0))))
        .isEmpty();
    assertThat(TopicSchemas.violations("news-entity-mentions-v1",
        Json.write(article.entityMentionRecords().get(1)))).isEmpty();
  }

  @Test
  void deadLettersAndFetchStatusesMatchTheirSchemas() {
    DeadLetter letter = DeadLetter.of(Stage.ENRICH_DESERIALIZE, new IllegalStateException("bad"),
        "news-raw-v1", 0, 7L, "k", "{oops".getBytes(StandardCharsets.UTF_8));
    assertThat(TopicSchemas.violations("news-dlq-v1", Json.write(letter))).isEmpty();
    FetchStatus status = new FetchStatus(1, "https://gazette.example/a", "src",
        FetchOutcome.NOT_MODIFIED, 304, null, Instant.EPOCH, 15, null);
    assertThat(TopicSchemas.violations("news-fetch-status-v1", Json.write(status))).isEmpty();
    assertThat(Json.write(status)).contains("\"outcome\":\"not-modified\"");
  }

  @Test
  void aRecordMissingARequiredFieldIsRejected() {
    String json = Json.write(raw()).replaceFirst("\"contentHash\":\"[0-9a-f]+\",", "");
    assertThat(TopicSchemas.violations("news-raw-v1", json)).isNotEmpty();
  }
}
