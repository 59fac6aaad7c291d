package io.newsflow.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.error.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void defaultsStartAnEmbeddedBrokerAndListRealFeeds() {
    NewsflowConfig config = loader.defaultsOnly();
    assertThat(config.embeddedBroker()).isTrue();
    assertThat(config.ingest().sources()).isNotEmpty().allMatch(s -> s.type().equals("feed"));
    assertThat(config.ingest().pollInterval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.ingest().maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(config.sink().jsonl().dir()).isEqualTo(config.dataDir().resolve("articles"));
  }

  @Test
  void defaultsCacheRobotsTxtForADayAndCapCrawlDelayAtThirtySeconds() {
    IngestConfig ingest = loader.defaultsOnly().ingest();
    assertThat(ingest.robotsTtl()).isEqualTo(Duration.ofHours(24));
    assertThat(ingest.maxCrawlDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(loader.load(null, Map.of("NEWSFLOW_INGEST_MAX_CRAWL_DELAY", "5s"), Map.of())
        .ingest().maxCrawlDelay()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aUserFileOverridesTheDefaultsItNames(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("newsflow.yaml");
    Files.writeString(
        file,
        "kafka:\n  partitions: 6\n  properties:\n    security.protocol: SSL\n"
            + "ingest:\n  sources:\n    - type: page\n      url: https://news.example.com/a\n"
            + "      poll-interval: 30s\n");
    NewsflowConfig config = loader.load(file, Map.of(), Map.of());
    assertThat(config.kafka().partitions()).isEqualTo(6);
    assertThat(config.kafka().replicationFactor()).isEqualTo((short) 1);
    assertThat(config.kafka().properties()).containsEntry("security.protocol", "SSL");
    assertThat(config.ingest().sources()).singleElement()
        .satisfies(s -> assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(30)));
  }

  @Test
  void environmentOverridesTheFileAndOptionsOverrideTheEnvironment() {
    Map<String, String> env =
        Map.of(
            "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092",
            "NEWSFLOW_SINK_POSTGRES_PASSWORD", "s3cret",
            "NEWSFLOW_KAFKA_PROPERTIES_SASL_MECHANISM", "PLAIN",
            "NEWSFLOW_INGEST_ALLOW_ADDRESSES", "10.0.0.0/8, ::1");
    NewsflowConfig config = loader.load(null, env, Map.of("kafka.partitions", "12"));
    assertThat(config.embeddedBroker()).isFalse();
    assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka-1:9092");
    assertThat(config.kafka().partitions()).isEqualTo(12);
    assertThat(config.kafka().properties()).containsEntry("sasl.mechanism", "PLAIN");
    assertThat(config.sink().postgres().password()).isEqualTo("s3cret");
    assertThat(config.ingest().allowAddresses()).containsExactly("10.0.0.0/8", "::1");
  }

  @Test
  void secretsDoNotShowInToString() {
    NewsflowConfig config =
        loader.load(
            null,
            Map.of(
                "NEWSFLOW_SINK_POSTGRES_PASSWORD", "s3cret",
                "NEWSFLOW_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "user=\"u\" password=\"p4ss\""),
            Map.of());
    assertThat(config.toString()).doesNotContain("s3cret").doesNotContain("p4ss");
  }

  @Test
  void unknownKeysAndBadValuesFailAtStartUp(@TempDir Path dir) throws IOException {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, "kafka:\n  bootstrap-server: x:9092\n");
    assertThatThrownBy(() -> loader.load(typo, Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("kafka.bootstrap-server");
    assertThatThrownBy(() -> loader.load(null, Map.of(), Map.of("ingest.poll-interval", "soon")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not a duration");
    assertThatThrownBy(() -> loader.load(null, Map.of(), Map.of("kafka.partitions", "0")))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void everyLeafKeyHasAnEnvironmentName() {
    assertThat(ConfigLoader.envName("sink.postgres.batch-size"))
        .isEqualTo("NEWSFLOW_SINK_POSTGRES_BATCH_SIZE");
  }

  @Test
  void sinkRetryBackoffIsReadFromTheDefaultsAndTheEnvironment() {
    assertThat(loader.defaultsOnly().sink().retry())
        .isEqualTo(new SinkConfig.Retry(Duration.ofMillis(500), Duration.ofSeconds(10)));
    NewsflowConfig config =
        loader.load(null, Map.of("NEWSFLOW_SINK_RETRY_MAX_BACKOFF", "2s"), Map.of());
    assertThat(config.sink().retry().maxBackoff()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void theEmbeddedBrokerAndTheHttpServerHaveFixedLoopbackAddressesByDefault() {
    NewsflowConfig config = loader.defaultsOnly();
    assertThat(config.kafka().embedded().address()).isEqualTo(new HostPort("127.0.0.1", 9092));
    assertThat(config.http().enabled()).isTrue();
    assertThat(config.http().address()).isEqualTo(new HostPort("127.0.0.1", 8080));
  }

  @Test
  void theHttpServerCanBeMovedOrTurnedOff() {
    assertThat(loader.load(null, Map.of("NEWSFLOW_HTTP_LISTEN", "0.0.0.0:9000"), Map.of())
        .http().address()).isEqualTo(new HostPort("0.0.0.0", 9000));
    assertThat(loader.load(null, Map.of(), Map.of("http.listen", "off")).http().enabled())
        .isFalse();
    assertThat(loader.load(null, Map.of(), Map.of("kafka.embedded.listen", "127.0.0.1:19092"))
        .kafka().embedded().address().port()).isEqualTo(19092);
  }

  @Test
  void theInstanceIdIsStableForADataDirAndDiffersBetweenDataDirs(@TempDir Path dir) {
    String a = loader.load(null, Map.of(), Map.of("data-dir", dir.resolve("a").toString()))
        .instanceId();
    String again = loader.load(null, Map.of(), Map.of("data-dir", dir.resolve("a").toString()))
        .instanceId();
    String b = loader.load(null, Map.of(), Map.of("data-dir", dir.resolve("b").toString()))
        .instanceId();
    assertThat(a).isEqualTo(again).isNotEqualTo(b).matches("[a-z0-9.-]+-[0-9a-f]{8}");
    assertThat(loader.load(null, Map.of("NEWSFLOW_INSTANCE_ID", "edge-7"), Map.of()).instanceId())
        .isEqualTo("edge-7");
  }

  @Test
  void anInstanceIdKafkaWouldRefuseIsAConfigError() {
    assertThatThrownBy(() -> loader.load(null, Map.of(), Map.of("instance-id", "a b/c")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("instance-id");
  }
}
