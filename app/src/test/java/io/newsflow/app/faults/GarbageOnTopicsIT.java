package io.newsflow.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.newsflow.app.bench.SyntheticNewsSite;
import io.newsflow.app.process.FictionalArticles;
import io.newsflow.app.process.NewsflowProcess;
import io.newsflow.app.process.PipelineConfigFile;
import io.newsflow.app.process.PipelineOutputs;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.EnrichmentInfo;
import io.newsflow.core.json.Json;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.sink.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another producer writes garbage to the two topics Newsflow's stages read, news-raw-v1 (enrich)
 * and news-enriched-v1 (the sink), while {@code newsflow run} runs in a process of its own on a
 * {@code newsflow broker}: invalid JSON, a wrong {@code schemaVersion}, Latin-1 instead of UTF-8,
 * values of several MB, a record without a key, JSON {@code null}; each followed on the same
 * partition by a valid record. Every piece of garbage becomes one dead letter on news-dlq-v1 with
 * its stage and reason, every valid record behind it reaches news-enriched-v1, the files and
 * PostgreSQL, the process stays up and ready, and its log has no stack trace.
 *
 * <p>Values of several MB, as they really arrive: a producer with Kafka's default {@code
 * max.request.size} (1 MiB) cannot write one at all (asserted here), but the article topics take
 * records up to 16 MiB, so one that raised it can. Over {@code NewsTopics.MAX_ARTICLE_BYTES} (8
 * MiB) a value is {@code too-large} and not read; a smaller one is read and dead-lettered for
 * what it is. Either way the dead letter keeps only the value's first MiB and its size, so it
 * fits on news-dlq-v1 whatever arrived.
 */
class GarbageOnTopicsIT {
  private static final Path LOGS = Path.of("target", "it-logs", "GarbageOnTopicsIT");
  private static final int MIB = 1024 * 1024;
  private static final Pattern SERIES =
      Pattern.compile("(?m)^(\\w+)\\{([^}]*)} (\\S+)$");

  @TempDir Path dir;
  private final List<NewsflowProcess> processes = new ArrayList<>();
  private SyntheticNewsSite site;
  private TestDatabase db;

  /** One record another producer sends, and the dead letter's reason it must get. */
  private record Garbage(String kind, String key, byte[] value, String reason) {}

  /** Where a record was written. */
  private record Sent(String topic, int partition, long offset) {}

  @AfterEach
  void stop() throws InterruptedException {
    for (NewsflowProcess p : processes) {
      p.close();
    }
    if (site != null) {
      site.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void everyPieceOfGarbageIsDeadLetteredWithItsReasonAndTheRecordBehindItFlows()
      throws Exception {
    long started = System.nanoTime();
    db = TestDatabase.create();
    String bootstrap = "127.0.0.1:" + NewsflowProcess.freePort();
    Path brokerDir = dir.resolve("broker");
    NewsflowProcess broker = start("broker", "768m", "broker", "--data-dir",
        brokerDir.toString(), "--set", "kafka.embedded.listen=" + bootstrap);
    broker.await("the broker", Duration.ofMinutes(1),
        () -> Files.exists(brokerDir.resolve("broker.address")));

    int siteArticles = 3;
    site = new SyntheticNewsSite(41, 1, siteArticles, 0, siteArticles, 0, Duration.ZERO,
        Clock.systemUTC());
    Path config = PipelineConfigFile.write(dir.resolve("newsflow.yaml"),
        site.sources(Duration.ofSeconds(2)), Duration.ofSeconds(2), db.url(), db.user());
    int httpPort = NewsflowProcess.freePort();
    String http = "http://127.0.0.1:" + httpPort;
    Path data = dir.resolve("pipeline");
    NewsflowProcess pipeline = start("run", "2g", "run", "--config", config.toString(),
        "--bootstrap-servers", bootstrap, "--data-dir", data.toString(),
        "--http", "127.0.0.1:" + httpPort, "--set", "web.enabled=false",
        "--progress-every", "5s");
    pipeline.await("the publisher's articles written", Duration.ofMinutes(2), () ->
        PipelineOutputs.metric(http + "/metrics", "newsflow_sink_written_total")
            >= siteArticles);
    int logBefore = pipeline.stderr().length();
    double atWork = Eventually.since(started);

    String raw = NewsTopics.RAW;
    String enriched = NewsTopics.ENRICHED;
    assertThat(catchThrowable(() -> defaultProducerSends(bootstrap, raw, new byte[9 * MIB])))
        .as("Kafka's default producer refuses a 9 MiB record itself")
        .hasCauseInstanceOf(RecordTooLargeException.class);

    List<Garbage> rawGarbage = garbage("raw", id -> Json.write(rawArticle(id)));
    List<Garbage> enrichedGarbage =
        garbage("enriched", id -> Json.write(enrichedArticle(rawArticle(id))));
    Map<Sent, Garbage> sentGarbage = new HashMap<>();
    List<String> validRaw = new ArrayList<>();
    List<String> validEnriched = new ArrayList<>();
    long sending = System.nanoTime();
    try (KafkaProducer<String, byte[]> foreign = foreignProducer(bootstrap)) {
      for (int i = 0; i < rawGarbage.size(); i++) {
        Garbage g = rawGarbage.get(i);
        sentGarbage.put(send(foreign, raw, g.key(), g.value()), g);
        RawArticle valid = rawArticle("raw-valid-" + i);
        send(foreign, raw, valid.id(), bytes(Json.write(valid)));
        validRaw.add(valid.id());
      }
      for (int i = 0; i < enrichedGarbage.size(); i++) {
        Garbage g = enrichedGarbage.get(i);
        sentGarbage.put(send(foreign, enriched, g.key(), g.value()), g);
        EnrichedArticle valid = enrichedArticle(rawArticle("enriched-valid-" + i));
        send(foreign, enriched, valid.id(), bytes(Json.write(valid)));
        validEnriched.add(valid.id());
      }
    }

    int expectedWritten = siteArticles + validRaw.size() + validEnriched.size();
    // The sink writes a batch, then waits for its dead letters, then commits: wait for both.
    pipeline.await("every valid record behind the garbage written", Duration.ofMinutes(2),
        () -> db.number("SELECT count(*) FROM articles") >= expectedWritten
            && PipelineOutputs.jsonlPairs(data.resolve("articles")).size() >= expectedWritten
            && PipelineOutputs.committed(bootstrap, NewsTopics.DEAD_LETTERS).size()
                >= sentGarbage.size());
    double flowed = Eventually.since(sending);
    List<ConsumerRecord<String, String>> letters =
        PipelineOutputs.committed(bootstrap, NewsTopics.DEAD_LETTERS);

    // One dead letter per piece of garbage, saying where it came from and why.
    assertThat(letters).hasSize(sentGarbage.size());
    Map<String, String> reasons = new TreeMap<>();
    for (ConsumerRecord<String, String> record : letters) {
      assertThat(record.value().length()).as("a dead letter fits on news-dlq-v1 with room")
          .isLessThan(DeadLetter.MAX_VALUE_BYTES * 4 / 3 + 64 * 1024);
      DeadLetter letter = Json.read(record.value(), DeadLetter.class);
      Sent from = new Sent(letter.sourceTopic(), letter.sourcePartition(), letter.sourceOffset());
      Garbage g = sentGarbage.get(from);
      assertThat(g).as("the garbage at " + from).isNotNull();
      String stage = from.topic().equals(raw) ? "enrich.deserialize" : "sink.deserialize";
      reasons.put(from.topic() + " " + g.kind(), letter.stage() + " " + letter.reason());
      assertThat(letter.stage()).as(g.kind()).isEqualTo(stage);
      assertThat(letter.reason()).as(g.kind()).isEqualTo(g.reason());
      assertThat(letter.key()).as(g.kind()).isEqualTo(g.key());
      assertThat(record.key()).as(g.kind()).isEqualTo(g.key());
      assertThat(letter.valueBytes()).as(g.kind()).isEqualTo(g.value().length);
      if (g.value().length <= DeadLetter.MAX_VALUE_BYTES) {
        assertThat(letter.value()).as(g.kind()).isEqualTo(g.value());
        assertThat(letter.valueTruncated()).isFalse();
      } else {
        assertThat(letter.valueTruncated()).as(g.kind()).isTrue();
        assertThat(letter.value()).as(g.kind()).hasSize(DeadLetter.MAX_VALUE_BYTES)
            .startsWith(Arrays.copyOf(g.value(), 64));
      }
    }
    reasons.forEach((kind, outcome) -> System.out.println("GarbageOnTopicsIT " + kind
        + " -> " + outcome));

    // Every valid record behind the garbage flowed, and no piece of garbage did: enrich wrote
    // nothing for the garbage on news-raw-v1 and the sink nothing for either topic's.
    List<String> enrichedKeys = PipelineOutputs.committedKeys(bootstrap, enriched);
    assertThat(enrichedKeys).containsAll(validRaw).containsAll(validEnriched)
        .doesNotContainAnyElementsOf(keysOf(rawGarbage));
    assertThat(db.number("SELECT count(*) FROM articles")).isEqualTo(expectedWritten);
    assertThat(db.number("SELECT count(DISTINCT id) FROM articles")).isEqualTo(expectedWritten);
    assertThat(db.number("SELECT count(*) FROM articles WHERE id IN ('"
        + String.join("', '", keysOf(enrichedGarbage)) + "')")).isZero();
    assertThat(PipelineOutputs.jsonlPairs(data.resolve("articles"))).hasSize(expectedWritten)
        .noneMatch(pair -> keysOf(enrichedGarbage).contains(pair.substring(0, pair.indexOf('#'))));
    assertThat(PipelineOutputs.brokenLines(data.resolve("articles"))).isEmpty();

    // Counted by stage and reason, and nothing crashed.
    String metrics = http + "/metrics";
    assertThat(countsByReason(metrics, "newsflow_enrich_dead_lettered_total"))
        .isEqualTo(expectedCounts(rawGarbage, "enrich.deserialize"));
    assertThat(countsByReason(metrics, "newsflow_sink_dead_lettered_total"))
        .isEqualTo(expectedCounts(enrichedGarbage, "sink.deserialize"));
    assertThat(pipeline.alive()).isTrue();
    assertThat(PipelineOutputs.status(http + "/health/ready")).isEqualTo(200);
    String log = pipeline.stderr().substring(logBefore);
    assertThat(log).as("the log after the garbage").doesNotContainPattern("(?m)^\\s+at \\S+\\(")
        .doesNotContain("Exception in thread").doesNotContain("ERROR");
    assertThat(log).contains("Dead-lettering", "Dead-lettered");
    System.out.printf("GarbageOnTopicsIT: %d pieces of garbage dead-lettered, %d valid records "
        + "behind them written %.1f s after the first was sent; the pipeline was at work "
        + "%.1f s after the start, the test took %.1f s%n", letters.size(),
        validRaw.size() + validEnriched.size(), flowed, atWork, Eventually.since(started));
  }

  /**
   * The garbage for one topic; {@code valid} writes a valid record of the topic for an id, the
   * base of the garbage that is almost right.
   */
  private static List<Garbage> garbage(String topic, Function<String, String> valid) {
    String almost = valid.apply(topic + "-almost");
    String key = rawArticle(topic + "-almost").id();
    List<Garbage> list = new ArrayList<>();
    list.add(new Garbage("an HTML error page", topic + "-proxy-error",
        bytes("<html><body><h1>502 Bad Gateway</h1></body></html>"), "invalid-json"));
    list.add(new Garbage("schemaVersion 2", key,
        bytes(almost.replace("\"schemaVersion\":1", "\"schemaVersion\":2")),
        "unsupported-schema-version"));
    list.add(new Garbage("Latin-1 text", key,
        almost.replace("overcharging", "surfactur\u00e9").getBytes(StandardCharsets.ISO_8859_1),
        "invalid-utf8"));
    list.add(new Garbage("a 9 MiB article", key, bytes(withLongerText(almost, 9 * MIB)),
        "too-large"));
    list.add(new Garbage("a 3 MiB log dump", topic + "-dump", bytes(logDump(3 * MIB)),
        "invalid-json"));
    list.add(new Garbage("no key", null, bytes(almost), "missing-key"));
    list.add(new Garbage("JSON null", key, bytes("null"), "invalid-record"));
    return list;
  }

  private static List<String> keysOf(List<Garbage> garbage) {
    return garbage.stream().map(Garbage::key).filter(Objects::nonNull).distinct()
        .toList();
  }

  private static Map<String, Double> expectedCounts(List<Garbage> garbage, String stage) {
    return garbage.stream().collect(Collectors.groupingBy(
        g -> "stage=" + stage + ",reason=" + g.reason(), TreeMap::new,
        Collectors.summingDouble(g -> 1.0)));
  }

  /** Every series of {@code name}, as {@code stage=...,reason=...}: its value. */
  private static Map<String, Double> countsByReason(String metricsUrl, String name) {
    Map<String, Double> counts = new TreeMap<>();
    Matcher m = SERIES.matcher(PipelineOutputs.body(metricsUrl));
    while (m.find()) {
      if (m.group(1).equals(name)) {
        Map<String, String> labels = new HashMap<>();
        for (String label : m.group(2).split(",")) {
          String[] kv = label.split("=", 2);
          if (kv.length == 2) {
            labels.put(kv[0].trim(), kv[1].replace("\"", ""));
          }
        }
        counts.put("stage=" + labels.get("stage") + ",reason=" + labels.get("reason"),
            Double.parseDouble(m.group(3)));
      }
    }
    return counts;
  }

  private static RawArticle rawArticle(String run) {
    return FictionalArticles.raw(run, 1);
  }

  private static EnrichedArticle enrichedArticle(RawArticle raw) {
    return EnrichedArticle.of(raw, new Enrichment(List.of(), List.of(), new EnrichmentInfo(
        "another-producer", Instant.now(), null, false, raw.text().length(), 0)));
  }

  /** {@code json} with its text lengthened to about {@code size} bytes of plain words. */
  private static String withLongerText(String json, int size) {
    int at = json.indexOf("\"text\":\"") + "\"text\":\"".length();
    String words = "and the committee met again ";
    return json.substring(0, at) + words.repeat(size / words.length()) + json.substring(at);
  }

  private static String logDump(int size) {
    String line = "2026-03-01T09:00:00Z INFO request served in 12 ms\n";
    return line.repeat(size / line.length());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A producer as another team might write it, with max.request.size raised to the topics'. */
  private static KafkaProducer<String, byte[]> foreignProducer(String bootstrap) {
    return new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all",
        "max.request.size", 16 * MIB), new StringSerializer(), new ByteArraySerializer());
  }

  private static void defaultProducerSends(String bootstrap, String topic, byte[] value)
      throws InterruptedException, ExecutionException {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
        Map.of("bootstrap.servers", bootstrap), new StringSerializer(),
        new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, 0, "big", value)).get();
    }
  }

  /** Sends to partition 0, so that each valid record comes right after its garbage. */
  private static Sent send(KafkaProducer<String, byte[]> producer, String topic, String key,
      byte[] value) throws InterruptedException, ExecutionException {
    RecordMetadata m = producer.send(new ProducerRecord<>(topic, 0, key, value)).get();
    return new Sent(m.topic(), m.partition(), m.offset());
  }

  private NewsflowProcess start(String name, String heap, String... args) {
    NewsflowProcess p = NewsflowProcess.start(LOGS, name, heap, args);
    processes.add(p);
    return p;
  }
}
