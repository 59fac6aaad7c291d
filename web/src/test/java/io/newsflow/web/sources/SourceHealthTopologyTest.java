package io.newsflow.web.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.web.trending.PageDriver;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceHealthTopologyTest {
  private static final Instant NOW = Instant.parse("2026-03-10T12:05:00Z");
  private static final String GAZETTE = "https://harbour-gazette.example/feed.xml";
  private static final String COURIER = "https://valley-courier.example/sitemap.xml";
  private static final List<String> BY = List.of("Mara Quill");

  @TempDir Path stateDir;
  private PageDriver page;

  @BeforeEach
  void start() {
    page = new PageDriver(stateDir);
  }

  @AfterEach
  void stop() {
    page.close();
  }

  private static Instant at(String time) {
    return Instant.parse("2026-03-10T" + time + ":00Z");
  }

  private static SourceStatus status(String source, String outcome, int failures,
      Instant lastSuccess) {
    return new SourceStatus(SourceStatus.SCHEMA_VERSION, source, source, "feed", at("12:00"),
        outcome, failures > 0 ? "HTTP 503" : null, lastSuccess, failures, 10, 2, 300,
        "newsflow-ingest-1a2b3c4d");
  }

  private SourceHealth only(SourceHealthReport report, String source) {
    return report.sources().stream().filter(s -> s.sourceId().equals(source)).findFirst()
        .orElseThrow(() -> new AssertionError(source + " not in " + report.sources()));
  }

  @Test
  void countsNewArticlesAndUpdatesOfTheLast24Hours() {
    page.article(GAZETTE, "a1", 1, true, BY, at("09:00"));
    page.article(GAZETTE, "a1", 2, true, BY, at("10:00"));
    page.article(GAZETTE, "a2", 1, true, BY, at("11:00"));
    page.article(GAZETTE, "a0", 1, true, BY, Instant.parse("2026-03-09T11:30:00Z"));

    SourceHealthReport report = page.sources(NOW).sources();
    SourceHealth gazette = only(report, GAZETTE);

    assertThat(report.from()).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
    assertThat(report.to()).isEqualTo(at("13:00"));
    assertThat(gazette.last24h().articles()).isEqualTo(2);
    assertThat(gazette.last24h().updates()).isEqualTo(1);
  }

  @Test
  void sharesOfVersionsWithNoDateOrAuthor() {
    page.article(GAZETTE, "a1", 1, true, BY, at("09:00"));
    page.article(GAZETTE, "a2", 1, false, BY, at("09:10"));
    page.article(GAZETTE, "a3", 1, false, List.of(), at("09:20"));
    page.article(GAZETTE, "a4", 1, true, List.of(), at("09:30"));

    SourceHealth gazette = only(page.sources(NOW).sources(), GAZETTE);

    assertThat(gazette.noDateShare()).isCloseTo(0.5, within(1e-9));
    assertThat(gazette.noAuthorShare()).isCloseTo(0.5, within(1e-9));
    assertThat(gazette.emptyTextShare()).isZero();
  }

  @Test
  void pagesWithNoArticleTextCountFromTheFetchStatuses() {
    page.article(GAZETTE, "a1", 1, true, BY, at("09:00"));
    page.fetch(GAZETTE, "https://harbour-gazette.example/a1", FetchOutcome.OK, at("09:00"));
    page.fetch(GAZETTE, "https://harbour-gazette.example/tag/x", FetchOutcome.NOT_ARTICLE,
        at("09:05"));
    page.fetch(GAZETTE, "https://harbour-gazette.example/gone", FetchOutcome.HTTP_4XX,
        at("09:06"));
    page.fetch(GAZETTE, GAZETTE, FetchOutcome.NOT_MODIFIED, at("09:07"));

    SourceHealth gazette = only(page.sources(NOW).sources(), GAZETTE);

    assertThat(gazette.last24h().pages()).isEqualTo(2);
    assertThat(gazette.last24h().emptyText()).isEqualTo(1);
    assertThat(gazette.emptyTextShare()).isCloseTo(0.5, within(1e-9));
    assertThat(gazette.last24h().fetches()).isEqualTo(4);
    assertThat(gazette.last24h().failedFetches()).isEqualTo(1);
    assertThat(gazette.noDateShare()).isZero();
  }

  @Test
  void countsAreJoinedWithTheLatestSourceStatus() {
    page.article(GAZETTE, "a1", 1, true, BY, at("09:00"));
    page.status(status(GAZETTE, "ok", 0, at("10:00")));
    page.status(status(GAZETTE, "http-5xx", 2, at("10:00")));

    SourceHealth gazette = only(page.sources(NOW).sources(), GAZETTE);

    assertThat(gazette.url()).isEqualTo(GAZETTE);
    assertThat(gazette.type()).isEqualTo("feed");
    assertThat(gazette.lastOutcome()).isEqualTo("http-5xx");
    assertThat(gazette.lastError()).isEqualTo("HTTP 503");
    assertThat(gazette.failuresInARow()).isEqualTo(2);
    assertThat(gazette.lastSuccessAt()).isEqualTo(at("10:00"));
    assertThat(gazette.lastPollAt()).isEqualTo(at("12:00"));
    assertThat(gazette.last24h().articles()).isEqualTo(1);
  }

  @Test
  void aSourceWithAStatusButNothingCountedIsListedWithZeroes() {
    page.status(status(COURIER, "http-4xx", 5, null));

    SourceHealth courier = only(page.sources(NOW).sources(), COURIER);

    assertThat(courier.last24h()).isEqualTo(SourceCounts.none());
    assertThat(courier.noDateShare()).isNull();
    assertThat(courier.emptyTextShare()).isNull();
    assertThat(courier.failuresInARow()).isEqualTo(5);
  }

  @Test
  void aSourceWithCountsButNoStatusHasNoStatusFields() {
    page.article(COURIER, "c1", 1, true, BY, at("11:00"));

    SourceHealth courier = only(page.sources(NOW).sources(), COURIER);

    assertThat(courier.lastOutcome()).isNull();
    assertThat(courier.failuresInARow()).isNull();
    assertThat(courier.last24h().articles()).isEqualTo(1);
  }

  @Test
  void sourcesAreListedBySourceId() {
    page.article(GAZETTE, "a1", 1, true, BY, at("11:00"));
    page.article(COURIER, "c1", 1, true, BY, at("11:00"));

    assertThat(page.sources(NOW).sources().sources()).extracting(SourceHealth::sourceId)
        .containsExactly(GAZETTE, COURIER);
  }

  @Test
  void anEmptyClusterAnswersNoSources() {
    SourceHealthReport report = page.sources(NOW).sources();

    assertThat(report.sources()).isEmpty();
    assertThat(report.complete()).isTrue();
  }
}
