package io.newsflow.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.bench.SyntheticNewsSite;
import io.newsflow.app.process.NewsflowProcess;
import io.newsflow.app.process.PipelineConfigFile;
import io.newsflow.app.process.PipelineOutputs;
import io.newsflow.sink.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code newsflow run} several times at random moments while it ingests,
 * enriches and writes (files and PostgreSQL) a synthetic publisher's articles, each time
 * restarted on its data directory: nothing is lost or duplicated on news-enriched-v1 or in
 * PostgreSQL, the files repeat only lines of the same (id, version), and processing resumes
 * within seconds of each restart. CI: 150 articles, 3 kills; faults-long: 400 articles, 8 kills.
 */
class KillNineIT {
  private static final Path LOGS = Path.of("target", "it-logs", "KillNineIT");

  @TempDir Path dir;
  private final List<NewsflowProcess> processes = new ArrayList<>();
  private SyntheticNewsSite site;
  private TestDatabase db;

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
  void killedAtRandomMomentsItLosesAndDuplicatesNothing() throws Exception {
    int articles = Eventually.longForm() ? 400 : 150;
    int kills = Eventually.longForm() ? 8 : 3;
    Random random = new Random(Long.getLong("newsflow.faults.seed", 20261207L));
    db = TestDatabase.create();
    // A stream, not a pile: articles keep appearing for about a minute (CI form), so that every
    // kill falls mid-stream however fast the machine is. Enough outlets that no article scrolls
    // out of its feed's last 50 before the end: what a feed no longer lists is not the
    // pipeline's to lose.
    int outlets = Eventually.longForm() ? 12 : 6;
    site = new SyntheticNewsSite(11, outlets, 10, 2.5, articles, 0, Duration.ZERO,
        Clock.systemUTC());
    Path config = PipelineConfigFile.write(dir.resolve("newsflow.yaml"),
        site.sources(Duration.ofSeconds(2)), Duration.ofSeconds(2), db.url(), db.user());
    int kafkaPort = NewsflowProcess.freePort();
    int httpPort = NewsflowProcess.freePort();
    String bootstrap = "127.0.0.1:" + kafkaPort;
    String enriched = "news-enriched-v1";
    Path data = dir.resolve("data");
    String[] run = {"run", "--config", config.toString(), "--data-dir", data.toString(),
        "--set", "kafka.embedded.listen=" + bootstrap, "--http", "127.0.0.1:" + httpPort,
        "--set", "web.enabled=false", "--progress-every", "2s"};

    List<String> resumed = new ArrayList<>();
    for (int k = 0; k <= kills; k++) {
      long started = System.nanoTime();
      NewsflowProcess p = NewsflowProcess.start(LOGS, "run-" + k, "2g", run);
      processes.add(p);
      // What was committed before the kill, read as soon as the restarted broker answers: the
      // restarted stream threads still have to join their group and restore their store.
      int[] before = {k == 0 ? 0 : -1};
      p.await("the broker of start " + k, Duration.ofMinutes(2), () -> {
        if (before[0] < 0) {
          int committed = distinct(bootstrap, enriched);
          if (committed > 0) {
            before[0] = committed;
          }
        }
        return before[0] >= 0;
      });
      assertThat(before[0]).as("start %d comes mid-stream", k).isLessThan(articles);
      p.await("processing after start " + k, Duration.ofMinutes(3),
          () -> distinct(bootstrap, enriched) > before[0]);
      resumed.add(String.format("restart %d: processing again %.1f s after the start "
          + "(%d of %d enriched before)", k, Eventually.since(started), before[0], articles));
      if (k < kills) {
        Thread.sleep(1_000 + random.nextInt(5_000));
        p.kill();
      } else {
        p.await("every article enriched", Duration.ofMinutes(6),
            () -> distinct(bootstrap, enriched) >= articles);
        p.await("every article in PostgreSQL and the files", Duration.ofMinutes(2),
            () -> db.number("SELECT count(*) FROM articles") >= articles
                && PipelineOutputs.jsonlPairs(data.resolve("articles")).size() >= articles);
      }
    }
    resumed.forEach(line -> System.out.println("KillNineIT " + line));

    List<String> keys = PipelineOutputs.committedKeys(bootstrap, enriched);
    assertThat(keys).as("news-enriched-v1, read committed").hasSize(articles)
        .doesNotHaveDuplicates();
    assertThat(db.number("SELECT count(*) FROM articles")).isEqualTo(articles);
    assertThat(db.number("SELECT count(DISTINCT id) FROM articles")).isEqualTo(articles);
    List<JsonNode> lines = PipelineOutputs.jsonlLines(data.resolve("articles"));
    assertThat(PipelineOutputs.brokenLines(data.resolve("articles"))).isEmpty();
    Map<String, JsonNode> byPair = new HashMap<>();
    for (JsonNode line : lines) {
      String pair = line.path("id").asText() + "#" + line.path("version").asInt();
      JsonNode first = byPair.putIfAbsent(pair, line);
      if (first != null) {
        assertThat(line).as("a repeated line is the same article version").isEqualTo(first);
      }
    }
    assertThat(byPair).hasSize(articles);
    System.out.printf("KillNineIT: %d articles, %d kills: %d records on %s, %d rows, %d lines "
        + "in the files (%d repeats of the same version)%n", articles, kills, keys.size(),
        enriched, db.number("SELECT count(*) FROM articles"), lines.size(),
        lines.size() - byPair.size());
  }

  private static int distinct(String bootstrap, String topic) {
    return (int) PipelineOutputs.committedKeys(bootstrap, topic).stream().distinct().count();
  }
}
