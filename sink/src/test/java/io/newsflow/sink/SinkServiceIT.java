package io.newsflow.sink;

import static io.newsflow.sink.KafkaTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.testing.KafkaBroker;
import io.newsflow.core.testing.SharedKafkaBroker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole sink stage against the in-process broker and the local PostgreSQL. */
@ExtendWith(SharedKafkaBroker.class)
class SinkServiceIT {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private final JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);
  private TestDatabase db;
  private KafkaTestSupport kafka;

  @TempDir Path dataDir;

  @BeforeEach
  void schemaAndTopicsOfTheirOwn(KafkaBroker broker) {
    db = TestDatabase.create();
    kafka = new KafkaTestSupport(broker.bootstrapServers());
  }

  @AfterEach
  void cleanUp() {
    if (kafka != null) {
      kafka.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void unreadableAndRefusedRecordsAreDeadLetteredAndTheNextRecordsWritten(KafkaBroker broker)
      throws IOException {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (SinkService sink = new SinkService(config(broker, "dlq", dataDir.resolve("articles"),
        db.url()), registry)) {
      sink.start();
      RecordMetadata garbage = kafka.send("g1", "\u0001not json{".getBytes(StandardCharsets.UTF_8));
      kafka.send(Fixtures.simple("g1", 1));
      kafka.send(Fixtures.article("bad1", 1, "Salience out of range", "text",
          List.of(Fixtures.entity(EntityType.ORGANIZATION, "Norvane Systems", 1, 1.5)), List.of()));
      kafka.send(Fixtures.norvane("ok2", 1));

      await(WAIT, () -> rows() == 2 && sink.caughtUp(), "the two valid articles are written");
      assertThat(db.rows("SELECT id FROM articles ORDER BY id"))
          .containsExactly(List.of("g1"), List.of("ok2"));

      List<DeadLetter> letters = kafka.deadLetters(2);
      assertThat(letters).hasSize(2);
      assertThat(letters).filteredOn(l -> l.stage().equals("sink.deserialize")).singleElement()
          .satisfies(l -> {
            assertThat(l.key()).isEqualTo("g1");
            assertThat(l.reason()).isEqualTo("invalid-json");
            assertThat(l.sourceTopic()).isEqualTo(kafka.topics.enriched().name());
            assertThat(l.sourcePartition()).isEqualTo(garbage.partition());
            assertThat(l.sourceOffset()).isEqualTo(garbage.offset());
            assertThat(new String(l.value(), StandardCharsets.UTF_8)).isEqualTo("\u0001not json{");
          });
      assertThat(letters).filteredOn(l -> l.stage().equals("sink.write")).singleElement()
          .satisfies(l -> {
            assertThat(l.key()).isEqualTo("bad1");
            assertThat(l.reason()).isEqualTo("refused");
            assertThat(l.detail()).contains("entities_salience_check");
            assertThat(serde.deserialize(l.value()).id()).isEqualTo("bad1");
          });
      assertThat(registry.counter(SinkService.WRITTEN).count()).isEqualTo(2.0);
      assertThat(registry.find(SinkService.DEAD_LETTERED).counters())
          .extracting(c -> c.getId().getTag("stage"))
          .containsExactlyInAnyOrder("sink.deserialize", "sink.write");
      assertThat(registry.find(SinkService.DEAD_LETTERED).counters().stream()
          .mapToDouble(c -> c.count()).sum()).isEqualTo(2.0);
    }
    // Files take everything they can hold: the article PostgreSQL refused is in them too. Each
    // line is the topic value as published.
    assertThat(jsonlLines(dataDir.resolve("articles")))
        .hasSize(3)
        .contains(new String(serde.serialize(Fixtures.norvane("ok2", 1)), StandardCharsets.UTF_8));
  }

  @Test
  void anOutageOfPostgresLosesAndDuplicatesNothing(KafkaBroker broker) throws Exception {
    int records = 600;
    Path files = dataDir.resolve("articles");
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (TcpProxy proxy = new TcpProxy(5432);
        SinkService sink = new SinkService(
            config(broker, "outage", files, db.urlThroughPort(proxy.port())), registry)) {
      sink.start();
      Thread producer = produceInBackground(records, 1, 20, 150, Collections.synchronizedList(new ArrayList<>()));

      await(WAIT, () -> rows() >= 100, "the first rows before the outage");
      proxy.cut();
      long cutAt = System.nanoTime();
      // A commit already on its way when the connection dropped may still land.
      Thread.sleep(1000);
      long rowsAtCut = rows();
      Thread.sleep(4000);
      long rowsAfterFiveSeconds = rows();
      proxy.restore();
      double downtime = (System.nanoTime() - cutAt) / 1e9;
      producer.join();

      await(WAIT, () -> rows() == records && sink.caughtUp(), "every record written after the outage");
      double written = registry.counter(SinkService.WRITTEN).count();
      double retries = registry.counter("newsflow.sink.retries").count();
      System.out.printf(java.util.Locale.ROOT,
          "OUTAGE produced=%d rows=%d written=%.0f downtime=%.1fs rowsAtCut=%d retries=%.0f%n",
          records, rows(), written, downtime, rowsAtCut, retries);

      assertThat(rowsAfterFiveSeconds).as("nothing written while cut").isEqualTo(rowsAtCut);
      assertThat(rowsAtCut).as("cut mid-stream").isLessThan(records);
      assertThat(rows()).isEqualTo(records);
      assertThat(db.number("SELECT count(*) FROM entities")).isEqualTo(records);
      assertThat(db.number("SELECT count(*) FROM claims")).isEqualTo(records);
      assertThat(written).isEqualTo(records);
      assertThat(retries).isPositive();
    }
    List<String> lines = jsonlLines(files);
    assertThat(lines).as("the files got each record once, outage or not").hasSize(records);
    assertThat(new HashSet<>(lines)).hasSize(records);
  }

  @Test
  void aSinkKilledMidStreamLosesNothingAndTheTableHoldsNoDuplicate(KafkaBroker broker)
      throws Exception {
    int ids = 600;
    Path files = dataDir.resolve("articles");
    String group = "newsflow-sink-kill";
    List<Produced> produced = Collections.synchronizedList(new ArrayList<>());
    Process child = startSinkProcess(broker, group, files);
    try {
      Thread producer = produceInBackground(ids, 5, 15, 120, produced);
      await(WAIT, () -> rows() >= 150, "the child sink writes the first rows");
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      long rowsAtKill = rows();
      Map<TopicPartition, Long> committed = kafka.committed(group);
      producer.join();

      // Offsets are committed only after the writes: every committed record is in the table.
      List<Produced> committedRecords = new ArrayList<>();
      for (Produced p : List.copyOf(produced)) {
        Long next = committed.get(new TopicPartition(kafka.topics.enriched().name(), p.partition));
        if (next != null && p.offset < next) {
          committedRecords.add(p);
        }
      }
      assertThat(committedRecords).as("the child committed before it was killed").isNotEmpty();
      for (Produced p : committedRecords) {
        assertThat(db.number("SELECT count(*) FROM articles WHERE id = ? AND version >= ?",
            p.id, p.version)).as("committed %s v%d is in the table", p.id, p.version).isEqualTo(1);
      }
      System.out.printf(java.util.Locale.ROOT,
          "KILL produced=%d rowsAtKill=%d committedAtKill=%d%n", produced.size(), rowsAtKill,
          committedRecords.size());
      assertThat(rowsAtKill).as("killed mid-stream").isLessThan(ids);

      try (SinkService restarted = new SinkService(
          config(broker, group, files, db.url()), new SimpleMeterRegistry())) {
        restarted.start();
        await(WAIT, () -> rows() == ids && restarted.caughtUp(), "the restarted sink catches up");
      }
    } finally {
      child.destroyForcibly();
    }

    int updated = ids / 5;
    assertThat(rows()).isEqualTo(ids);
    assertThat(db.number("SELECT count(*) FROM articles WHERE version = 2")).isEqualTo(updated);
    // Version 1 has one entity and one claim, version 2 two of each.
    assertThat(db.number("SELECT count(*) FROM entities")).isEqualTo(ids + updated);
    assertThat(db.number("SELECT count(*) FROM claims")).isEqualTo(ids + updated);

    List<String> lines = jsonlLines(files);
    Map<String, String> byIdAndVersion = new java.util.HashMap<>();
    for (String line : lines) {
      EnrichedArticle a = serde.deserialize(line.getBytes(StandardCharsets.UTF_8));
      String previous = byIdAndVersion.putIfAbsent(a.id() + "@" + a.version(), line);
      assertThat(previous == null || previous.equals(line))
          .as("a repeated line is identical").isTrue();
    }
    assertThat(byIdAndVersion).as("every record produced is in the files").hasSize(ids + updated);
    System.out.printf(java.util.Locale.ROOT, "KILL jsonlLines=%d distinct=%d%n", lines.size(),
        byIdAndVersion.size());
  }

  @Test
  void aSinkStartedWhilePostgresIsDownWritesOnceItIsUpAndLogsNoPassword(KafkaBroker broker)
      throws Exception {
    String secret = "n0t-f0r-l0gs";
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
        org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
        new ch.qos.logback.core.read.ListAppender<>();
    logs.start();
    root.addAppender(logs);
    try (TcpProxy proxy = new TcpProxy(5432)) {
      proxy.cut();
      try (SinkService sink = new SinkService(config(broker, "late-db", null,
          db.urlThroughPort(proxy.port()) + "&password=" + secret), registry)) {
        sink.start();
        for (int i = 0; i < 50; i++) {
          kafka.send(Fixtures.simple(id(i), 1));
        }
        await(WAIT, () -> registry.counter("newsflow.sink.retries").count() >= 2,
            "the sink tries and backs off");
        assertThat(sink.caughtUp()).isFalse();
        proxy.restore();
        await(WAIT, () -> rows() == 50 && sink.caughtUp(), "every record written once up");
        assertThat(registry.counter(SinkService.WRITTEN).count()).isEqualTo(50.0);
      }
    } finally {
      root.detachAppender(logs);
    }
    assertThat(logs.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
        .contains("unavailable").contains("password=****"));
    assertThat(logs.list).noneSatisfy(e -> {
      assertThat(e.getFormattedMessage()).contains(secret);
    });
    assertThat(logs.list).noneSatisfy(e -> {
      assertThat(e.getThrowableProxy()).isNotNull();
      assertThat(String.valueOf(e.getThrowableProxy().getMessage())).contains(secret);
    });
  }

  @Test
  void twoInstancesInOneGroupShareThePartitionsAndWriteEachRecordOnce(KafkaBroker broker)
      throws Exception {
    int records = 300;
    SimpleMeterRegistry first = new SimpleMeterRegistry();
    SimpleMeterRegistry second = new SimpleMeterRegistry();
    try (SinkService a = new SinkService(config(broker, "shared", null, db.url()), first);
        SinkService b = new SinkService(config(broker, "shared", null, db.url()), second)) {
      a.start();
      b.start();
      // Both in the group before the first record, so that each gets partitions with records.
      await(WAIT, () -> a.caughtUp() && b.caughtUp(), "both instances join the group");
      Thread producer = produceInBackground(records, 1, 50, 100,
          Collections.synchronizedList(new ArrayList<>()));
      producer.join();
      await(WAIT, () -> rows() == records && a.caughtUp() && b.caughtUp(),
          "both instances catch up");
      double byA = first.counter(SinkService.WRITTEN).count();
      double byB = second.counter(SinkService.WRITTEN).count();
      System.out.printf(java.util.Locale.ROOT, "SHARED a=%.0f b=%.0f%n", byA, byB);
      assertThat(byA + byB).isEqualTo(records);
      assertThat(byA).isPositive();
      assertThat(byB).isPositive();
    }
  }

  private record Produced(String id, int version, int partition, long offset) {}

  /**
   * Produces {@code ids} articles in chunks, and every {@code everyNth} id again as version 2,
   * so the stream lasts a few seconds.
   */
  private Thread produceInBackground(int ids, int everyNth, int chunk, long pauseMillis,
      List<Produced> produced) {
    Thread t = new Thread(() -> {
      for (int i = 0; i < ids; i++) {
        send(Fixtures.simple(id(i), 1), produced);
        if (everyNth > 1 && i % everyNth == 0 && i >= chunk) {
          send(Fixtures.norvane(id(i - chunk), 2), produced);
        }
        if (i % chunk == chunk - 1) {
          try {
            Thread.sleep(pauseMillis);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
      for (int i = ids - chunk; i < ids; i++) {
        if (everyNth > 1 && i % everyNth == 0) {
          send(Fixtures.norvane(id(i), 2), produced);
        }
      }
    }, "it-producer");
    t.start();
    return t;
  }

  private void send(EnrichedArticle a, List<Produced> produced) {
    RecordMetadata m = kafka.send(a);
    produced.add(new Produced(a.id(), a.version(), m.partition(), m.offset()));
  }

  private static String id(int i) {
    return String.format(java.util.Locale.ROOT, "art-%05d", i);
  }

  private Process startSinkProcess(KafkaBroker broker, String group, Path files)
      throws IOException {
    Path log = Path.of("target", "sink-process-" + kafka.prefix + "log");
    Files.createDirectories(log.getParent());
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m",
        "-cp", System.getProperty("java.class.path"),
        SinkProcess.class.getName(),
        broker.bootstrapServers(), kafka.prefix, group, dataDir.toString(), files.toString(),
        db.url(), db.user());
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    return pb.start();
  }

  private io.newsflow.core.config.NewsflowConfig config(KafkaBroker broker, String group,
      Path jsonlDir, String postgresUrl) {
    return SinkTestConfig.of(broker.bootstrapServers(), kafka.prefix, group, dataDir, jsonlDir,
        postgresUrl, db.user());
  }

  /** Counted straight, not through the proxy; 0 until the sink has migrated the schema. */
  private long rows() {
    boolean migrated = db.number("SELECT count(*) FROM information_schema.tables "
        + "WHERE table_schema = ? AND table_name = 'articles'", db.schema()) == 1;
    return migrated ? db.number("SELECT count(*) FROM articles") : 0;
  }

  private static List<String> jsonlLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("articles-")).sorted().toList();
    }
    for (Path f : files) {
      try (InputStream in = f.toString().endsWith(".gz")
          ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(content.isEmpty() || content.endsWith("\n")).as("%s ends with a whole line", f)
            .isTrue();
        lines.addAll(content.lines().toList());
      }
    }
    return lines;
  }
}
