package io.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.status.FetchOutcome;
import io.newsflow.ingest.state.FetchState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RefreshPolicyTest {
  private static final Duration POLL = Duration.ofMinutes(15);
  private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  private static final String URL = "https://ledger.example/2026/03/10/ferry";

  private final RefreshPolicy policy = new RefreshPolicy(POLL, Duration.ofDays(7));

  private static FetchState fetchedAt(Instant at, Instant next, Instant firstSeen) {
    return new FetchState(FetchState.SCHEMA_VERSION, URL, "id", null, null, "hash", 1,
        FetchOutcome.OK, at, firstSeen, next, 0);
  }

  @Test
  void unseenUrlIsDue() {
    assertThat(policy.due(FetchState.unseen(URL, NOW), SourceLink.of(URL), NOW)).isTrue();
  }

  @Test
  void urlIsNotDueBeforeItsNextFetchTime() {
    FetchState state = fetchedAt(NOW, NOW.plus(POLL), NOW);

    assertThat(policy.due(state, SourceLink.of(URL), NOW.plusSeconds(60))).isFalse();
  }

  @Test
  void urlIsDueAtItsNextFetchTime() {
    FetchState state = fetchedAt(NOW, NOW.plus(POLL), NOW);

    assertThat(policy.due(state, SourceLink.of(URL), NOW.plus(POLL))).isTrue();
  }

  @Test
  void listingThatSaysTheArticleChangedMakesItDueAtOnce() {
    FetchState state = fetchedAt(NOW, NOW.plus(POLL), NOW);
    SourceLink changed = new SourceLink(URL, null, null,
        NOW.plusSeconds(30).atOffset(ZoneOffset.UTC));

    assertThat(policy.due(state, changed, NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void freshArticleIsRecheckedAfterOnePollInterval() {
    FetchState state = fetchedAt(NOW, null, NOW);

    assertThat(policy.next(state, FetchOutcome.OK, NOW)).isEqualTo(NOW.plus(POLL));
  }

  @Test
  void olderArticleIsRecheckedLessOften() {
    FetchState state = fetchedAt(NOW, null, NOW.minus(Duration.ofHours(8)));

    assertThat(policy.next(state, FetchOutcome.NOT_MODIFIED, NOW))
        .isEqualTo(NOW.plus(Duration.ofHours(2)));
  }

  @Test
  void recheckIntervalIsAtMostADay() {
    FetchState state = fetchedAt(NOW, null, NOW.minus(Duration.ofDays(6)));

    assertThat(policy.next(state, FetchOutcome.UNCHANGED, NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void articleOlderThanTheRefreshWindowIsNotRecheckedOnSchedule() {
    FetchState state = fetchedAt(NOW, null, NOW.minus(Duration.ofDays(8)));

    Instant next = policy.next(state, FetchOutcome.OK, NOW);

    assertThat(policy.due(fetchedAt(NOW, next, state.firstSeenAt()), SourceLink.of(URL),
        NOW.plus(Duration.ofDays(365)))).isFalse();
  }

  @Test
  void permanentFailureIsRetriedAfterAWeek() {
    FetchState state = fetchedAt(NOW, null, NOW);

    assertThat(policy.next(state, FetchOutcome.HTTP_4XX, NOW)).isEqualTo(NOW.plus(Duration.ofDays(7)));
    assertThat(policy.next(state, FetchOutcome.ROBOTS_DENIED, NOW))
        .isEqualTo(NOW.plus(Duration.ofDays(7)));
  }

  @Test
  void transientFailuresBackOffExponentially() {
    FetchState once = new FetchState(FetchState.SCHEMA_VERSION, URL, null, null, null, null, 0,
        FetchOutcome.HTTP_5XX, NOW, NOW, NOW, 1);
    FetchState thrice = new FetchState(FetchState.SCHEMA_VERSION, URL, null, null, null, null, 0,
        FetchOutcome.TIMEOUT, NOW, NOW, NOW, 3);

    assertThat(policy.next(FetchState.unseen(URL, NOW), FetchOutcome.TIMEOUT, NOW))
        .isEqualTo(NOW.plus(POLL.multipliedBy(2)));
    assertThat(policy.next(once, FetchOutcome.HTTP_5XX, NOW)).isEqualTo(NOW.plus(POLL.multipliedBy(4)));
    assertThat(policy.next(thrice, FetchOutcome.CONNECTION_ERROR, NOW))
        .isEqualTo(NOW.plus(POLL.multipliedBy(16)));
  }

  @Test
  void backoffIsAtMostADay() {
    FetchState often = new FetchState(FetchState.SCHEMA_VERSION, URL, null, null, null, null, 0,
        FetchOutcome.TIMEOUT, NOW, NOW, NOW, 20);

    assertThat(policy.next(often, FetchOutcome.TIMEOUT, NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
  }
}
