package io.newsflow.sink.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.error.RetriableException;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.sink.ArticleSink;
import io.newsflow.sink.Fixtures;
import io.newsflow.sink.RejectedArticleException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumer loop against Kafka's mock consumer and producer and in-memory destinations. */
class SinkLoopTest {
  private static final String TOPIC = "news-enriched-v1";
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
  private final JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);
  private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
  private final MockProducer<String, DeadLetter> producer =
      new MockProducer<>(true, null, new StringSerializer(),
          new JsonSerde<>(DeadLetter.class).serializer());
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final RecordingSink files = new RecordingSink("files");
  private final RecordingSink table = new RecordingSink("table");
  private long nextOffset;

  private SinkLoop loop(int batchSize) {
    SinkLoop loop =
        new SinkLoop(consumer, TOPIC, List.of(files, table),
            new DeadLetterPublisher(producer, "news-dlq-v1"), batchSize, Duration.ofHours(1),
            new Backoff(Duration.ofMillis(1), Duration.ofMillis(1)), new SinkMetrics(registry));
    loop.subscribe();
    consumer.rebalance(List.of(P0));
    consumer.updateBeginningOffsets(Map.of(P0, 0L));
    return loop;
  }

  @BeforeEach
  void noRecordsYet() {
    nextOffset = 0;
  }

  @Test
  void aFullBatchIsWrittenToEveryDestinationBeforeItsOffsetsAreCommitted() {
    SinkLoop loop = loop(2);
    add(Fixtures.simple("a", 1));
    loop.step();
    assertThat(files.written).isEmpty();
    assertThat(committed()).isNull();

    add(Fixtures.simple("b", 1));
    loop.step();
    assertThat(files.ids()).containsExactly("a", "b");
    assertThat(table.ids()).containsExactly("a", "b");
    assertThat(committed()).isEqualTo(2L);
    assertThat(registry.counter(SinkMetrics.WRITTEN).count()).isEqualTo(2.0);
  }

  @Test
  void anUnreadableRecordIsDeadLetteredAndTheNextOneWritten() {
    SinkLoop loop = loop(1);
    addRaw("a1", "{not json".getBytes(StandardCharsets.UTF_8));
    add(Fixtures.simple("b", 1));
    loop.step();
    assertThat(producer.history()).singleElement().satisfies(r -> {
      assertThat(r.value().stage()).isEqualTo("sink.deserialize");
      assertThat(r.value().sourceOffset()).isEqualTo(0L);
      assertThat(r.value().valueText()).isEqualTo("{not json");
    });
    assertThat(table.ids()).containsExactly("b");
    assertThat(committed()).isEqualTo(2L);
    assertThat(registry.counter(SinkMetrics.DEAD_LETTERED, "stage", "sink.deserialize", "reason",
        "invalid-json").count()).isEqualTo(1.0);
  }

  @Test
  void validJsonWithoutAnIdOrVersionIsDeadLetteredToo() {
    SinkLoop loop = loop(1);
    addRaw("k", "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8));
    addRaw("k", serde.serialize(Fixtures.simple("v0", 0)));
    loop.step();
    assertThat(producer.history()).hasSize(2).allSatisfy(r -> {
      assertThat(r.value().reason()).isEqualTo("invalid-record");
      assertThat(r.value().detail()).contains("needs an id and a version");
    });
    assertThat(files.written).isEmpty();
    assertThat(committed()).isEqualTo(2L);
  }

  @Test
  void jsonNullIsDeadLetteredRatherThanStoppingTheLoop() {
    SinkLoop loop = loop(1);
    addRaw("a", "null".getBytes(StandardCharsets.UTF_8));
    add(Fixtures.simple("b", 1));
    loop.step();
    assertThat(loop.failure()).isNull();
    assertThat(producer.history()).singleElement()
        .satisfies(r -> assertThat(r.value().reason()).isEqualTo("invalid-record"));
    assertThat(table.ids()).containsExactly("b");
    assertThat(committed()).isEqualTo(2L);
  }

  @Test
  void recordsThatBreakTheTopicContractAreDeadLetteredEachWithItsReason() {
    SinkLoop loop = loop(5);
    EnrichedArticle valid = Fixtures.simple("a", 1);
    String json = new String(serde.serialize(valid), StandardCharsets.UTF_8);
    byte[] huge = new byte[NewsTopics.MAX_ARTICLE_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    addRaw(null, serde.serialize(valid));
    addRaw("a", json.replace("\"schemaVersion\":1", "\"schemaVersion\":3")
        .getBytes(StandardCharsets.UTF_8));
    addRaw("a", (json.substring(0, json.length() - 1) + ",\"note\":\"caf\u00e9\"}")
        .getBytes(StandardCharsets.ISO_8859_1));
    addRaw("a", huge);
    add(valid);
    loop.step();
    assertThat(producer.history()).extracting(r -> r.value().reason()).containsExactly(
        "missing-key", "unsupported-schema-version", "invalid-utf8", "too-large");
    DeadLetter tooLarge = producer.history().get(3).value();
    assertThat(tooLarge.valueBytes()).isEqualTo(huge.length);
    assertThat(tooLarge.valueTruncated()).isTrue();
    assertThat(tooLarge.value()).hasSize(DeadLetter.MAX_VALUE_BYTES);
    assertThat(table.ids()).containsExactly("a");
    assertThat(committed()).isEqualTo(5L);
  }

  @Test
  void aDestinationThatIsDownPausesConsumptionAndCommitsNothingUntilItIsBack() {
    SinkLoop loop = loop(1);
    table.failuresLeft = 3;
    add(Fixtures.simple("a", 1));
    loop.step();
    assertThat(consumer.paused()).containsExactly(P0);
    assertThat(committed()).isNull();

    stepUntil(loop, () -> committed() != null);
    assertThat(consumer.paused()).isEmpty();
    assertThat(table.ids()).containsExactly("a");
    assertThat(committed()).isEqualTo(1L);
    assertThat(registry.counter(SinkMetrics.RETRIES).count()).isEqualTo(3.0);
  }

  @Test
  void aRetryDoesNotWriteAgainToADestinationThatAlreadyHasTheBatch() {
    SinkLoop loop = loop(1);
    table.failuresLeft = 2;
    add(Fixtures.simple("a", 1));
    stepUntil(loop, () -> committed() != null);
    assertThat(files.ids()).containsExactly("a");
    assertThat(table.ids()).containsExactly("a");
  }

  @Test
  void anArticleADestinationRefusesIsDeadLetteredAndTheRestWritten() {
    SinkLoop loop = loop(3);
    table.refuse = "bad";
    add(Fixtures.simple("a", 1));
    add(Fixtures.simple("bad", 1));
    add(Fixtures.simple("c", 1));
    loop.step();
    assertThat(table.ids()).containsExactly("a", "c");
    assertThat(producer.history()).singleElement().satisfies(r -> {
      assertThat(r.key()).isEqualTo("bad");
      assertThat(r.value().stage()).isEqualTo("sink.write");
      assertThat(r.value().reason()).isEqualTo("refused");
      assertThat(r.value().detail()).contains("refused bad");
      assertThat(r.value().sourceOffset()).isEqualTo(1L);
    });
    assertThat(committed()).isEqualTo(3L);
    assertThat(registry.counter(SinkMetrics.WRITTEN).count()).isEqualTo(2.0);
  }

  @Test
  void revokedPartitionsCommitWhatIsWrittenFirst() {
    SinkLoop loop = loop(10);
    add(Fixtures.simple("a", 1));
    loop.step();
    assertThat(committed()).isNull();
    consumer.rebalance(List.of());
    assertThat(table.ids()).containsExactly("a");
    // The mock reports offsets of assigned partitions only.
    consumer.rebalance(List.of(P0));
    assertThat(committed()).isEqualTo(1L);
  }

  @Test
  void caughtUpOnlyOnceEverythingReadIsCommitted() {
    SinkLoop loop = loop(1);
    consumer.updateEndOffsets(Map.of(P0, 1L));
    add(Fixtures.simple("a", 1));
    assertThat(loop.caughtUp()).isFalse();
    loop.step();
    assertThat(committed()).isEqualTo(1L);
    assertThat(loop.caughtUp()).isTrue();
  }

  private void stepUntil(SinkLoop loop, BooleanSupplier done) {
    for (int i = 0; i < 1000 && !done.getAsBoolean(); i++) {
      loop.step();
    }
    assertThat(done.getAsBoolean()).as("reached within 1000 steps").isTrue();
  }

  private Long committed() {
    OffsetAndMetadata offset = consumer.committed(Set.of(P0)).get(P0);
    return offset == null ? null : offset.offset();
  }

  private void add(EnrichedArticle a) {
    addRaw(a.id(), serde.serialize(a));
  }

  private void addRaw(String key, byte[] value) {
    consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, nextOffset++, key, value));
  }

  /** Remembers what it was given; can be down for a number of writes, or refuse one id. */
  private static final class RecordingSink implements ArticleSink {
    private final String name;
    final List<EnrichedArticle> written = new ArrayList<>();
    int failuresLeft;
    String refuse;

    RecordingSink(String name) {
      this.name = name;
    }

    List<String> ids() {
      return written.stream().map(EnrichedArticle::id).toList();
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void write(List<EnrichedArticle> batch) {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new RetriableException(name + " is down");
      }
      for (EnrichedArticle a : batch) {
        if (a.id().equals(refuse)) {
          throw new RejectedArticleException(a.id(), a.version(), name + " refused " + a.id(), null);
        }
      }
      written.addAll(batch);
    }

    @Override
    public void close() {}
  }
}
