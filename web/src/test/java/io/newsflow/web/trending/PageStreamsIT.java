package io.newsflow.web.trending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.config.HostPort;
import io.newsflow.core.config.KafkaClientConfig;
import io.newsflow.core.enrichment.EntityMentionRecord;
import io.newsflow.core.json.Json;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.testing.KafkaBroker;
import io.newsflow.core.testing.SharedKafkaBroker;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.web.sources.SourceHealthHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's application on the in-process broker: two instances, each serving its queries over
 * HTTP at its own {@code application.server}, give the same global answers; one instance alone
 * starts and answers empty on topics that do not exist yet, and its counts outlive a restart
 * with an empty state directory (restored from the changelogs).
 */
@ExtendWith(SharedKafkaBroker.class)
class PageStreamsIT {
  private static final int PARTITIONS = 4;
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dataDir;

  /** One instance: the streams, and the HTTP server they answer on. */
  private record Instance(PageStreams streams, HttpServer server, ExecutorService pool)
      implements AutoCloseable {
    static Instance start(KafkaClientConfig kafka, String applicationId, Path stateDir)
        throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      HostPort address = new HostPort("127.0.0.1", server.getAddress().getPort());
      PageStreams streams = new PageStreams(new PageStreamsConfig(kafka, applicationId, address,
          stateDir, 1, Duration.ofSeconds(5)));
      server.createContext(TrendingHandler.PATH, streams.trendingHandler());
      server.createContext(SourceHealthHandler.PATH, streams.sourcesHandler());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      server.setExecutor(pool);
      server.start();
      streams.start();
      return new Instance(streams, server, pool);
    }

    JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
              "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery)).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode json = Json.mapper().readTree(response.body());
      return response.statusCode() == 200 ? json : null;
    }

    @Override
    public void close() {
      streams.close();
      server.stop(0);
      pool.shutdownNow();
    }
  }

  private static KafkaClientConfig kafka(KafkaBroker broker, String prefix) {
    return new KafkaClientConfig(broker.bootstrapServers(), prefix, PARTITIONS, (short) 1, null);
  }

  private static String id() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Entity keys spread over every partition, so that both instances hold some. */
  private static List<String> entityKeysOverEveryPartition(int perPartition) {
    Map<Integer, List<String>> byPartition = new LinkedHashMap<>();
    for (int i = 0; byPartition.values().stream().mapToInt(List::size).sum()
        < PARTITIONS * perPartition; i++) {
      String key = "person:reporter-" + i;
      int partition = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8)))
          % PARTITIONS;
      List<String> keys = byPartition.computeIfAbsent(partition, p -> new ArrayList<>());
      if (keys.size() < perPartition) {
        keys.add(key);
      }
    }
    return byPartition.values().stream().flatMap(List::stream).toList();
  }

  /** Entity i is mentioned by i + 1 articles published in the last half hour. */
  private static Map<String, Integer> produceMentions(KafkaBroker broker, NewsTopics topics,
      List<String> keys) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    Instant published = Instant.now().minus(30, ChronoUnit.MINUTES);
    KafkaClients clients = new KafkaClients(kafka(broker, topics.prefix()));
    try (var producer = new KafkaProducer<>(clients.producer("page-it"), new StringSerializer(),
        topics.entityMentions().valueSerde().serializer())) {
      for (int i = 0; i < keys.size(); i++) {
        for (int article = 0; article <= i; article++) {
          EntityMentionRecord mention = PageDriver.mentionRecord(keys.get(i), "Reporter " + i,
              "article-" + article, 1, published, 2);
          producer.send(new ProducerRecord<>(topics.entityMentions().name(), keys.get(i),
              mention));
        }
        expected.put(keys.get(i), i + 1);
      }
    }
    return expected;
  }

  private static void produceFetches(KafkaBroker broker, NewsTopics topics) {
    KafkaClients clients = new KafkaClients(kafka(broker, topics.prefix()));
    try (var producer = new KafkaProducer<>(clients.producer("page-it"), new StringSerializer(),
        topics.fetchStatus().valueSerde().serializer())) {
      for (int s = 0; s < 6; s++) {
        String source = "https://source-" + s + ".example/feed.xml";
        producer.send(new ProducerRecord<>(topics.fetchStatus().name(), source,
            new FetchStatus(FetchStatus.SCHEMA_VERSION, source, source, FetchOutcome.OK, 200,
                null, Instant.now(), 50, null)));
      }
    }
  }

  private static JsonNode await(Instance instance, String query, Predicate<JsonNode> done)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = instance.get(query);
      if (last != null && done.test(last)) {
        return last;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no answer to " + query + " matched within " + WAIT + "; last: "
        + last);
  }

  private static void awaitRunning(Instance... instances) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      boolean settled = true;
      for (Instance instance : instances) {
        KafkaStreams streams = instance.streams().streams();
        settled &= streams.state() == KafkaStreams.State.RUNNING
            && streams.metadataForAllStreamsClients().size() == instances.length
            && streams.metadataForAllStreamsClients().stream()
                .allMatch(m -> m.stateStoreNames().contains(TrendingTopology.STORE));
      }
      if (settled) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the instances did not settle within " + WAIT);
  }

  private static Map<String, Integer> counts(JsonNode trending) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    trending.get("entities").forEach(e -> counts.put(e.get("key").asText(),
        e.get("count").asInt()));
    return counts;
  }

  @Test
  void eitherOfTwoInstancesAnswersTheSameGlobalTopN(KafkaBroker broker) throws Exception {
    String prefix = "page-it-" + id() + ".";
    NewsTopics topics = NewsTopics.withPrefix(prefix);
    KafkaClientConfig kafka = kafka(broker, prefix);
    try (Instance a = Instance.start(kafka, prefix + "web", dataDir.resolve("a"));
        Instance b = Instance.start(kafka, prefix + "web", dataDir.resolve("b"))) {
      awaitRunning(a, b);
      List<String> keys = entityKeysOverEveryPartition(3);
      Map<String, Integer> expected = produceMentions(broker, topics, keys);
      produceFetches(broker, topics);
      String top = TrendingHandler.PATH + "?window=24h&limit=100";

      JsonNode fromA = await(a, top, json -> counts(json).equals(sorted(expected)));
      JsonNode fromB = await(b, top, json -> counts(json).equals(sorted(expected)));
      JsonNode localA = a.get(top + "&scope=local");
      JsonNode localB = b.get(top + "&scope=local");

      assertThat(fromA.get("complete").asBoolean()).isTrue();
      assertThat(fromA.get("entities")).isEqualTo(fromB.get("entities"));
      assertThat(counts(a.get(TrendingHandler.PATH + "?window=24h&limit=3")).keySet())
          .containsExactly(keys.get(keys.size() - 1), keys.get(keys.size() - 2),
              keys.get(keys.size() - 3));
      Set<String> heldByA = counts(localA).keySet();
      Set<String> heldByB = counts(localB).keySet();
      assertThat(heldByA).isNotEmpty().doesNotContainAnyElementsOf(heldByB);
      assertThat(heldByB).isNotEmpty();
      Set<String> both = new HashSet<>(heldByA);
      both.addAll(heldByB);
      assertThat(both).isEqualTo(expected.keySet());

      JsonNode sourcesA = await(a, SourceHealthHandler.PATH,
          json -> json.get("sources").size() == 6);
      JsonNode sourcesB = await(b, SourceHealthHandler.PATH,
          json -> json.get("sources").size() == 6);
      assertThat(sourcesA.get("sources")).isEqualTo(sourcesB.get("sources"));
      sourcesA.get("sources").forEach(
          s -> assertThat(s.get("last24h").get("fetches").asInt()).isEqualTo(1));
    }
  }

  @Test
  void oneInstanceStartsOnAnEmptyClusterAndItsCountsOutliveARestartOnAnotherDisk(KafkaBroker broker)
      throws Exception {
    String prefix = "page-it-" + id() + ".";
    NewsTopics topics = NewsTopics.withPrefix(prefix);
    KafkaClientConfig kafka = kafka(broker, prefix);
    Map<String, Integer> expected;
    try (Instance alone = Instance.start(kafka, prefix + "web", dataDir.resolve("a"))) {
      awaitRunning(alone);
      assertThat(alone.get(TrendingHandler.PATH).get("entities")).isEmpty();
      assertThat(alone.get(SourceHealthHandler.PATH).get("sources")).isEmpty();

      expected = produceMentions(broker, topics, List.of("person:mara-quill",
          "organization:corvia-mills"));
      await(alone, TrendingHandler.PATH + "?window=24h",
          json -> counts(json).equals(sorted(expected)));
    }
    // A new state directory: the counts come back from the changelogs, not from the old disk.
    try (Instance again = Instance.start(kafka, prefix + "web", dataDir.resolve("elsewhere"))) {
      awaitRunning(again);
      assertThat(counts(again.get(TrendingHandler.PATH + "?window=24h")))
          .isEqualTo(sorted(expected));
    }
  }

  /** The expected counts in the order of the ranking: most articles first. */
  private static Map<String, Integer> sorted(Map<String, Integer> counts) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
