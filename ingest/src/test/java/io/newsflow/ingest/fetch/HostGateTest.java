package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HostGateTest {
  private final FakeTime time = new FakeTime();
  private final HostGate gate = new HostGate(time);

  @Test
  void theFirstRequestToAHostDoesNotWait() throws InterruptedException {
    gate.enter("gazette.example");
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void theNextRequestWaitsForThePauseOfThePreviousOne() throws InterruptedException {
    gate.enter("gazette.example");
    gate.leave("gazette.example", Duration.ofSeconds(3));
    gate.enter("gazette.example");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void hostsAreIndependentAndCaseDoesNotMatter() throws InterruptedException {
    gate.enter("gazette.example");
    gate.leave("Gazette.Example", Duration.ofSeconds(3));
    gate.enter("herald.example");
    assertThat(time.sleeps()).isEmpty();
    gate.enter("GAZETTE.example");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aSecondCallerWaitsWhileTheHostIsHeld() throws Exception {
    gate.enter("gazette.example");
    AtomicBoolean entered = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    Thread second =
        new Thread(
            () -> {
              try {
                gate.enter("gazette.example");
                entered.set(true);
                done.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    second.start();
    assertThat(done.await(200, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(entered).isFalse();
    gate.leave("gazette.example", Duration.ZERO);
    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aStretchedPauseCountsFromTheLastRequest() throws InterruptedException {
    gate.enter("gazette.example");
    gate.leave("gazette.example", Duration.ofSeconds(1));
    gate.stretchPause("gazette.example", Duration.ofSeconds(5));
    gate.enter("gazette.example");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
  }
}
