package io.newsflow.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.bench.SyntheticNewsSite;
import io.newsflow.app.process.NewsflowProcess;
import io.newsflow.app.process.PipelineConfigFile;
import io.newsflow.app.process.PipelineOutputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away for 30 s (stopped cleanly, then started again on its data) while the
 * pipeline, in a process of its own, ingests and enriches a steady stream of articles: the
 * pipeline says so in its log, {@code /health/ready} turns 503 and back to 200, and afterwards
 * nothing is lost (every article the publisher served reaches the topic and the files: a fetch in
 * flight is neither dropped nor recorded as done) and nothing is duplicated.
 */
class BrokerAwayIT {
  private static final Path LOGS = Path.of("target", "it-logs", "BrokerAwayIT");

  @TempDir Path dir;
  private final List<NewsflowProcess> processes = new ArrayList<>();
  private SyntheticNewsSite site;

  @AfterEach
  void stop() throws InterruptedException {
    for (NewsflowProcess p : processes) {
      p.close();
    }
    if (site != null) {
      site.close();
    }
  }

  @Test
  void theBrokerAwayForThirtySecondsCostsNothing() throws Exception {
    int articles = Eventually.longForm() ? 300 : 120;
    Duration away = Duration.ofSeconds(30);
    int kafkaPort = NewsflowProcess.freePort();
    String bootstrap = "127.0.0.1:" + kafkaPort;
    Path brokerDir = dir.resolve("broker");
    String[] broker = {"broker", "--data-dir", brokerDir.toString(),
        "--set", "kafka.embedded.listen=" + bootstrap};
    NewsflowProcess first = start("broker-1", "768m", broker);
    first.await("the broker", Duration.ofMinutes(2),
        () -> Files.exists(brokerDir.resolve("broker.address")));

    site = new SyntheticNewsSite(31, 4, 0, 2.0, articles, 0, Duration.ZERO, Clock.systemUTC());
    Path config = PipelineConfigFile.write(dir.resolve("newsflow.yaml"),
        site.sources(Duration.ofSeconds(2)), Duration.ofSeconds(2), null, null);
    int httpPort = NewsflowProcess.freePort();
    String ready = "http://127.0.0.1:" + httpPort + "/health/ready";
    Path data = dir.resolve("pipeline");
    NewsflowProcess pipeline = start("run", "2g", "run", "--config", config.toString(),
        "--bootstrap-servers", bootstrap, "--data-dir", data.toString(),
        "--http", "127.0.0.1:" + httpPort, "--set", "web.enabled=false",
        "--progress-every", "2s");
    pipeline.await("articles written", Duration.ofMinutes(4), () -> PipelineOutputs.metric(
        "http://127.0.0.1:" + httpPort + "/metrics", "newsflow_sink_written_total") >= 10);
    assertThat(PipelineOutputs.status(ready)).isEqualTo(200);

    assertThat(first.terminate(Duration.ofMinutes(1))).as("the broker stops cleanly")
        .isIn(0, 143);
    long stopped = System.nanoTime();
    pipeline.await("readiness 503 while the broker is away", Duration.ofSeconds(25),
        () -> PipelineOutputs.status(ready) == 503);
    assertThat(PipelineOutputs.body(ready)).contains("broker unreachable at " + bootstrap);
    Thread.sleep(Math.max(0, away.toMillis() - (long) (Eventually.since(stopped) * 1000)));
    NewsflowProcess second = start("broker-2", "768m", broker);
    long restarted = System.nanoTime();
    pipeline.await("readiness 200 with the broker back", Duration.ofMinutes(2),
        () -> PipelineOutputs.status(ready) == 200);
    System.out.printf("BrokerAwayIT: broker away %.1f s; ready again %.1f s after its restart%n",
        Eventually.since(stopped) - Eventually.since(restarted), Eventually.since(restarted));
    assertThat(pipeline.stderr()).contains("Kafka does not answer at " + bootstrap);
    // The watch looks every 5 s; readiness may turn first.
    pipeline.await("the log saying the broker answers again", Duration.ofSeconds(30),
        () -> pipeline.stderr().contains("Kafka answers again at " + bootstrap));

    String enriched = "news-enriched-v1";
    pipeline.await("every article served enriched", Duration.ofMinutes(5),
        () -> site.published() >= articles
            && PipelineOutputs.committedKeys(bootstrap, enriched).stream().distinct().count()
                >= articles);
    pipeline.await("every article in the files", Duration.ofMinutes(2),
        () -> PipelineOutputs.jsonlPairs(data.resolve("articles")).size() >= articles);
    List<String> keys = PipelineOutputs.committedKeys(bootstrap, enriched);
    assertThat(keys).hasSize(articles).doesNotHaveDuplicates();
    assertThat(PipelineOutputs.jsonlPairs(data.resolve("articles"))).hasSize(articles);
    assertThat(PipelineOutputs.brokenLines(data.resolve("articles"))).isEmpty();
    assertThat(pipeline.alive()).isTrue();
    assertThat(second.alive()).isTrue();
    System.out.printf("BrokerAwayIT: %d articles served, %d records on %s, %d in the files%n",
        site.published(), keys.size(), enriched,
        PipelineOutputs.jsonlPairs(data.resolve("articles")).size());
  }

  private NewsflowProcess start(String name, String heap, String... args) {
    NewsflowProcess p = NewsflowProcess.start(LOGS, name, heap, args);
    processes.add(p);
    return p;
  }
}
