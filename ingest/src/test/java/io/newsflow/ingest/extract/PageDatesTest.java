package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PageDatesTest {

  private static OffsetDateTime parse(String s) {
    return PageDates.parse(s).at(ZoneOffset.UTC);
  }

  @Test
  void keepsTheOffsetOfAnIsoDate() {
    assertThat(parse("2031-05-14T08:30:00-04:00")).isEqualTo(OffsetDateTime.parse("2031-05-14T08:30:00-04:00"));
  }

  @Test
  void readsAnOffsetWithoutColonAndFractions() {
    assertThat(parse("2031-05-14T08:30:00.000+0530")).isEqualTo(OffsetDateTime.parse("2031-05-14T08:30:00+05:30"));
  }

  @Test
  void readsASpaceInsteadOfT() {
    assertThat(parse("2031-05-14 08:30")).isEqualTo(OffsetDateTime.parse("2031-05-14T08:30:00Z"));
  }

  @Test
  void readsADateWithoutTimeAsMidnight() {
    assertThat(parse("2031-05-14")).isEqualTo(OffsetDateTime.parse("2031-05-14T00:00:00Z"));
  }

  @Test
  void readsRfc1123() {
    assertThat(parse("Wed, 14 May 2031 08:30:00 GMT")).isEqualTo(OffsetDateTime.parse("2031-05-14T08:30:00Z"));
  }

  @Test
  void readsEpochMilliseconds() {
    assertThat(parse("1944604800000")).isEqualTo(OffsetDateTime.parse("2031-08-16T00:00:00Z"));
  }

  @Test
  void rejectsGarbageAndImplausibleYears() {
    assertThat(PageDates.parse("yesterday")).isNull();
    assertThat(PageDates.parse("0001-01-01T00:00:00Z")).isNull();
    assertThat(PageDates.parse("2031-13-45")).isNull();
  }

  @Test
  void aZonelessModifiedDateTakesThePublishedDatesOffset() {
    String html =
        "<html><head><meta property='article:published_time' content='2031-05-14T08:30:00-04:00'>"
            + "<meta property='article:modified_time' content='2031-05-15T10:00:00'></head>"
            + "<body><p>Text.</p></body></html>";
    var a = new NewsArticleExtractor().extract(html, "https://harborledger.example/x");
    assertThat(a.modified()).isEqualTo(OffsetDateTime.parse("2031-05-15T10:00:00-04:00"));
  }
}
