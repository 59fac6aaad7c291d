package io.newsflow.sink.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.deadletter.Stage;
import io.newsflow.core.error.BadRecordException;
import io.newsflow.core.error.RetriableException;
import io.newsflow.core.json.JsonSerde;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class DeadLetterPublisherTest {
  private final MockProducer<String, DeadLetter> producer =
      new MockProducer<>(false, null, new StringSerializer(),
          new JsonSerde<>(DeadLetter.class).serializer());
  private final DeadLetterPublisher publisher = new DeadLetterPublisher(producer, "news-dlq-v1");

  private static DeadLetter letter(String key) {
    return DeadLetter.of(Stage.SINK_DESERIALIZE, new BadRecordException("not JSON"),
        "news-enriched-v1", 0, 7L, key, new byte[] {1, 2});
  }

  @Test
  void awaitingFlushesUntilKafkaHasAcknowledgedEveryDeadLetter() {
    publisher.send("a", letter("a"));
    publisher.send("b", letter("b"));
    assertThat(producer.completeNext()).isTrue();
    publisher.awaitSent();
    assertThat(producer.history()).extracting(r -> r.key()).containsExactly("a", "b");
  }

  @Test
  void aFailedDeadLetterIsSentAgainAndTheFailureReported() {
    publisher.send("a", letter("a"));
    assertThat(producer.errorNext(new TimeoutException("broker away"))).isTrue();
    assertThatThrownBy(publisher::awaitSent)
        .isInstanceOf(RetriableException.class)
        .hasMessageContaining("broker away");
    assertThat(producer.history()).extracting(r -> r.key()).containsExactly("a", "a");
    publisher.awaitSent();
  }

  @Test
  void withNothingSentThereIsNothingToWaitFor() {
    publisher.awaitSent();
    assertThat(producer.history()).isEmpty();
  }
}
