package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.enrichment.ClaimRecord;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EntityMentionRecord;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.core.json.Json;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.testing.KafkaBroker;
import io.newsflow.core.testing.SharedKafkaBroker;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.TopicCreator;
import io.newsflow.enrich.nlp.CoreNlpEnricherFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrich application with the real NLP engine, exactly-once, on the in-process broker: an
 * article comes out enriched with its claims and entity mentions on the derived topics, a repeat
 * is dropped, and garbage is dead-lettered while the stream goes on.
 */
@ExtendWith(SharedKafkaBroker.class)
class EnrichServiceIT {
  private static final String TEXT = "Harlow Freight has denied allegations that it overcharged "
      + "the port of Wenmouth by $3 million in 2025.\n\n"
      + "A lawsuit filed by the Wenmouth Harbour Board alleges that the company billed for "
      + "cranes it never used.\n\n"
      + "\"We have always billed fairly,\" said Mirela Dascal, the company's chief executive.";

  @TempDir Path dataDir;

  @Test
  void articlesAreEnrichedOnceAndGarbageIsDeadLettered(KafkaBroker broker) throws Exception {
    String prefix = "enrich-it-" + UUID.randomUUID().toString().substring(0, 6) + ".";
    NewsflowConfig config = new ConfigLoader().load(null, Map.of(), Map.of(
        "data-dir", dataDir.toString(),
        "kafka.bootstrap-servers", broker.bootstrapServers(),
        "kafka.topic-prefix", prefix,
        "kafka.partitions", "2",
        "enrich.application-id", prefix + "app"));
    NewsTopics topics = NewsTopics.withPrefix(prefix);
    KafkaClients clients = new KafkaClients(config.kafka());
    try (var admin = clients.admin()) {
      new TopicCreator(admin, 2, (short) 1).ensure(topics.all());
    }
    RawArticle article = RawArticle.of(new ExtractedArticle(
        "https://wenmouth-gazette.example/2026/02/02/harlow-freight.html", null,
        "Harlow Freight denies overcharging the port", TEXT, List.of(),
        OffsetDateTime.parse("2026-02-02T08:00:00+00:00"), null, "en", null, null, null,
        List.of(), "Wenmouth Gazette", false), "test", 1, Instant.now());

    try (EnrichService service =
            new EnrichService(config, new CoreNlpEnricherFactory(), new SimpleMeterRegistry());
        var producer = new KafkaProducer<>(clients.producer("enrich-it"), new StringSerializer(),
            new StringSerializer())) {
      service.start();
      assertThat(service.awaitRunning(Duration.ofMinutes(2))).isTrue();
      producer.send(new ProducerRecord<>(topics.raw().name(), "junk", "not json at all"));
      producer.send(new ProducerRecord<>(topics.raw().name(), article.id(), Json.write(article)));
      producer.send(new ProducerRecord<>(topics.raw().name(), article.id(), Json.write(article)));
      producer.flush();

      List<EnrichedArticle> enriched =
          read(clients, topics.enriched().name(), EnrichedArticle.class, 1);
      assertThat(enriched).singleElement().satisfies(a -> {
        assertThat(a.entities()).extracting(e -> e.name())
            .contains("Harlow Freight", "Mirela Dascal");
        assertThat(a.claims()).extracting(c -> c.stance()).contains(Stance.DENIAL,
            Stance.ALLEGATION);
      });
      assertThat(read(clients, topics.claims().name(), ClaimRecord.class,
          enriched.get(0).claims().size()))
          .allSatisfy(c -> assertThat(c.articleId()).isEqualTo(article.id()));
      assertThat(read(clients, topics.entityMentions().name(), EntityMentionRecord.class,
          enriched.get(0).entities().size()))
          .extracting(EntityMentionRecord::entityKey)
          .anySatisfy(key -> assertThat(key).endsWith(":harlow-freight"));
      assertThat(read(clients, topics.deadLetters().name(), DeadLetter.class, 1))
          .singleElement()
          .satisfies(d -> {
            assertThat(d.stage()).isEqualTo("enrich.deserialize");
            assertThat(d.reason()).isEqualTo("invalid-json");
          });
    }
  }

  /** Reads a topic read-committed until {@code expected} records came and then 3 s of quiet. */
  private static <T> List<T> read(KafkaClients clients, String topic, Class<T> type,
      int expected) {
    JsonSerde<T> serde = new JsonSerde<>(type);
    List<T> values = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(clients.consumer("read-" + UUID.randomUUID(), "it"),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      long quietUntil = Long.MAX_VALUE;
      while (System.nanoTime() < deadline && System.nanoTime() < quietUntil) {
        for (var r : consumer.poll(Duration.ofMillis(300))) {
          values.add(serde.deserialize(r.value()));
        }
        if (values.size() >= expected && quietUntil == Long.MAX_VALUE) {
          quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        }
      }
    }
    return values;
  }
}
