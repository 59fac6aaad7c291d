package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.json.Json;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.core.testing.TopicSchemas;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceStatusTest {
  private static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z");
  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");
  private static final Instant ELEVEN = Instant.parse("2026-03-10T11:00:00Z");
  private static final SourceRecord FEED = SourceRecord.of(
      new SourceConfig(SourceConfig.FEED, "https://ledger.example/feed.xml", null), NINE);

  private static SourceStatus.Poll poll(String outcome, String error, Instant at) {
    return new SourceStatus.Poll(outcome, error, 12, 3, at, 840, "newsflow-ingest-1a2b3c4d");
  }

  @Test
  void successfulPollSetsTheSuccessTimeAndNoFailures() {
    SourceStatus status = SourceStatus.after(null, FEED, poll("ok", null, NINE));

    assertThat(status.lastOutcome()).isEqualTo("ok");
    assertThat(status.lastSuccessAt()).isEqualTo(NINE);
    assertThat(status.failuresInARow()).isZero();
    assertThat(status.lastError()).isNull();
    assertThat(status.sourceId()).isEqualTo(FEED.id());
    assertThat(status.links()).isEqualTo(12);
    assertThat(status.published()).isEqualTo(3);
  }

  @Test
  void failedPollsCountInARowAndKeepTheLastSuccessTime() {
    SourceStatus ok = SourceStatus.after(null, FEED, poll("ok", null, NINE));
    SourceStatus first = SourceStatus.after(ok, FEED, poll("http-5xx", "HTTP 503", TEN));
    SourceStatus second = SourceStatus.after(first, FEED, poll("timeout", "read timed out", ELEVEN));

    assertThat(second.failuresInARow()).isEqualTo(2);
    assertThat(second.lastOutcome()).isEqualTo("timeout");
    assertThat(second.lastError()).isEqualTo("read timed out");
    assertThat(second.lastSuccessAt()).isEqualTo(NINE);
    assertThat(second.lastPollAt()).isEqualTo(ELEVEN);
  }

  @Test
  void successAfterFailuresResetsTheCount() {
    SourceStatus failed = SourceStatus.after(null, FEED, poll("http-4xx", "HTTP 404", NINE));
    SourceStatus recovered = SourceStatus.after(failed, FEED, poll("not-modified", null, TEN));

    assertThat(failed.lastSuccessAt()).isNull();
    assertThat(failed.failuresInARow()).isEqualTo(1);
    assertThat(recovered.failuresInARow()).isZero();
    assertThat(recovered.lastSuccessAt()).isEqualTo(TEN);
    assertThat(recovered.lastError()).isNull();
  }

  @Test
  void pollThatWasNotDueKeepsTheLastOutcomeAndCounts() {
    SourceStatus failed = SourceStatus.after(null, FEED, poll("http-4xx", "HTTP 404", NINE));
    SourceStatus notDue = SourceStatus.after(failed, FEED, poll(SourceStatus.NOT_DUE, null, TEN));

    assertThat(notDue.lastOutcome()).isEqualTo("http-4xx");
    assertThat(notDue.lastError()).isEqualTo("HTTP 404");
    assertThat(notDue.failuresInARow()).isEqualTo(1);
    assertThat(notDue.lastPollAt()).isEqualTo(TEN);
  }

  @Test
  void firstPollThatWasNotDueSaysSo() {
    SourceStatus status = SourceStatus.after(null, FEED, poll(SourceStatus.NOT_DUE, null, NINE));

    assertThat(status.lastOutcome()).isEqualTo(SourceStatus.NOT_DUE);
    assertThat(status.failuresInARow()).isZero();
    assertThat(status.lastSuccessAt()).isNull();
  }

  @Test
  void statusesMatchTheirPublishedSchema() {
    SourceStatus ok = SourceStatus.after(null, FEED, poll("ok", null, NINE));
    SourceStatus failed = SourceStatus.after(ok, FEED, poll(SourceStatus.ERROR, "boom", TEN));
    SourceStatus neverOk =
        SourceStatus.after(null, FEED, poll(SourceStatus.NO_READER, "no reader", TEN));

    for (SourceStatus status : new SourceStatus[] {ok, failed, neverOk}) {
      assertThat(TopicSchemas.violations("news-source-status-v1", Json.write(status)))
          .as(Json.write(status)).isEmpty();
    }
  }

  @Test
  void laterPollWinsWhenTheTopicBringsAStatusBack() {
    SourceStatus nine = SourceStatus.after(null, FEED, poll("ok", null, NINE));
    SourceStatus ten = SourceStatus.after(nine, FEED, poll("ok", null, TEN));

    assertThat(SourceStatusStore.later(ten, nine)).isSameAs(ten);
    assertThat(SourceStatusStore.later(nine, ten)).isSameAs(ten);
  }
}
