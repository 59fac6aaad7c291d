package io.newsflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.web.sources.SourceCounts;
import io.newsflow.web.sources.SourceHealth;
import io.newsflow.web.sources.SourceHealthReport;
import io.newsflow.web.trending.Trending;
import io.newsflow.web.trending.TrendingEntity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelsTest {
  private final Templates templates = new Templates();

  @Test
  void aSparklineSpansTheBoxWithTheHighestCountAtTheTop() {
    assertThat(TrendingView.points(List.of(0L, 2L, 1L))).isEqualTo("0.0,19.0 50.0,1.0 100.0,10.0");
    assertThat(TrendingView.points(List.of())).isEmpty();
  }

  @Test
  void theTrendingPanelListsEachPeriodWithItsChangeAndEscapesNames() {
    Instant now = Instant.parse("2026-03-12T10:00:00Z");
    TrendingEntity corvia = new TrendingEntity("organization:corvia-mills", "Corvia <Mills>",
        EntityType.ORGANIZATION, 4, 1, 3, 9, List.of(0L, 1L, 3L));
    Trending hour = new Trending("1h", null, now, now, now, now, 600, true, List.of(),
        List.of(corvia));
    Trending day = new Trending("24h", null, now, now, now, now, 3600, true, List.of(),
        List.of());
    String html = templates.render("trending.jte", "view", TrendingView.of(hour, day));
    assertThat(html).contains("Corvia &lt;Mills&gt;").contains("+3").contains("class=\"up\"")
        .contains("<polyline points=\"0.0,19.0 50.0,13.0 100.0,1.0\"/>")
        .contains("No entity in articles of this period yet.");
  }

  @Test
  void failingSourcesComeFirstWithTheirStreakAndExtractionShares() {
    Instant now = Instant.parse("2026-03-12T10:00:00Z");
    SourceStatus ok = status("https://ledger.example/rss", "ok", 0, now);
    SourceStatus failing = status("https://courier.example/rss", "timeout", 3, now);
    SourceHealthReport report = new SourceHealthReport(now, now, now, true, List.of(), List.of(
        SourceHealth.of(ok.sourceId(), new SourceCounts(10, 1, 11, 1, 5, 0, 20, 0), ok),
        SourceHealth.of(failing.sourceId(), SourceCounts.none(), failing)));
    SourcesView view = SourcesView.of(report);
    assertThat(view.rows()).extracting(SourcesView.Row::name)
        .containsExactly("courier.example/rss", "ledger.example/rss");
    assertThat(view.rows().get(1).noAuthor()).isEqualTo("45%");
    String page = templates.render("sources.jte", "view", view);
    assertThat(page).contains("class=\"bad\">3</td>").contains("45%");
  }

  private static SourceStatus status(String url, String outcome, int failures, Instant at) {
    return new SourceStatus(SourceStatus.SCHEMA_VERSION, url, url, "feed", at, outcome,
        failures > 0 ? "read timed out" : null, failures > 0 ? null : at, failures, 5, 1, 100,
        "ingest-1");
  }
}
