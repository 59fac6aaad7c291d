package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.json.Json;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.ingest.source.SourceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcesTableTest {
  private static final Instant ADDED = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z");
  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

  private static SourceRecord source(String type, String url, Duration every) {
    return SourceRecord.of(new SourceConfig(type, url, every), ADDED);
  }

  private static SourceStatus.Poll poll(String outcome, String error, Instant at) {
    return new SourceStatus.Poll(outcome, error, 20, 2, at, 1200, "newsflow-ingest-1a2b3c4d");
  }

  private final SourceRecord ledger = source("feed", "https://ledger.example/feed.xml", null);
  private final SourceRecord courier =
      source("sitemap", "https://courier.example/sitemap.xml", Duration.ofMinutes(5));
  private final SourceRecord gazette = source("feed", "https://gazette.example/rss", null);
  private final SourceStatus ledgerOk =
      SourceStatus.after(null, ledger, poll("ok", null, TEN));
  private final SourceStatus courierFailing = SourceStatus.after(
      SourceStatus.after(SourceStatus.after(null, courier, poll("ok", null, NINE)), courier,
          poll("http-5xx", "HTTP 503", NINE.plusSeconds(300))),
      courier, poll("timeout", "read timed out", NINE.plusSeconds(600)));

  @Test
  void tableShowsEachSourcesLastPollOutcomeSuccessAndFailuresByHost() {
    List<SourcesTable.Listed> listed = SourcesTable.listed(List.of(ledger, courier, gazette),
        Map.of(ledger.id(), ledgerOk, courier.id(), courierFailing));

    String table = SourcesTable.sources(listed, 1);

    assertThat(table.lines().toList()).containsExactly(
        "TYPE     EVERY    LAST POLL            LAST OUTCOME       LAST SUCCESS         FAILS  URL",
        "sitemap  5m       2026-03-10 09:10:00Z timeout            2026-03-10 09:00:00Z     2  "
            + "https://courier.example/sitemap.xml",
        "feed     default  -                    never polled       -                        -  "
            + "https://gazette.example/rss",
        "feed     default  2026-03-10 10:00:00Z ok                 2026-03-10 10:00:00Z     0  "
            + "https://ledger.example/feed.xml",
        "3 sources (1 failing, 1 never polled); 1 removed (--removed lists them)");
  }

  @Test
  void removedSourcesAreListedWithTheirRemovalTime() {
    String table = SourcesTable.removed(List.of(ledger.removedAt(NINE)));

    assertThat(table.lines().toList()).containsExactly(
        "TYPE     EVERY    REMOVED              URL",
        "feed     default  2026-03-10 09:00:00Z https://ledger.example/feed.xml",
        "1 removed (newsflow sources add URL restores one)");
  }

  @Test
  void jsonHasTheSourceAndItsStatus() {
    String json = Json.write(SourcesTable.listed(List.of(ledger), Map.of(ledger.id(), ledgerOk)));

    assertThat(json).contains("\"source\":{", "\"url\":\"https://ledger.example/feed.xml\"",
        "\"status\":{", "\"lastOutcome\":\"ok\"", "\"failuresInARow\":0");
  }

  @Test
  void intervalsAreWrittenInTheLargestUnitThatDividesThem() {
    assertThat(SourcesTable.duration(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(SourcesTable.duration(Duration.ofMinutes(15))).isEqualTo("15m");
    assertThat(SourcesTable.duration(Duration.ofHours(2))).isEqualTo("2h");
    assertThat(SourcesTable.duration(Duration.ofDays(1))).isEqualTo("1d");
  }
}
