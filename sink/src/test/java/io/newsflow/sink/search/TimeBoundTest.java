package io.newsflow.sink.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeBoundTest {
  private static final Instant NOW = Instant.parse("2031-03-14T12:00:00Z");

  @Test
  void anAgeCountsBackFromNow() {
    assertThat(TimeBound.parse("24h", NOW)).isEqualTo(Instant.parse("2031-03-13T12:00:00Z"));
    assertThat(TimeBound.parse("7d", NOW)).isEqualTo(Instant.parse("2031-03-07T12:00:00Z"));
    assertThat(TimeBound.parse("PT36H", NOW)).isEqualTo(Instant.parse("2031-03-13T00:00:00Z"));
  }

  @Test
  void anInstantKeepsItsOffset() {
    assertThat(TimeBound.parse("2031-03-14T09:30:00+02:00", NOW))
        .isEqualTo(Instant.parse("2031-03-14T07:30:00Z"));
    assertThat(TimeBound.parse("2031-03-14T07:30:00Z", NOW))
        .isEqualTo(Instant.parse("2031-03-14T07:30:00Z"));
  }

  @Test
  void aDateOrATimeWithoutOffsetIsUtc() {
    assertThat(TimeBound.parse("2031-03-10", NOW)).isEqualTo(Instant.parse("2031-03-10T00:00:00Z"));
    assertThat(TimeBound.parse("2031-03-10T06:15", NOW))
        .isEqualTo(Instant.parse("2031-03-10T06:15:00Z"));
  }

  @Test
  void anythingElseIsRefusedWithTheFormsThatWork() {
    assertThatThrownBy(() -> TimeBound.parse("yesterday", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a duration, date or time: 'yesterday' "
            + "(use 24h, 7d, 2031-03-14 or 2031-03-14T09:30:00Z)");
    assertThatThrownBy(() -> TimeBound.parse("2031-02-30", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimeBound.parse("-PT1H", NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
  }
}
