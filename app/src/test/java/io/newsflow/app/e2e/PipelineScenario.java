package io.newsflow.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.Newsflow;
import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.app.runtime.Pipeline;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.json.Json;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.testing.TopicSchemas;
import io.newsflow.core.topic.NewsTopics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline through a real broker: the demo site's fictional pages go through ingest,
 * the exactly-once enrich application and the sink, to the topics and the JSON Lines files. The
 * broker comes from the subclass (in-process, or Testcontainers' Kafka where Docker runs).
 */
abstract class PipelineScenario {
  /** Articles on the demo site (DemoSiteTest.ARTICLES); the French one passes unanalysed. */
  static final int DEMO_ARTICLES = 34;

  @TempDir Path dataDir;

  abstract String bootstrapServers();

  private String prefix;

  private String[] runArgs(String... extra) {
    List<String> args = new ArrayList<>(List.of("run", "--once", "--demo",
        "--bootstrap-servers", bootstrapServers(),
        "--data-dir", dataDir.toString(),
        "--topic-prefix", prefix,
        "--set", "enrich.application-id=" + prefix + "enrich",
        "--set", "sink.group-id=" + prefix + "sink",
        "--set", "ingest.group-id=" + prefix + "ingest",
        "--progress-every", "1s",
        "--http", "127.0.0.1:0"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private NewsflowConfig config() {
    return new ConfigLoader().load(null, Map.of(), Map.of(
        "data-dir", dataDir.toString(),
        "kafka.bootstrap-servers", bootstrapServers(),
        "kafka.topic-prefix", prefix,
        "enrich.application-id", prefix + "enrich",
        "sink.group-id", prefix + "sink",
        "ingest.group-id", prefix + "ingest"));
  }

  @Test
  void demoArticlesReachTheEnrichedTopicAndTheFilesOnceAndARestartAddsOnlyTheStorysUpdate()
      throws Exception {
    prefix = "e2e-" + UUID.randomUUID().toString().substring(0, 6) + ".";
    assertThat(Newsflow.execute(runArgs("--demo-update-after", "1h"))).isZero();

    NewsTopics topics = NewsTopics.withPrefix(prefix);
    List<ConsumerRecord<String, String>> enriched = readAll(topics.enriched().name());
    assertThat(enriched).hasSize(DEMO_ARTICLES);
    for (ConsumerRecord<String, String> record : enriched) {
      assertThat(TopicSchemas.violations("news-enriched-v1", record.value())).isEmpty();
    }
    JsonNode lawsuit = enriched.stream()
        .map(r -> read(r.value()))
        .filter(a -> a.path("title").asText().startsWith("Lawsuit alleges Corvia Mills"))
        .findFirst().orElseThrow();
    assertThat(lawsuit.path("text").asText())
        .contains("Corvia Mills has denied allegations")
        .doesNotContain("Related Stories", "Source link", "Leave a comment", "Photo: Oren Vale");
    assertThat(names(lawsuit.path("entities"))).contains("Corvia Mills", "Delia Marsh",
        "Tomas Ferrera", "Westmarch Department of Environmental Quality");
    assertThat(stances(lawsuit.path("claims"))).contains("ALLEGATION", "DENIAL");
    assertThat(lawsuit.path("version").asInt()).isEqualTo(1);
    // The running story spreads over the outlets: the company is one organisation in each.
    List<JsonNode> story = enriched.stream().map(r -> read(r.value()))
        .filter(a -> hasEntity(a, "Corvia Mills", "ORGANIZATION")).toList();
    assertThat(story).hasSizeGreaterThanOrEqualTo(10);
    assertThat(story.stream().map(a -> a.path("siteName").asText()).distinct())
        .contains("Harbour Ledger", "Anchorline", "Bellwether Business", "Valley Courier",
            "Northgate Gazette", "Westmarch Public Radio");
    JsonNode french = enriched.stream().map(r -> read(r.value()))
        .filter(a -> "fr".equals(a.path("language").asText())).findFirst().orElseThrow();
    assertThat(french.path("enrichment").path("skipped").asText()).isEqualTo("language");

    List<JsonNode> claims = new ArrayList<>();
    for (ConsumerRecord<String, String> r : readAll(topics.claims().name())) {
      assertThat(TopicSchemas.violations("news-claims-v1", r.value())).isEmpty();
      claims.add(read(r.value()));
    }
    // Allegations against the company and its denials, in several outlets' articles.
    assertThat(claims.stream().filter(c -> stance(c, "DENIAL")
            && "Corvia Mills".equals(c.path("claim").path("speaker").path("entity").asText()))
        .map(c -> c.path("articleId").asText()).distinct())
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(claims.stream().filter(c -> stance(c, "ALLEGATION")
            && c.path("claim").path("text").asText().contains("Corvia Mills"))
        .map(c -> c.path("articleId").asText()).distinct())
        .hasSizeGreaterThanOrEqualTo(2);
    for (ConsumerRecord<String, String> r : readAll(topics.entityMentions().name())) {
      assertThat(TopicSchemas.violations("news-entity-mentions-v1", r.value())).isEmpty();
    }
    for (ConsumerRecord<String, String> r : readAll(topics.raw().name())) {
      assertThat(TopicSchemas.violations("news-raw-v1", r.value())).isEmpty();
    }
    for (ConsumerRecord<String, String> r : readAll(topics.fetchStatus().name())) {
      assertThat(TopicSchemas.violations("news-fetch-status-v1", r.value())).isEmpty();
    }

    List<JsonNode> lines = jsonlLines();
    assertThat(lines).hasSize(DEMO_ARTICLES);
    assertThat(lines.stream().map(l -> l.path("id").asText()))
        .containsExactlyInAnyOrderElementsOf(enriched.stream().map(ConsumerRecord::key).toList());

    // A restart on the same data directory publishes nothing unchanged and writes nothing twice;
    // the site publishes its update of the story at once, and the sitemap's newer lastmod brings
    // the story back as version 2.
    assertThat(Newsflow.execute(runArgs("--demo-update-after", "0s"))).isZero();
    List<ConsumerRecord<String, String>> after = readAll(topics.enriched().name());
    assertThat(after).hasSize(DEMO_ARTICLES + 1);
    List<JsonNode> versions2 = after.stream().map(r -> read(r.value()))
        .filter(a -> a.path("version").asInt() == 2).toList();
    assertThat(versions2).hasSize(1);
    JsonNode update = versions2.get(0);
    assertThat(update.path("id").asText()).isEqualTo(lawsuit.path("id").asText());
    assertThat(update.path("updated").asBoolean()).isTrue();
    assertThat(update.path("text").asText()).contains(
        "The company declined to comment on the payment to the consulting firm.",
        "Correction: An earlier version of this article misspelled the name");
    assertThat(names(update.path("entities"))).contains("Tomas Ferreira", "Hana Pruett")
        .doesNotContain("Tomas Ferrera");
    List<JsonNode> written = jsonlLines();
    assertThat(written).hasSize(DEMO_ARTICLES + 1);
    assertThat(written.stream().map(l -> l.path("id").asText() + "#" + l.path("version").asInt())
        .distinct()).hasSize(DEMO_ARTICLES + 1);
  }

  @Test
  void aMalformedRawRecordIsDeadLetteredAndTheNextValidOneStillFlows() throws Exception {
    prefix = "e2e-dlq-" + UUID.randomUUID().toString().substring(0, 6) + ".";
    NewsflowConfig config = config();
    NewsTopics topics = NewsTopics.withPrefix(prefix);
    RawArticle valid = RawArticle.of(new ExtractedArticle(
        "https://tidewater-post.example/2026/05/01/ferry.html", null, "Ferry service resumes",
        "The Tidewater ferry resumed service on Friday, the operator Saltmarsh Lines said.",
        List.of(), null, null, "en", null, null, null, List.of(), "Tidewater Post", false),
        "test", 1, Instant.now());
    try (KafkaRuntime kafka = KafkaRuntime.start(config);
        Pipeline pipeline = Pipeline.start(kafka.config(), new SimpleMeterRegistry(),
            java.util.EnumSet.of(Pipeline.Stage.ENRICH, Pipeline.Stage.SINK));
        var producer = new KafkaProducer<>(new KafkaClients(kafka.config().kafka())
            .producer("e2e"), new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topics.raw().name(), "broken", "{\"schemaVersion\":1,"));
      producer.send(new ProducerRecord<>(topics.raw().name(), valid.id(),
          Json.write(valid)));
      producer.flush();
      assertThat(pipeline.awaitDrained(Duration.ofMinutes(3))).isTrue();

      List<ConsumerRecord<String, String>> letters = readAll(topics.deadLetters().name());
      assertThat(letters).singleElement().satisfies(r -> {
        assertThat(TopicSchemas.violations("news-dlq-v1", r.value())).isEmpty();
        JsonNode letter = read(r.value());
        assertThat(letter.path("stage").asText()).isEqualTo("enrich.deserialize");
        assertThat(letter.path("key").asText()).isEqualTo("broken");
        assertThat(letter.path("valueText").asText()).isEqualTo("{\"schemaVersion\":1,");
        assertThat(letter.path("sourceTopic").asText()).isEqualTo(topics.raw().name());
      });
      assertThat(readAll(topics.enriched().name())).extracting(ConsumerRecord::key)
          .containsExactly(valid.id());
    }
    assertThat(jsonlLines()).extracting(l -> l.path("id").asText()).containsExactly(valid.id());
  }

  private List<ConsumerRecord<String, String>> readAll(String topic) {
    Map<String, Object> props = new KafkaClients(config().kafka())
        .consumer("reader-" + UUID.randomUUID(), "e2e-reader");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(),
        new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long quietSince = System.nanoTime();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        var batch = consumer.poll(Duration.ofMillis(500));
        batch.forEach(records::add);
        if (!batch.isEmpty()) {
          quietSince = System.nanoTime();
        } else if (!consumer.assignment().isEmpty()
            && System.nanoTime() - quietSince > Duration.ofSeconds(3).toNanos()) {
          break;
        }
      }
    }
    return records;
  }

  private List<JsonNode> jsonlLines() throws IOException {
    Path dir = dataDir.resolve("articles");
    List<JsonNode> lines = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return lines;
    }
    List<Path> files;
    try (Stream<Path> all = Files.walk(dir)) {
      files = all.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String content;
      if (name.endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } else if (name.contains(".jsonl")) {
        content = Files.readString(file);
      } else {
        continue;
      }
      content.lines().filter(l -> !l.isBlank()).map(PipelineScenario::read).forEach(lines::add);
    }
    return lines;
  }

  private static JsonNode read(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static List<String> names(JsonNode entities) {
    List<String> names = new ArrayList<>();
    entities.forEach(e -> names.add(e.path("name").asText()));
    return names;
  }

  private static boolean hasEntity(JsonNode article, String name, String type) {
    for (JsonNode e : article.path("entities")) {
      if (name.equals(e.path("name").asText()) && type.equals(e.path("type").asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean stance(JsonNode claimRecord, String stance) {
    return stance.equals(claimRecord.path("claim").path("stance").asText());
  }

  private static List<String> stances(JsonNode claims) {
    List<String> stances = new ArrayList<>();
    claims.forEach(c -> stances.add(c.path("stance").asText()));
    return stances;
  }
}
