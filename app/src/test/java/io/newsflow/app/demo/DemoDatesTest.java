package io.newsflow.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoDatesTest {
  private final DemoDates oneDayAndAnHour = new DemoDates(Duration.ofHours(25));

  @Test
  void theNewestArticleEndsAQuarterOfAnHourBeforeTheFirstRun() {
    DemoDates dates = DemoDates.firstRunAt(Instant.parse("2026-12-07T10:00:42Z"));
    assertThat(dates.apply("<meta content=\"2026-03-14T19:05:00+00:00\">"))
        .isEqualTo("<meta content=\"2026-12-07T09:45:00+00:00\">");
  }

  @Test
  void everyDateFormatTheSiteWritesMovesInItsOwnFormat() {
    assertThat(oneDayAndAnHour.apply("2026-03-12T09:30:00+00:00")).isEqualTo("2026-03-13T10:30:00+00:00");
    assertThat(oneDayAndAnHour.apply("2026-03-12T09:30:00Z")).isEqualTo("2026-03-13T10:30:00Z");
    assertThat(oneDayAndAnHour.apply("2026-03-12T09:30+01:00")).isEqualTo("2026-03-13T10:30+01:00");
    assertThat(oneDayAndAnHour.apply("<pubDate>Thu, 12 Mar 2026 09:30:00 +0000</pubDate>"))
        .isEqualTo("<pubDate>Fri, 13 Mar 2026 10:30:00 +0000</pubDate>");
    assertThat(oneDayAndAnHour.apply("<lastmod>2026-03-12</lastmod>"))
        .isEqualTo("<lastmod>2026-03-13</lastmod>");
  }

  @Test
  void textWithoutMachineDatesStaysAsItIs() {
    String text = "<p>On Thursday, 12 March, the council met for 2 hours at 09:30.</p>";
    assertThat(oneDayAndAnHour.apply(text)).isEqualTo(text);
    assertThat(new DemoDates(Duration.ZERO).apply("2026-03-12T09:30:00Z"))
        .isEqualTo("2026-03-12T09:30:00Z");
  }
}
