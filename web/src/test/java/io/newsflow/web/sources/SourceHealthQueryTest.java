package io.newsflow.web.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.web.query.FakePeers;
import io.newsflow.web.query.Scope;
import io.newsflow.web.trending.PageDriver;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scatter-gather: this instance's counts added to the others', source by source. */
class SourceHealthQueryTest {
  private static final Instant NOW = Instant.parse("2026-03-10T12:05:00Z");
  private static final String GAZETTE = "https://harbour-gazette.example/feed.xml";
  private static final String COURIER = "https://valley-courier.example/sitemap.xml";

  @TempDir Path stateDir;
  private PageDriver page;

  @BeforeEach
  void start() {
    page = new PageDriver(stateDir);
    page.article(GAZETTE, "a1", 1, true, List.of("Mara Quill"), NOW.minusSeconds(3600));
  }

  @AfterEach
  void stop() {
    page.close();
  }

  private static SourceHealthReport other(SourceHealth... sources) {
    return new SourceHealthReport(NOW, NOW, NOW, true, List.of(), List.of(sources));
  }

  @Test
  void countsOfOneSourceFromSeveralInstancesAreAdded() {
    SourceCounts elsewhere = new SourceCounts(1, 0, 2, 1, 0, 1, 3, 0);
    FakePeers peers = new FakePeers(
        List.of(other(SourceHealth.of(GAZETTE, elsewhere, null),
            SourceHealth.of(COURIER, SourceCounts.none(), null))), List.of());

    SourceHealthReport report = page.sources(NOW, peers).sources();

    assertThat(report.sources()).extracting(SourceHealth::sourceId)
        .containsExactly(GAZETTE, COURIER);
    SourceHealth gazette = report.sources().get(0);
    assertThat(gazette.last24h().articles()).isEqualTo(2);
    assertThat(gazette.last24h().pages()).isEqualTo(3);
    assertThat(gazette.noDateShare()).isCloseTo(0.5, within(1e-9));
    assertThat(gazette.emptyTextShare()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(peers.paths).containsExactly(SourceHealthHandler.PATH);
    assertThat(peers.asked.get(0)).containsEntry("at", String.valueOf(NOW.toEpochMilli()));
  }

  @Test
  void localAsksNoOne() {
    FakePeers peers = new FakePeers(List.of(), List.of("x:1: down"));

    SourceHealthReport report = page.sources(NOW, peers).sources(Scope.LOCAL, null);

    assertThat(peers.asked).isEmpty();
    assertThat(report.complete()).isTrue();
  }

  @Test
  void anInstanceThatDoesNotAnswerMakesThePartialAnswerSaySo() {
    SourceHealthReport report =
        page.sources(NOW, new FakePeers(List.of(), List.of("x:1: down"))).sources();

    assertThat(report.complete()).isFalse();
    assertThat(report.missing()).containsExactly("x:1: down");
  }
}
