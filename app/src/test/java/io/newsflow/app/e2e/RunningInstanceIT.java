package io.newsflow.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.process.FictionalArticles;
import io.newsflow.app.process.NewsflowProcess;
import io.newsflow.app.process.ReadmeCommands;
import io.newsflow.app.process.Shell;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.topic.NewsTopics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run --demo} as a user runs it, in a process of its own: the broker address
 * people can use, commands on the same data directory that join the running broker, /metrics
 * and /health, JSON logs, and a {@code kill -9} in the middle of a stream of articles followed by
 * a restart that is processing again within seconds and loses and duplicates nothing.
 */
class RunningInstanceIT {
  /** Articles on the demo site, as DemoSiteTest counts them; its update is held back here. */
  private static final int DEMO_ARTICLES = 34;
  private static final int BEFORE_KILL = 30;
  private static final int AFTER_RESTART = 5;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The processes' output, kept after the test for whoever reads a failure. */
  private static final Path LOGS = Path.of("target", "it-logs", "RunningInstanceIT");

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<NewsflowProcess> processes = new ArrayList<>();
  private final NewsTopics topics = NewsTopics.withPrefix("");
  private int kafkaPort;
  private int httpPort;

  @AfterEach
  void stopAll() throws InterruptedException {
    for (NewsflowProcess p : processes) {
      p.close();
    }
  }

  @Test
  void aRunningInstanceServesItsBrokerMetricsAndHealthAndRecoversFromKillNineAtOnce()
      throws Exception {
    Path data = dir.resolve("data");
    kafkaPort = NewsflowProcess.freePort();
    httpPort = NewsflowProcess.freePort();

    NewsflowProcess first = run(data, "first", "--log-format", "json");
    first.await("the demo articles in the sink", Duration.ofMinutes(4),
        () -> metric("newsflow_sink_written_total") >= DEMO_ARTICLES);

    // The address is the configured one, recorded for scripts.
    assertThat(Files.readString(data.resolve("broker.address")).strip())
        .isEqualTo("127.0.0.1:" + kafkaPort);

    // Watch it: Prometheus text with our series and the Kafka clients' and Streams'.
    String metrics = get("/metrics").body();
    assertThat(metrics).contains("newsflow_ingest_published_total", "newsflow_enrich_enriched_total",
        "newsflow_sink_written_total", "newsflow_fetch_to_sink_seconds_bucket",
        "newsflow_consumer_lag{", "kafka_consumer_", "kafka_producer_", "kafka_stream_",
        "jvm_memory_used_bytes");
    HttpResponse<String> ready = get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ready.body()).path("checks").path("broker").asText()).isEqualTo("ok");
    assertThat(get("/health/live").statusCode()).isEqualTo(200);

    // --log-format json: every line on stderr is one JSON object from the encoder.
    for (String line : first.stderr().lines().filter(l -> !l.isBlank()).toList()) {
      JsonNode event = JSON.readTree(line);
      assertThat(event.has("level") && event.has("formattedMessage")).as(line).isTrue();
    }

    readmeConsumersReadTheTopics();

    // A command on the same data directory joins the running broker and says so in one line.
    NewsflowProcess list = NewsflowProcess.run(dir, "sources-list", Duration.ofMinutes(2),
        "sources", "list", "--data-dir", data.toString());
    assertThat(list.exitCode()).as(list.stderr()).isZero();
    assertThat(list.stdout()).contains("3 sources");
    assertThat(list.stderr()).contains("Connected to the broker already running for")
        .doesNotContain("Exception", "\tat ");

    // A broker address that is taken: one line naming the option, exit code 2.
    NewsflowProcess taken = NewsflowProcess.run(dir, "taken", Duration.ofMinutes(2),
        "sources", "list", "--data-dir", dir.resolve("other").toString(),
        "--set", "kafka.embedded.listen=127.0.0.1:" + kafkaPort);
    assertThat(taken.exitCode()).isEqualTo(2);
    assertThat(taken.stderr().strip().lines()
        .filter(l -> l.startsWith("newsflow:")).toList()).singleElement()
        .satisfies(l -> assertThat(l).contains("kafka.embedded.listen", "127.0.0.1:" + kafkaPort));
    assertThat(taken.stderr()).doesNotContain("\tat ");

    // kill -9 in the middle of a stream of articles.
    try (KafkaProducer<String, byte[]> producer = producer()) {
      for (int i = 0; i < BEFORE_KILL; i++) {
        send(producer, FictionalArticles.raw("before", i));
      }
    }
    first.await("some of the new articles enriched", Duration.ofMinutes(4),
        () -> metric("newsflow_enrich_enriched_total") >= DEMO_ARTICLES + 3);
    first.kill();

    long restarted = System.nanoTime();
    NewsflowProcess second = run(data, "second");
    try (KafkaProducer<String, byte[]> producer = producer()) {
      for (int i = 0; i < AFTER_RESTART; i++) {
        send(producer, FictionalArticles.raw("after", i));
      }
    }
    // What was committed before the kill, read as soon as the restarted broker answers: the
    // restarted stream threads still have to join their group and restore their store.
    Set<String> atKill = new HashSet<>();
    second.await("the restarted broker", Duration.ofMinutes(2), () -> {
      List<String> keys = enrichedRecordKeys();
      atKill.addAll(keys);
      return !keys.isEmpty();
    });
    int enrichedAtKill = atKill.size();
    second.await("an article enriched after the restart", Duration.ofMinutes(3),
        () -> !atKill.containsAll(enrichedKeys()));
    double enrichAgain = (System.nanoTime() - restarted) / 1e9;
    second.await("an article written after the restart", Duration.ofMinutes(3),
        () -> metric("newsflow_sink_written_total") > 0);
    double sinkAgain = (System.nanoTime() - restarted) / 1e9;
    System.out.printf("Recovery after kill -9: %d of %d enriched at the kill; enrich processing "
        + "again %.1f s and the sink %.1f s after the restart%n", enrichedAtKill,
        DEMO_ARTICLES + BEFORE_KILL, enrichAgain, sinkAgain);

    int total = DEMO_ARTICLES + BEFORE_KILL + AFTER_RESTART;
    second.await("every article enriched", Duration.ofMinutes(6),
        () -> enrichedKeys().size() >= total);
    second.await("every article written", Duration.ofMinutes(2),
        () -> jsonlPairs(data).size() >= total);
    // Nothing lost, nothing duplicated: one committed record per article on the topic, and the
    // files repeat only lines with the same (id, version).
    List<String> keys = enrichedRecordKeys();
    assertThat(keys).hasSize(total).doesNotHaveDuplicates();
    assertThat(jsonlPairs(data)).hasSize(total);
    // Not a wall-clock benchmark: the bound only catches waiting out a dead member's session
    // (45 s); the figure itself is printed above.
    assertThat(enrichAgain).isLessThan(40);
    assertThat(sinkAgain).isLessThan(40);

    // SIGTERM: the stages close in order and the JVM ends with the signal's status (128 + 15).
    assertThat(second.terminate(Duration.ofMinutes(3))).isEqualTo(143);
    assertThat(second.stderr()).contains("Sink newsflow-sink-1 stopped",
        "In-process Kafka broker stopped");
    assertThat(second.stderr()).matches(Pattern.compile(
        "(?s)^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z .*"));
  }

  /**
   * The README's kcat and console-consumer commands, verbatim but for the broker's port: the
   * enriched articles and their claims as a downstream reader sees them.
   */
  private void readmeConsumersReadTheTopics() throws Exception {
    String address = "127.0.0.1:" + kafkaPort;
    List<String> kcat = ReadmeCommands.startingWith("kcat");
    assertThat(kcat).as("kcat commands in the README").hasSizeGreaterThanOrEqualTo(2);
    if (Shell.installed("kcat") && Shell.installed("jq")) {
      for (String command : kcat) {
        Shell r = Shell.run(dir, command.replace("127.0.0.1:9092", address), Duration.ofMinutes(1));
        assertThat(r.exit()).as(command + "\n" + r.err()).isZero();
        expectTopicOutput(command, r.out());
      }
    } else if (System.getenv("CI") != null) {
      throw new AssertionError("kcat and jq must be installed in CI (.ci/run installs them)");
    } else {
      System.out.println("kcat or jq not installed: the README's kcat commands were not run");
    }
    List<String> console = ReadmeCommands.startingWith("bin/kafka-console-consumer.sh");
    assertThat(console).as("console consumer commands in the README").isNotEmpty();
    Path kafkaHome = Files.createDirectories(dir.resolve("kafka-home/bin"));
    // The distribution's script runs this class; the shim stops it once the topic is read.
    Files.writeString(kafkaHome.resolve("kafka-console-consumer.sh"), "#!/bin/sh\nexec '"
        + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
        + System.getProperty("java.class.path") + "' "
        + "org.apache.kafka.tools.consumer.ConsoleConsumer \"$@\" --timeout-ms 15000\n");
    kafkaHome.resolve("kafka-console-consumer.sh").toFile().setExecutable(true);
    for (String command : console) {
      Shell r = Shell.run(kafkaHome.getParent(), command.replace("127.0.0.1:9092", address),
          Duration.ofMinutes(2));
      expectTopicOutput(command, r.out());
    }
  }

  private static void expectTopicOutput(String command, String out) {
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    if (command.contains("news-claims-v1")) {
      assertThat(out).as(command).contains("DENIAL").contains("ALLEGATION");
    } else if (command.contains("news-enriched-v1")) {
      assertThat(lines).as(command).hasSize(DEMO_ARTICLES);
    } else {
      assertThat(lines).as(command).isNotEmpty();
    }
  }

  private NewsflowProcess run(Path data, String name, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", "--demo", "--data-dir", data.toString(),
        "--set", "kafka.embedded.listen=127.0.0.1:" + kafkaPort,
        "--http", "127.0.0.1:" + httpPort, "--progress-every", "1s",
        "--demo-update-after", "1h"));
    args.addAll(List.of(extra));
    NewsflowProcess p = NewsflowProcess.start(LOGS, name, "2g", args.toArray(String[]::new));
    processes.add(p);
    return p;
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The value of an unlabelled series on /metrics, or -1 while the server does not answer. */
  private double metric(String name) {
    HttpResponse<String> r = get("/metrics");
    if (r == null || r.statusCode() != 200) {
      return -1;
    }
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(r.body());
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }

  private KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(Map.of("bootstrap.servers", "127.0.0.1:" + kafkaPort,
        "enable.idempotence", true, "acks", "all", "max.block.ms", 180_000,
        "delivery.timeout.ms", 180_000),
        new StringSerializer(), new ByteArraySerializer());
  }

  private void send(KafkaProducer<String, byte[]> producer, RawArticle article) {
    producer.send(new ProducerRecord<>(topics.raw().name(), article.id(),
        new JsonSerde<>(RawArticle.class).serialize(article)));
  }

  private Set<String> enrichedKeys() {
    return new HashSet<>(enrichedRecordKeys());
  }

  /** Every committed record's key on news-enriched-v1, read from the start. */
  private List<String> enrichedRecordKeys() {
    Map<String, Object> props = Map.of("bootstrap.servers", "127.0.0.1:" + kafkaPort,
        "isolation.level", "read_committed", "enable.auto.commit", false,
        "default.api.timeout.ms", 10_000, "request.timeout.ms", 10_000);
    List<String> keys = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topics.enriched().name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          keys.add(r.key());
        }
      }
    } catch (RuntimeException e) {
      // the broker is restarting: nothing readable yet
      return List.of();
    }
    return keys;
  }

  /** The distinct (id, version) pairs of every JSON Lines file, open or closed. */
  private static Set<String> jsonlPairs(Path data) {
    Path articles = data.resolve("articles");
    Set<String> pairs = new HashSet<>();
    if (!Files.isDirectory(articles)) {
      return pairs;
    }
    try (Stream<Path> files = Files.list(articles)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.contains(".jsonl")) {
          continue;
        }
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            try {
              JsonNode article = JSON.readTree(line);
              pairs.add(article.path("id").asText() + "#" + article.path("version").asInt());
            } catch (IOException halfWritten) {
              // the line the sink is writing now; it is whole at the next look
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pairs;
  }
}
