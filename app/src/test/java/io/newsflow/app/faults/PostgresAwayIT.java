package io.newsflow.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.bench.SyntheticNewsSite;
import io.newsflow.app.process.NewsflowProcess;
import io.newsflow.app.process.PipelineConfigFile;
import io.newsflow.app.process.PipelineOutputs;
import io.newsflow.sink.TcpProxy;
import io.newsflow.sink.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away for 60 s (every connection to it cut by a proxy in front of it) while
 * {@code newsflow run}, in a process of its own, writes a steady stream of articles: the sink
 * pauses, {@code /health/ready} says why, the sink's committed offsets never pass a record whose
 * rows are not in the database, and once PostgreSQL is back every article is there once, with
 * its entities and claims once.
 */
class PostgresAwayIT {
  private static final Path LOGS = Path.of("target", "it-logs", "PostgresAwayIT");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENRICHED = "news-enriched-v1";
  private static final String SINK_GROUP = "newsflow-sink";

  @TempDir Path dir;
  private final List<NewsflowProcess> processes = new ArrayList<>();
  private SyntheticNewsSite site;
  private TestDatabase db;
  private TcpProxy proxy;

  @AfterEach
  void stop() throws Exception {
    for (NewsflowProcess p : processes) {
      p.close();
    }
    if (site != null) {
      site.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void postgresAwayForSixtySecondsPausesTheSinkAndCostsNothing() throws Exception {
    Duration away = Duration.ofSeconds(Eventually.longForm() ? 300 : 60);
    int articles = Eventually.longForm() ? 500 : 140;
    db = TestDatabase.create();
    proxy = new TcpProxy(5432);
    site = new SyntheticNewsSite(41, 4, 0, 1.5, articles, 0,
        Duration.ZERO, Clock.systemUTC());
    Path config = PipelineConfigFile.write(dir.resolve("newsflow.yaml"),
        site.sources(Duration.ofSeconds(2)), Duration.ofSeconds(2),
        db.urlThroughPort(proxy.port()), db.user());
    String bootstrap = "127.0.0.1:" + NewsflowProcess.freePort();
    int httpPort = NewsflowProcess.freePort();
    String ready = "http://127.0.0.1:" + httpPort + "/health/ready";
    Path data = dir.resolve("data");
    NewsflowProcess pipeline = NewsflowProcess.start(LOGS, "run", "2g", "run",
        "--config", config.toString(), "--data-dir", data.toString(),
        "--set", "kafka.embedded.listen=" + bootstrap, "--http", "127.0.0.1:" + httpPort,
        "--set", "web.enabled=false", "--progress-every", "2s");
    processes.add(pipeline);
    pipeline.await("the first rows", Duration.ofMinutes(4), () -> rows() >= 10);
    pipeline.await("readiness 200", Duration.ofSeconds(30),
        () -> PipelineOutputs.status(ready) == 200);

    proxy.cut();
    long cutAt = System.nanoTime();
    // Both the paused sink and the PostgreSQL check (answers cached for 5 s) say why.
    pipeline.await("readiness 503 naming PostgreSQL", Duration.ofSeconds(30),
        () -> PipelineOutputs.status(ready) == 503
            && PipelineOutputs.body(ready).contains("\"postgres\":\"PostgreSQL unreachable")
            && PipelineOutputs.body(ready).contains("\"sink\":\"paused: PostgreSQL"));
    // A transaction already on its way when the connection dropped may still commit.
    Thread.sleep(2_000);
    long rowsAtCut = rows();
    int enrichedAtCut = distinctEnriched(bootstrap);
    List<String> samples = new ArrayList<>();
    while (Eventually.since(cutAt) < away.toSeconds()) {
      samples.add(offsetsCoveredByRows(bootstrap));
      Thread.sleep(5_000);
    }
    long rowsBeforeReturn = rows();
    int enrichedBeforeReturn = distinctEnriched(bootstrap);
    proxy.restore();
    long restoredAt = System.nanoTime();
    double downtime = (restoredAt - cutAt) / 1e9;
    assertThat(rowsBeforeReturn).as("nothing written while PostgreSQL was away")
        .isEqualTo(rowsAtCut);
    assertThat(enrichedBeforeReturn).as("the stream went on while PostgreSQL was away")
        .isGreaterThan(enrichedAtCut);
    assertThat(pipeline.stderr()).contains("Pausing consumption, a destination is unavailable");

    pipeline.await("readiness 200 with PostgreSQL back", Duration.ofMinutes(1),
        () -> PipelineOutputs.status(ready) == 200);
    double readyAgain = Eventually.since(restoredAt);
    pipeline.await("every article in PostgreSQL", Duration.ofMinutes(4),
        () -> site.published() >= articles && rows() >= articles);
    pipeline.await("every article in the files", Duration.ofMinutes(1),
        () -> PipelineOutputs.jsonlPairs(data.resolve("articles")).size() >= articles);
    samples.add(offsetsCoveredByRows(bootstrap));

    List<ConsumerRecord<String, String>> records = PipelineOutputs.committed(bootstrap, ENRICHED);
    assertThat(records).as("news-enriched-v1, read committed").hasSize(articles);
    long entities = 0;
    long claims = 0;
    for (ConsumerRecord<String, String> r : records) {
      JsonNode article = JSON.readTree(r.value());
      entities += article.path("entities").size();
      claims += article.path("claims").size();
    }
    assertThat(rows()).isEqualTo(articles);
    assertThat(db.number("SELECT count(*) FROM entities")).as("entity rows, once each")
        .isEqualTo(entities);
    assertThat(db.number("SELECT count(*) FROM claims")).as("claim rows, once each")
        .isEqualTo(claims);
    assertThat(PipelineOutputs.jsonlPairs(data.resolve("articles"))).hasSize(articles);
    assertThat(PipelineOutputs.brokenLines(data.resolve("articles"))).isEmpty();
    assertThat(samples).as("offsets committed only after their rows").allMatch(s -> s.isEmpty());
    assertThat(pipeline.alive()).isTrue();
    assertThat(pipeline.stderr()).as("no stack trace for an expected condition")
        .doesNotContain("\tat ");
    System.out.printf("PostgresAwayIT: PostgreSQL away %.1f s; %d rows at the cut, %d records "
        + "enriched meanwhile; ready again %.1f s after its return; %d articles, %d entity and "
        + "%d claim rows; offsets checked against rows %d times%n", downtime, rowsAtCut,
        enrichedBeforeReturn - enrichedAtCut, readyAgain, articles, entities, claims,
        samples.size());
  }

  private long rows() {
    try {
      return db.number("SELECT count(*) FROM articles");
    } catch (IllegalStateException e) {
      return 0; // the sink has not created its tables yet
    }
  }

  private static int distinctEnriched(String bootstrap) {
    return (int) PipelineOutputs.committedKeys(bootstrap, ENRICHED).stream().distinct().count();
  }

  /**
   * "" when every record below the sink group's committed offsets has its row, else what is
   * missing. The offsets are read first: rows only grow, so a row missing afterwards was missing
   * when its offset was committed.
   */
  private String offsetsCoveredByRows(String bootstrap) {
    Map<Integer, Long> offsets = PipelineOutputs.groupOffsets(bootstrap, SINK_GROUP, ENRICHED);
    if (offsets == null) {
      return "";
    }
    Set<String> ids = new HashSet<>();
    db.rows("SELECT id FROM articles").forEach(row -> ids.add((String) row.get(0)));
    List<String> missing = new ArrayList<>();
    for (ConsumerRecord<String, String> r : PipelineOutputs.committed(bootstrap, ENRICHED)) {
      Long committed = offsets.get(r.partition());
      if (committed != null && r.offset() < committed && !ids.contains(r.key())) {
        missing.add(r.key() + "@" + r.partition() + ":" + r.offset());
      }
    }
    return missing.isEmpty() ? "" : "committed past rows not written: " + missing;
  }
}
