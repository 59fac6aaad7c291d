package io.newsflow.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealthTest {

  @Test
  void readinessSaysTheProcessIsStartingUntilTheStagesAreUp() {
    Health health = new Health().ready(HealthCheck.of("broker", Optional::empty));
    assertThat(health.readiness().up()).isFalse();
    assertThat(health.readiness().checks()).containsEntry("process", "the stages are starting");
    health.started();
    assertThat(health.readiness().up()).isTrue();
    assertThat(health.readiness().checks()).containsExactly(java.util.Map.entry("broker", "ok"));
  }

  @Test
  void aFailingReadinessCheckNamesWhatIsNotReadyButLeavesLivenessUp() {
    Health health = new Health()
        .live(HealthCheck.of("enrich", Optional::empty))
        .ready(HealthCheck.of("enrich", () -> Optional.of("Kafka Streams is REBALANCING")))
        .ready(HealthCheck.of("broker", () -> Optional.of("broker unreachable at k:9092")));
    health.started();
    HealthReport ready = health.readiness();
    assertThat(ready.status()).isEqualTo(HealthReport.DOWN);
    assertThat(ready.checks())
        .containsEntry("enrich", "Kafka Streams is REBALANCING")
        .containsEntry("broker", "broker unreachable at k:9092");
    assertThat(health.liveness().up()).isTrue();
  }

  @Test
  void aFailedLivenessCheckMakesTheProcessUnreadyToo() {
    Health health = new Health().live(HealthCheck.of("sink", () -> Optional.of("the sink stopped")));
    health.started();
    assertThat(health.liveness().up()).isFalse();
    assertThat(health.readiness().checks()).containsEntry("sink", "the sink stopped");
  }

  @Test
  void aCheckThatThrowsCountsAsAProblem() {
    Health health = new Health().live(HealthCheck.of("odd", () -> {
      throw new IllegalStateException("boom");
    }));
    assertThat(health.liveness().checks().get("odd")).contains("boom");
  }

  @Test
  void aCachedCheckAsksAgainOnlyAfterItsTimeToLive() {
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<Optional<String>> answer = new AtomicReference<>(Optional.empty());
    AtomicLong now = new AtomicLong();
    CachedCheck cached = new CachedCheck(HealthCheck.of("broker", () -> {
      calls.incrementAndGet();
      return answer.get();
    }), Duration.ofSeconds(2), now::get);
    assertThat(cached.problem()).isEmpty();
    answer.set(Optional.of("down"));
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(cached.problem()).isEmpty();
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(cached.problem()).contains("down");
    assertThat(calls).hasValue(2);
  }
}
