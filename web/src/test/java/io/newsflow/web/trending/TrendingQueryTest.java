package io.newsflow.web.trending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.web.query.FakePeers;
import io.newsflow.web.query.Scope;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scatter-gather: this instance's top-N merged with the others'. */
class TrendingQueryTest {
  private static final Instant NOW = Instant.parse("2026-03-10T12:05:00Z");
  private static final String CORVIA = "organization:corvia-mills";

  @TempDir Path stateDir;
  private PageDriver page;

  @BeforeEach
  void start() {
    page = new PageDriver(stateDir);
    page.mention(CORVIA, "Corvia Mills", "a1", Instant.parse("2026-03-10T11:30:00Z"));
    page.mention(CORVIA, "Corvia Mills", "a2", Instant.parse("2026-03-10T11:40:00Z"));
  }

  @AfterEach
  void stop() {
    page.close();
  }

  private static Trending answer(List<String> missing, TrendingEntity... entities) {
    return new Trending("1h", null, NOW, NOW, NOW, NOW, 600, missing.isEmpty(), missing,
        List.of(entities));
  }

  private static TrendingEntity entity(String key, long count, long previous) {
    return new TrendingEntity(key, key, EntityType.PERSON, count, previous, count - previous,
        count, List.of(0L, 0L, 0L, 0L, 0L, count));
  }

  @Test
  void allMergesTheOtherInstancesTopsAndKeepsTheLimit() {
    FakePeers peers = new FakePeers(
        List.of(answer(List.of(), entity("person:ada-halversen", 5, 0),
            entity("person:ben-osei", 1, 0))), List.of());

    Trending top = page.trending(NOW, peers).top(TrendingWindow.HOUR, 2);

    assertThat(top.entities()).extracting(TrendingEntity::key)
        .containsExactly("person:ada-halversen", CORVIA);
    assertThat(top.complete()).isTrue();
  }

  @Test
  void othersAreAskedForTheSameWindowsAtTheSameTime() {
    FakePeers peers = new FakePeers(List.of(), List.of());

    page.trending(NOW, peers).top(TrendingWindow.DAY, EntityType.PERSON, 7, Scope.ALL, null);

    assertThat(peers.paths).containsExactly(TrendingHandler.PATH);
    assertThat(peers.asked.get(0)).containsEntry("window", "24h").containsEntry("type", "person")
        .containsEntry("limit", "7").containsEntry("at", String.valueOf(NOW.toEpochMilli()));
  }

  @Test
  void localAsksNoOne() {
    FakePeers peers = new FakePeers(List.of(answer(List.of(), entity("person:x", 9, 0))),
        List.of());

    Trending top = page.trending(NOW, peers).top(TrendingWindow.HOUR, null, 10, Scope.LOCAL, null);

    assertThat(peers.asked).isEmpty();
    assertThat(top.entities()).extracting(TrendingEntity::key).containsExactly(CORVIA);
  }

  @Test
  void anInstanceThatDoesNotAnswerMakesThePartialAnswerSaySo() {
    FakePeers peers = new FakePeers(List.of(), List.of("10.0.0.7:8081: HTTP 503"));

    Trending top = page.trending(NOW, peers).top(TrendingWindow.HOUR, 10);

    assertThat(top.complete()).isFalse();
    assertThat(top.missing()).containsExactly("10.0.0.7:8081: HTTP 503");
    assertThat(top.entities()).extracting(TrendingEntity::key).containsExactly(CORVIA);
  }

  @Test
  void aLimitOutOfRangeIsRefused() {
    assertThatThrownBy(() -> page.trending(NOW).top(TrendingWindow.HOUR, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void windowsEndAtTheEndOfTheCurrentTenMinutes() {
    assertThat(TrendingQuery.bucketEnd(Instant.parse("2026-03-10T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-10T12:10:00Z"));
    assertThat(TrendingQuery.bucketEnd(Instant.parse("2026-03-10T12:09:59.999Z")))
        .isEqualTo(Instant.parse("2026-03-10T12:10:00Z"));
  }
}
