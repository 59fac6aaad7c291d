package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Instant NOW = Instant.parse("2031-05-14T09:30:00Z");

  @Test
  void theCeilingDoublesWithEachFailureUpToTheMax() {
    Backoff top = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 1.0);
    assertThat(top.afterFailure(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(top.afterFailure(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(top.afterFailure(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(top.afterFailure(5)).isEqualTo(Duration.ofSeconds(10));
    assertThat(top.afterFailure(500)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void fullJitterDrawsBetweenZeroAndTheCeiling() {
    assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), () -> 0.0).afterFailure(4))
        .isEqualTo(Duration.ZERO);
    assertThat(
            new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), () -> 0.25).afterFailure(4))
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterInSecondsIsRead() {
    assertThat(Backoff.retryAfter("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(Backoff.retryAfter(" 0 ", NOW)).contains(Duration.ZERO);
  }

  @Test
  void retryAfterAsAnHttpDateIsReadAgainstNow() {
    assertThat(Backoff.retryAfter("Wed, 14 May 2031 09:31:30 GMT", NOW))
        .contains(Duration.ofSeconds(90));
    assertThat(Backoff.retryAfter("Wednesday, 14-May-31 09:31:00 GMT", NOW))
        .contains(Duration.ofSeconds(60));
    assertThat(Backoff.retryAfter("Wed May 14 09:30:10 2031", NOW))
        .contains(Duration.ofSeconds(10));
  }

  @Test
  void aRetryAfterDateInThePastMeansNow() {
    assertThat(Backoff.retryAfter("Tue, 13 May 2031 09:30:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void anUnreadableRetryAfterIsIgnored() {
    assertThat(Backoff.retryAfter("soon", NOW)).isEmpty();
    assertThat(Backoff.retryAfter("-5", NOW)).isEmpty();
    assertThat(Backoff.retryAfter("", NOW)).isEmpty();
    assertThat(Backoff.retryAfter(null, NOW)).isEmpty();
  }
}
