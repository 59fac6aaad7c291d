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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of each stage (ingest, enrich, sink) as processes of their own on one broker
 * ({@code newsflow broker}) share the work; {@code kill -9} of one of each in the middle: the
 * survivors take over its partitions and sources, nothing is lost or duplicated, and how long the
 * hand-over took is printed (the dead static members hold their partitions until their session
 * times out: {@code session.timeout.ms}, 45 s by default).
 */
class ScaleOutIT {
  private static final Path LOGS = Path.of("target", "it-logs", "ScaleOutIT");
  private static final String[] STAGES = {"ingest", "enrich", "sink"};

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
  void theSurvivorsTakeOverAKilledInstanceOfEachStageAndNothingIsLost() throws Exception {
    int articles = Eventually.longForm() ? 400 : 150;
    int kafkaPort = NewsflowProcess.freePort();
    String bootstrap = "127.0.0.1:" + kafkaPort;
    NewsflowProcess broker = start("broker", "768m", "broker", "--data-dir",
        dir.resolve("broker").toString(), "--set", "kafka.embedded.listen=" + bootstrap);
    broker.await("the broker", Duration.ofMinutes(2),
        () -> Files.exists(dir.resolve("broker").resolve("broker.address")));

    site = new SyntheticNewsSite(23, 6, 0, 2.5, articles, 0, Duration.ZERO, Clock.systemUTC());
    Path config = PipelineConfigFile.write(dir.resolve("newsflow.yaml"),
        site.sources(Duration.ofSeconds(2)), Duration.ofSeconds(2), null, null);
    Map<String, String> http = new LinkedHashMap<>();
    Map<String, NewsflowProcess> stages = new LinkedHashMap<>();
    for (String stage : STAGES) {
      for (int i = 1; i <= 2; i++) {
        String name = stage + "-" + i;
        int port = NewsflowProcess.freePort();
        http.put(name, "http://127.0.0.1:" + port + "/");
        stages.put(name, start(name, stage.equals("enrich") ? "2g" : "768m", stage, "--config",
            config.toString(), "--bootstrap-servers", bootstrap, "--data-dir",
            dir.resolve(name).toString(), "--http", "127.0.0.1:" + port,
            "--progress-every", "5s"));
      }
    }
    // Both instances of every stage have done some of the work.
    Map<String, String> counters = Map.of("ingest", "newsflow_ingest_published_total",
        "enrich", "newsflow_enrich_enriched_total", "sink", "newsflow_sink_written_total");
    for (String stage : STAGES) {
      for (int i = 1; i <= 2; i++) {
        String name = stage + "-" + i;
        stages.get(name).await(name + " at work", Duration.ofMinutes(4),
            () -> PipelineOutputs.metric(http.get(name) + "metrics", counters.get(stage)) > 0);
      }
    }

    long killed = System.nanoTime();
    for (String stage : STAGES) {
      stages.get(stage + "-2").kill();
    }
    Map<String, String> groups = Map.of("ingest", "newsflow-ingest", "enrich", "newsflow-enrich",
        "sink", "newsflow-sink");
    Map<String, String> inputs = Map.of("ingest", "news-sources-v1", "enrich", "news-raw-v1",
        "sink", "news-enriched-v1");
    List<String> handOvers = new ArrayList<>();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      Set<String> pending = new HashSet<>(List.of(STAGES));
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!pending.isEmpty()) {
        for (String stage : List.copyOf(pending)) {
          if (ownsAll(admin, groups.get(stage), inputs.get(stage))) {
            pending.remove(stage);
            handOvers.add(String.format("%s: the survivor owns every partition of %s %.1f s "
                + "after the kill", stage, inputs.get(stage), Eventually.since(killed)));
          }
        }
        assertThat(System.nanoTime()).as("hand-over of " + pending).isLessThan(deadline);
        Thread.sleep(500);
      }
    }
    handOvers.forEach(h -> System.out.println("ScaleOutIT " + h));

    String enriched = "news-enriched-v1";
    Eventually.until("every article enriched", Duration.ofMinutes(6),
        () -> PipelineOutputs.committedKeys(bootstrap, enriched).stream().distinct().count()
            >= articles);
    Eventually.until("every article in the files", Duration.ofMinutes(2),
        () -> filePairs().size() >= articles);
    List<String> keys = PipelineOutputs.committedKeys(bootstrap, enriched);
    assertThat(keys).hasSize(articles).doesNotHaveDuplicates();
    assertThat(filePairs()).hasSize(articles);
    for (String stage : STAGES) {
      assertThat(stages.get(stage + "-1").alive()).as(stage + "-1 still running").isTrue();
    }
    System.out.printf("ScaleOutIT: %d articles, %d records on %s, %d (id, version) in the two "
        + "sinks' files%n", articles, keys.size(), enriched, filePairs().size());
  }

  /** The (id, version) pairs of both sinks' files. */
  private Set<String> filePairs() {
    Set<String> pairs = new HashSet<>();
    for (int i = 1; i <= 2; i++) {
      pairs.addAll(PipelineOutputs.jsonlPairs(dir.resolve("sink-" + i).resolve("articles")));
    }
    return pairs;
  }

  /** True when one member of {@code group} is assigned every partition of {@code topic}. */
  private static boolean ownsAll(Admin admin, String group, String topic) {
    try {
      int partitions = admin.describeTopics(List.of(topic)).allTopicNames()
          .get(5, TimeUnit.SECONDS).get(topic).partitions().size();
      ConsumerGroupDescription g = admin.describeConsumerGroups(List.of(group)).all()
          .get(5, TimeUnit.SECONDS).get(group);
      if (g.members().size() != 1) {
        return false;
      }
      MemberDescription member = g.members().iterator().next();
      long owned = member.assignment().topicPartitions().stream()
          .map(TopicPartition::topic).filter(topic::equals).count();
      return owned == partitions;
    } catch (Exception e) {
      return false;
    }
  }

  private NewsflowProcess start(String name, String heap, String... args) {
    NewsflowProcess p = NewsflowProcess.start(LOGS, name, heap, args);
    processes.add(p);
    return p;
  }
}
