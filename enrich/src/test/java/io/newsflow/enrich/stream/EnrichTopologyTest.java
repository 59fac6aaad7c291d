package io.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.ClaimRecord;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityKey;
import io.newsflow.core.enrichment.EntityMentionRecord;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.core.enrichment.QuoteKind;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnricherFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
  private static final NewsTopics TOPICS = NewsTopics.withPrefix("");

  @TempDir Path dataDir;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile RuntimeException failure;
  /** When set, the engine's one claim quotes this instead of the text. */
  private volatile String bloat;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<String, ClaimRecord> claims;
  private TestOutputTopic<String, EntityMentionRecord> mentions;
  private TestOutputTopic<String, DeadLetter> deadLetters;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  /** A test double for the NLP engine: one entity and one claim per article. */
  private final EnricherFactory factory =
      new EnricherFactory() {
        @Override
        public String engine() {
          return "test-engine";
        }

        @Override
        public ArticleEnricher create() {
          return article -> {
            calls.incrementAndGet();
            if (failure != null) {
              throw failure;
            }
            String name = "Corvia Mills";
            int start = article.text().indexOf(name);
            Entity entity =
                new Entity(EntityKey.of(EntityType.ORGANIZATION, name), name,
                    EntityType.ORGANIZATION, 1, 1.0, null,
                    List.of(new Mention(name, start, start + name.length(), null)));
            String quoted = bloat == null ? article.text() : bloat;
            Claim claim =
                new Claim(1, quoted, 0, quoted.length(), Stance.DENIAL,
                    new Speaker("Corvia Mills", "Corvia Mills", SpeakerKind.ORGANIZATION),
                    "denied", QuoteKind.INDIRECT, false, null, null);
            return new Enrichment(List.of(entity), List.of(claim), null);
          };
        }
      };

  @BeforeEach
  void startDriver() {
    NewsflowConfig config =
        new ConfigLoader().load(null, Map.of(), Map.of("data-dir", dataDir.toString(),
            "kafka.bootstrap-servers", "unused:9092", "enrich.dedup-retention", "1h"));
    Properties props = EnrichStreamsConfig.of(config, registry);
    props.put(StreamsConfig.STATE_DIR_CONFIG, dataDir.resolve("state").toString());
    driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, config.enrich(), factory, registry),
        props, Instant.parse("2026-01-01T00:00:00Z"));
    raw = driver.createInputTopic(TOPICS.raw().name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    enriched = output(TOPICS.enriched().name(), EnrichedArticle.class);
    claims = output(TOPICS.claims().name(), ClaimRecord.class);
    mentions = output(TOPICS.entityMentions().name(), EntityMentionRecord.class);
    deadLetters = output(TOPICS.deadLetters().name(), DeadLetter.class);
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  private <V> TestOutputTopic<String, V> output(String topic, Class<V> type) {
    return driver.createOutputTopic(topic, Serdes.String().deserializer(),
        new JsonSerde<>(type).deserializer());
  }

  private static RawArticle article(String path, String text, String language) {
    return RawArticle.of(
        new ExtractedArticle("https://harbour-ledger.example/" + path, null, "Mill dispute",
            text, List.of("Ines Calloway"), OffsetDateTime.parse("2026-01-01T09:00:00+01:00"),
            null, language, null, null, null, List.of(), "Harbour Ledger", false),
        "test", 1, Instant.parse("2026-01-01T08:00:00Z"));
  }

  private void send(RawArticle article) {
    raw.pipeInput(article.id(), new JsonSerde<>(RawArticle.class).serialize(article));
  }

  @Test
  void anArticleIsEnrichedAndItsClaimsAndEntitiesArePublishedOnePerRecord() {
    RawArticle article = article("a", "Corvia Mills denied the report.", "en");
    send(article);

    var out = enriched.readKeyValue();
    assertThat(out.key).isEqualTo(article.id());
    assertThat(out.value.entities()).extracting(Entity::name).containsExactly("Corvia Mills");
    assertThat(out.value.enrichment().engine()).isEqualTo("test-engine");
    assertThat(out.value.text()).isEqualTo(article.text());

    var claim = claims.readKeyValue();
    assertThat(claim.key).isEqualTo(article.id());
    assertThat(claim.value.claim().stance()).isEqualTo(Stance.DENIAL);
    assertThat(claim.value.url()).isEqualTo(article.url());

    var mention = mentions.readKeyValue();
    assertThat(mention.key).isEqualTo("organization:corvia-mills");
    assertThat(mention.value.articleId()).isEqualTo(article.id());
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void aRepeatOfTheSameContentIsDroppedAndAChangedContentIsNot() {
    RawArticle first = article("a", "Corvia Mills denied the report.", "en");
    send(first);
    send(first);
    RawArticle changed = article("a", "Corvia Mills denied the report again.", "en");
    send(changed);

    assertThat(enriched.readValuesToList())
        .extracting(EnrichedArticle::contentHash)
        .containsExactly(first.contentHash(), changed.contentHash());
    assertThat(calls).hasValue(2);
    assertThat(registry.counter("newsflow.enrich.duplicates").count()).isEqualTo(1.0);
  }

  @Test
  void theDedupStoreForgetsEntriesOlderThanTheRetention() {
    RawArticle article = article("a", "Corvia Mills denied the report.", "en");
    send(article);
    driver.advanceWallClockTime(Duration.ofHours(2));
    send(article);

    assertThat(enriched.readValuesToList()).hasSize(2);
  }

  @Test
  void aRecordThatIsNotAnArticleIsDeadLetteredAndTheNextOneFlows() {
    byte[] garbage = {(byte) 0xC3, 0x28, 0x00, 0x7F};
    raw.pipeInput("bad-key", garbage);
    RawArticle next = article("b", "Corvia Mills denied the report.", "en");
    send(next);

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.stage()).isEqualTo("enrich.deserialize");
    assertThat(letter.key()).isEqualTo("bad-key");
    assertThat(letter.value()).isEqualTo(garbage);
    assertThat(letter.sourceTopic()).isEqualTo(TOPICS.raw().name());
    assertThat(letter.sourceOffset()).isEqualTo(0L);
    assertThat(letter.reason()).isEqualTo("invalid-utf8");
    assertThat(enriched.readValue().id()).isEqualTo(next.id());
  }

  @Test
  void anArticleTheEngineFailsOnIsDeadLetteredWithTheReason() {
    failure = new IllegalStateException("parser gave up on sentence 3");
    RawArticle article = article("c", "Corvia Mills denied the report.", "en");
    send(article);
    failure = null;
    send(article("d", "Corvia Mills denied it.", "en"));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.stage()).isEqualTo("enrich.process");
    assertThat(letter.reason()).isEqualTo("processing-failed");
    assertThat(letter.detail()).contains("parser gave up on sentence 3");
    assertThat(new String(letter.value(), StandardCharsets.UTF_8)).contains(article.id());
    assertThat(enriched.readValuesToList()).hasSize(1);
  }

  @Test
  void anArticleWithoutAnIdIsDeadLettered() {
    String json = "{\"schemaVersion\":1,\"url\":\"https://x.example/\",\"contentHash\":\"ab\"}";
    raw.pipeInput("k", json.getBytes(StandardCharsets.UTF_8));
    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.stage()).isEqualTo("enrich.deserialize");
    assertThat(letter.reason()).isEqualTo("invalid-record");
    assertThat(letter.detail()).contains("without an id");
  }

  @Test
  void recordsThatBreakTheTopicContractAreDeadLetteredEachWithItsReason() {
    RawArticle valid = article("f", "Corvia Mills denied the report.", "en");
    String json = new String(new JsonSerde<>(RawArticle.class).serialize(valid),
        StandardCharsets.UTF_8);
    byte[] huge = new byte[NewsTopics.MAX_ARTICLE_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) '{');
    raw.pipeInput(valid.id(), json.replace("\"schemaVersion\":1", "\"schemaVersion\":2")
        .getBytes(StandardCharsets.UTF_8));
    raw.pipeInput((String) null, json.getBytes(StandardCharsets.UTF_8));
    raw.pipeInput(valid.id(), json.replace("Mills", "M\u00fchle")
        .getBytes(StandardCharsets.ISO_8859_1));
    raw.pipeInput(valid.id(), huge);
    raw.pipeInput(valid.id(), "null".getBytes(StandardCharsets.UTF_8));
    send(valid);

    List<DeadLetter> letters = deadLetters.readValuesToList();
    assertThat(letters).extracting(DeadLetter::reason).containsExactly(
        "unsupported-schema-version", "missing-key", "invalid-utf8", "too-large",
        "invalid-record");
    assertThat(letters).extracting(DeadLetter::stage).containsOnly("enrich.deserialize");
    assertThat(letters.get(3).valueBytes()).isEqualTo(huge.length);
    assertThat(letters.get(3).valueTruncated()).isTrue();
    assertThat(enriched.readValue().id()).isEqualTo(valid.id());
    assertThat(registry.counter("newsflow.enrich.dead.lettered", "stage", "enrich.deserialize",
        "reason", "too-large").count()).isEqualTo(1.0);
  }

  @Test
  void anEnrichedArticleLargerThanTheSinkTakesIsDeadLetteredAsTooLarge() {
    bloat = "x".repeat(NewsTopics.MAX_ARTICLE_BYTES);
    send(article("g", "Corvia Mills denied the report.", "en"));
    bloat = null;
    RawArticle next = article("h", "Corvia Mills denied it.", "en");
    send(next);

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.stage()).isEqualTo("enrich.process");
    assertThat(letter.reason()).isEqualTo("too-large");
    assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id)
        .containsExactly(next.id());
  }

  @Test
  void anArticleInAnotherLanguagePassesThroughUnanalysed() {
    send(article("e", "Corvia Mills a démenti.", "fr"));

    EnrichedArticle out = enriched.readValue();
    assertThat(out.enrichment().skipped()).isEqualTo("language");
    assertThat(out.entities()).isEmpty();
    assertThat(calls).hasValue(0);
    assertThat(claims.isEmpty()).isTrue();
  }

  @Test
  void everyProcessorAndStoreIsNamed() {
    TopologyDescription description =
        EnrichTopology.build(TOPICS, new ConfigLoader().defaultsOnly().enrich(), factory, registry)
            .describe();
    assertThat(description.toString())
        .contains("raw-source", "enrich-article", "enriched-sink", "explode-claims",
            "claims-sink", "explode-entity-mentions", "entity-mentions-sink",
            EnrichTopology.DEDUP_STORE)
        .doesNotContain("KSTREAM-");
  }
}
