package io.newsflow.ingest.warc;

import static io.newsflow.ingest.testing.Articles.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.testing.KafkaBroker;
import io.newsflow.core.testing.SharedKafkaBroker;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.TopicCreator;
import io.newsflow.ingest.IngestTopics;
import io.newsflow.ingest.testing.ParagraphExtractor;
import io.newsflow.ingest.testing.TestConfigs;
import io.newsflow.ingest.testing.TopicReader;
import io.newsflow.ingest.testing.WarcFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedKafkaBroker.class)
@Timeout(120)
class WarcIngestIT {
  private static final Instant MONDAY = Instant.parse("2026-03-09T07:30:00Z");

  @TempDir Path dir;

  @Test
  void rerunningAWarcInANewProcessPublishesNothing(KafkaBroker broker) {
    String prefix = "warc-it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    NewsflowConfig config = TestConfigs.config(
        Map.of("kafka.bootstrap-servers", broker.bootstrapServers(), "kafka.topic-prefix", prefix),
        List.of());
    IngestTopics topics = new IngestTopics(NewsTopics.withPrefix(prefix));
    try (Admin admin = new KafkaClients(config.kafka()).admin()) {
      new TopicCreator(admin, 3, (short) 1).ensure(topics.all());
    }
    Path warc = new WarcFiles()
        .capture("/2026/03/09/ferry", MONDAY, page("Night ferry approved", "Seven to two."))
        .capture("/2026/03/09/bridge", MONDAY, page("Bridge repairs start", "Lanes close."))
        .write(dir.resolve("CC-NEWS-20260309.warc.gz"));

    WarcIngest.Result first;
    try (WarcIngest ingest =
        WarcIngest.connect(config, new ParagraphExtractor(), new SimpleMeterRegistry())) {
      first = ingest.ingest(List.of(warc), progress -> {});
    }
    WarcIngest.Result second;
    try (WarcIngest ingest =
        WarcIngest.connect(config, new ParagraphExtractor(), new SimpleMeterRegistry())) {
      second = ingest.ingest(List.of(warc), progress -> {});
    }

    assertThat(first.published()).isEqualTo(2);
    assertThat(second.published()).isZero();
    assertThat(second.skipped(SkipReason.UNCHANGED)).isEqualTo(2);
    String bootstrap = broker.bootstrapServers();
    assertThat(TopicReader.readAll(bootstrap, topics.news().raw().name(), RawArticle.class))
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.source()).isEqualTo("warc:CC-NEWS-20260309.warc.gz"));
    assertThat(TopicReader.readAll(bootstrap, topics.news().fetchStatus().name(),
        FetchStatus.class)).hasSize(4);
  }
}
