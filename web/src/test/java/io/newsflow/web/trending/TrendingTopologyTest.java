package io.newsflow.web.trending;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.web.query.Scope;
import io.newsflow.web.sources.SourceHealthTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendingTopologyTest {
  /** Queries are asked at 12:05; windows end at 12:10. */
  private static final Instant NOW = Instant.parse("2026-03-10T12:05:00Z");
  private static final String CORVIA = "organization:corvia-mills";
  private static final String HALVERSEN = "person:ada-halversen";
  private static final String PORT = "location:port-brennan";

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

  private TrendingEntity only(Trending trending, String key) {
    return trending.entities().stream().filter(e -> e.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError(key + " not in " + trending.entities()));
  }

  @Test
  void lastHourCountsArticlesAgainstTheHourBefore() {
    page.mention(CORVIA, "Corvia Mills", "a1", at("11:30"));
    page.mention(CORVIA, "Corvia Mills", "a2", at("11:50"));
    page.mention(CORVIA, "Corvia Mills", "a3", at("12:00"));
    page.mention(CORVIA, "Corvia Mills", "a4", at("10:30"));

    Trending trending = page.trending(NOW).top(TrendingWindow.HOUR, 10);

    assertThat(trending.from()).isEqualTo(at("11:10"));
    assertThat(trending.to()).isEqualTo(at("12:10"));
    assertThat(trending.previousFrom()).isEqualTo(at("10:10"));
    TrendingEntity corvia = only(trending, CORVIA);
    assertThat(corvia.name()).isEqualTo("Corvia Mills");
    assertThat(corvia.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(corvia.count()).isEqualTo(3);
    assertThat(corvia.previous()).isEqualTo(1);
    assertThat(corvia.change()).isEqualTo(2);
  }

  @Test
  void lastDayComparesWithTheDayBefore() {
    page.mention(CORVIA, "Corvia Mills", "a1", at("09:00"));
    page.mention(CORVIA, "Corvia Mills", "a2", Instant.parse("2026-03-09T13:00:00Z"));
    page.mention(CORVIA, "Corvia Mills", "a3", Instant.parse("2026-03-09T11:00:00Z"));
    page.mention(CORVIA, "Corvia Mills", "a4", Instant.parse("2026-03-08T13:00:00Z"));

    TrendingEntity corvia = only(page.trending(NOW).top(TrendingWindow.DAY, 10), CORVIA);

    assertThat(corvia.count()).isEqualTo(2);
    assertThat(corvia.previous()).isEqualTo(2);
    assertThat(corvia.change()).isZero();
  }

  @Test
  void anUpdatedVersionCountsTheArticleOnceWithItsLatestMentions() {
    page.mention(CORVIA, "Corvia Mills", "a1", 1, at("11:30"), 2, at("11:31"));
    page.mention(CORVIA, "Corvia Mills", "a1", 2, at("11:30"), 5, at("11:55"));

    TrendingEntity corvia = only(page.trending(NOW).top(TrendingWindow.HOUR, 10), CORVIA);

    assertThat(corvia.count()).isEqualTo(1);
    assertThat(corvia.mentions()).isEqualTo(5);
  }

  @Test
  void anUpdateOfAnUndatedArticleStaysInTheWindowOfItsFirstVersion() {
    page.mention(CORVIA, "Corvia Mills", "a1", 1, null, 1, at("10:50"));
    page.mention(CORVIA, "Corvia Mills", "a1", 2, null, 3, at("11:40"));

    Trending hour = page.trending(NOW).top(TrendingWindow.HOUR, 10);
    TrendingEntity day = only(page.trending(NOW).top(TrendingWindow.DAY, 10), CORVIA);

    assertThat(hour.entities()).isEmpty();
    assertThat(day.count()).isEqualTo(1);
    assertThat(day.mentions()).isEqualTo(3);
    assertThat(day.sparkline().get(22)).isEqualTo(1);
  }

  @Test
  void aReplayedOrOlderVersionAddsNothing() {
    page.mention(CORVIA, "Corvia Mills", "a1", 2, at("11:30"), 4, at("11:40"));
    page.mention(CORVIA, "Corvia Mills", "a1", 1, at("11:30"), 1, at("11:41"));
    page.mention(CORVIA, "Corvia Mills", "a1", 2, at("11:30"), 4, at("11:42"));

    TrendingEntity corvia = only(page.trending(NOW).top(TrendingWindow.HOUR, 10), CORVIA);

    assertThat(corvia.count()).isEqualTo(1);
    assertThat(corvia.mentions()).isEqualTo(4);
  }

  @Test
  void theTimeAxisIsPublicationTimeNotArrival() {
    // Published at 10:20, fetched and enriched only at 11:45: it belongs to the hour before.
    page.mention(CORVIA, "Corvia Mills", "a1", 1, at("10:20"), 1, at("11:45"));

    TrendingEntity corvia = only(page.trending(at("10:40")).top(TrendingWindow.HOUR, 10), CORVIA);

    assertThat(corvia.count()).isEqualTo(1);
    assertThat(page.trending(NOW).top(TrendingWindow.HOUR, 10).entities()).isEmpty();
  }

  @Test
  void aPublicationDateInTheFutureFallsBackToRecordTime() {
    page.mention(CORVIA, "Corvia Mills", "a1", 1, at("18:00"), 1, at("12:01"));

    Trending trending = page.trending(NOW).top(TrendingWindow.HOUR, 10);

    assertThat(only(trending, CORVIA).sparkline()).containsExactly(0L, 0L, 0L, 0L, 0L, 1L);
  }

  @Test
  void recordsArrivingOutOfOrderWithinTheGraceStillCount() {
    page.mention(HALVERSEN, "Ada Halversen", "b1", at("12:00"));
    // Stream time is now 12:01; a record published 20 hours earlier arrives late.
    page.mention(CORVIA, "Corvia Mills", "a1", 1, Instant.parse("2026-03-09T16:00:00Z"), 1,
        at("12:02"));
    page.mention(CORVIA, "Corvia Mills", "a2", 1, at("11:00"), 1, at("12:03"));

    TrendingEntity corvia = only(page.trending(NOW).top(TrendingWindow.DAY, 10), CORVIA);

    assertThat(corvia.count()).isEqualTo(2);
  }

  @Test
  void aRecordLaterThanTheGraceIsDropped() {
    page.mention(HALVERSEN, "Ada Halversen", "b1", at("12:00"));
    Instant tooOld = at("12:00").minus(TrendingTopology.GRACE).minus(Duration.ofMinutes(30));
    page.mention(CORVIA, "Corvia Mills", "a1", 1, tooOld, 1, at("12:02"));

    WindowStore<String, EntityCounts> store =
        page.driver().getWindowStore(TrendingTopology.STORE);
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<Windowed<String>, EntityCounts> all = store.all()) {
      all.forEachRemaining(kv -> keys.add(kv.key.key()));
    }
    assertThat(keys).containsExactly(HALVERSEN);
  }

  @Test
  void sightingsOlderThanTheRetentionAreForgotten() {
    page.mention(CORVIA, "Corvia Mills", "a1", at("01:00"));
    Instant later = at("01:00").plus(TrendingTopology.RETENTION).plus(Duration.ofHours(2));
    page.mention(HALVERSEN, "Ada Halversen", "b1", later);

    KeyValueStore<String, FirstSighting> sightings =
        page.driver().getKeyValueStore(TrendingTopology.SIGHTINGS_STORE);

    assertThat(sightings.get(CORVIA + " a1")).isNull();
    assertThat(sightings.get(HALVERSEN + " b1")).isNotNull();
  }

  @Test
  void anUnreadableRecordIsSkipped() {
    TestInputTopic<String, String> bytes = page.driver().createInputTopic(
        PageDriver.TOPICS.entityMentions().name(), new StringSerializer(), new StringSerializer());
    bytes.pipeInput(CORVIA, "not json at all", at("11:30"));
    page.mention(CORVIA, "Corvia Mills", "a1", at("11:31"));

    assertThat(only(page.trending(NOW).top(TrendingWindow.HOUR, 10), CORVIA).count())
        .isEqualTo(1);
  }

  @Test
  void typeFilterKeepsOnlyThatType() {
    page.mention(CORVIA, "Corvia Mills", "a1", at("11:30"));
    page.mention(HALVERSEN, "Ada Halversen", "a1", at("11:30"));
    page.mention(PORT, "Port Brennan", "a2", at("11:40"));

    Trending people =
        page.trending(NOW).top(TrendingWindow.HOUR, EntityType.PERSON, 10, Scope.ALL, null);

    assertThat(people.type()).isEqualTo(EntityType.PERSON);
    assertThat(people.entities()).extracting(TrendingEntity::key).containsExactly(HALVERSEN);
  }

  @Test
  void datesAmountsAndPercentagesNeverTrend() {
    page.mention("date:saturday", "Saturday", "a1", at("11:30"));
    page.mention("money:usd-4500000", "$4.5 million", "a1", at("11:30"));
    page.mention("percent:14", "14%", "a2", at("11:40"));
    page.mention(CORVIA, "Corvia Mills", "a2", at("11:40"));

    assertThat(page.trending(NOW).top(TrendingWindow.HOUR, 10).entities())
        .extracting(TrendingEntity::key).containsExactly(CORVIA);
  }

  @Test
  void daySparklineHas24HourlyCountsOldestFirst() {
    page.mention(CORVIA, "Corvia Mills", "a1", Instant.parse("2026-03-09T12:30:00Z"));
    page.mention(CORVIA, "Corvia Mills", "a2", at("11:15"));
    page.mention(CORVIA, "Corvia Mills", "a3", at("11:20"));
    page.mention(CORVIA, "Corvia Mills", "a4", at("12:00"));

    Trending trending = page.trending(NOW).top(TrendingWindow.DAY, 10);
    TrendingEntity corvia = only(trending, CORVIA);

    assertThat(trending.sparklineStepSeconds()).isEqualTo(3600);
    assertThat(corvia.sparkline()).hasSize(24);
    // Hours run from 12:10 the day before: 12:30 falls in the first, 11:15, 11:20 and 12:00 in
    // the last (11:10-12:10).
    assertThat(corvia.sparkline().get(0)).isEqualTo(1);
    assertThat(corvia.sparkline().get(23)).isEqualTo(3);
    assertThat(corvia.sparkline().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
  }

  @Test
  void hourSparklineHasSixTenMinuteCounts() {
    page.mention(CORVIA, "Corvia Mills", "a1", at("11:15"));
    page.mention(CORVIA, "Corvia Mills", "a2", at("11:45"));
    page.mention(CORVIA, "Corvia Mills", "a3", at("11:49"));

    TrendingEntity corvia = only(page.trending(NOW).top(TrendingWindow.HOUR, 10), CORVIA);

    assertThat(corvia.sparkline()).containsExactly(1L, 0L, 0L, 2L, 0L, 0L);
  }

  @Test
  void topIsRankedByCountThenChangeAndLimited() {
    page.mention(CORVIA, "Corvia Mills", "a1", at("11:30"));
    page.mention(CORVIA, "Corvia Mills", "a2", at("11:31"));
    page.mention(CORVIA, "Corvia Mills", "a3", at("11:32"));
    page.mention(HALVERSEN, "Ada Halversen", "a1", at("11:30"));
    page.mention(HALVERSEN, "Ada Halversen", "a4", at("10:30"));
    page.mention(PORT, "Port Brennan", "a1", at("11:30"));
    page.mention("misc:tidewater-cup", "Tidewater Cup", "a5", at("11:33"));
    page.mention("misc:tidewater-cup", "Tidewater Cup", "a6", at("11:34"));

    Trending top = page.trending(NOW).top(TrendingWindow.HOUR, 3);

    assertThat(top.entities()).extracting(TrendingEntity::key)
        .containsExactly(CORVIA, "misc:tidewater-cup", PORT);
  }

  @Test
  void displayNameIsTheLatestSeen() {
    page.mention(CORVIA, "Corvia mills", "a1", at("11:20"));
    page.mention(CORVIA, "Corvia Mills", "a2", at("11:50"));

    assertThat(only(page.trending(NOW).top(TrendingWindow.HOUR, 10), CORVIA).name())
        .isEqualTo("Corvia Mills");
  }

  @Test
  void anEmptyStoreAnswersNoEntities() {
    Trending trending = page.trending(NOW).top(TrendingWindow.DAY, 10);

    assertThat(trending.entities()).isEmpty();
    assertThat(trending.complete()).isTrue();
  }

  @Test
  void everyProcessorAndStoreIsNamed() {
    String description = PageStreams.topology(PageDriver.TOPICS).describe().toString();

    assertThat(description).contains(TrendingTopology.SOURCE, TrendingTopology.FIRST_SIGHTING,
        TrendingTopology.COUNT, TrendingTopology.STORE, TrendingTopology.SIGHTINGS_STORE,
        SourceHealthTopology.STORE, SourceHealthTopology.STATUS_STORE,
        SourceHealthTopology.BY_SOURCE + "-repartition");
    assertThat(description).doesNotContain("KSTREAM-", "KTABLE-");
  }
}
