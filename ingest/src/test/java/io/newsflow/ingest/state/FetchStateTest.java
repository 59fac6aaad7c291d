package io.newsflow.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.status.FetchOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FetchStateTest {
  private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  private static final String URL = "https://ledger.example/2026/03/10/ferry";
  private final JsonSerde<FetchState> serde = new JsonSerde<>(FetchState.class);

  @Test
  void stateSurvivesItsJsonRoundTrip() {
    FetchState state = FetchState.unseen(URL, NOW).publishedAs("id1", "hash1", 3)
        .fetched(FetchOutcome.OK, "\"e1\"", "Tue, 10 Mar 2026 08:00:00 GMT", NOW, NOW.plusSeconds(900));

    assertThat(serde.deserialize(serde.serialize(state))).isEqualTo(state);
  }

  @Test
  void neverAgainSurvivesItsJsonRoundTrip() {
    FetchState state = FetchState.unseen(URL, NOW)
        .fetched(FetchOutcome.OK, null, null, NOW, Instant.MAX);

    assertThat(serde.deserialize(serde.serialize(state)).nextFetchAt()).isEqualTo(Instant.MAX);
  }

  @Test
  void failuresInARowAreCountedAndResetBySuccess() {
    FetchState failed = FetchState.unseen(URL, NOW)
        .fetched(FetchOutcome.HTTP_5XX, null, null, NOW, NOW)
        .fetched(FetchOutcome.TIMEOUT, null, null, NOW, NOW);

    assertThat(failed.failures()).isEqualTo(2);
    assertThat(failed.fetched(FetchOutcome.NOT_MODIFIED, null, null, NOW, NOW).failures()).isZero();
  }

  @Test
  void paywalledArticleIsNotAFailure() {
    FetchState state = FetchState.unseen(URL, NOW)
        .fetched(FetchOutcome.PAYWALLED, null, null, NOW, NOW);

    assertThat(state.failures()).isZero();
  }

  @Test
  void validatorsOfAFailedFetchKeepThePreviousOnes() {
    FetchState state = FetchState.unseen(URL, NOW)
        .fetched(FetchOutcome.OK, "\"e1\"", null, NOW, NOW)
        .fetched(FetchOutcome.HTTP_5XX, null, null, NOW, NOW);

    assertThat(state.etag()).isEqualTo("\"e1\"");
  }

  @Test
  void mergeKeepsTheHigherVersionThenTheLaterFetch() {
    FetchState v1 = FetchState.unseen(URL, NOW).publishedAs("id", "h1", 1)
        .fetched(FetchOutcome.OK, null, null, NOW.plusSeconds(60), NOW);
    FetchState v2 = FetchState.unseen(URL, NOW).publishedAs("id", "h2", 2)
        .fetched(FetchOutcome.OK, null, null, NOW, NOW);
    FetchState v1Later = v1.fetched(FetchOutcome.NOT_MODIFIED, null, null, NOW.plusSeconds(120), NOW);

    assertThat(FetchStateStore.newer(v1, v2)).isEqualTo(v2);
    assertThat(FetchStateStore.newer(v2, v1)).isEqualTo(v2);
    assertThat(FetchStateStore.newer(v1Later, v1)).isEqualTo(v1Later);
  }
}
