package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Wed, 03 Apr 2024 10:15:30 +0200        | 2024-04-03T10:15:30+02:00",
        "Wed, 03 Apr 2024 10:15:30 GMT          | 2024-04-03T10:15:30Z",
        "Tue, 03 Apr 2024 10:15:30 GMT          | 2024-04-03T10:15:30Z",
        "03 Apr 2024 10:15 EDT                  | 2024-04-03T10:15:00-04:00",
        "Wed, 3 April 2024 10:15:30 +02:00      | 2024-04-03T10:15:30+02:00",
        "Wed, 03 Apr 24 10:15:30 +0000          | 2024-04-03T10:15:30Z",
        "wed, 03 apr 2024 10:15:30 pst          | 2024-04-03T10:15:30-08:00",
        "Wed, 03 Apr 2024 10:15:30              | 2024-04-03T10:15:30Z",
        "Wed, 03 Apr 2024 10:15:30 +0200 (CEST) | 2024-04-03T10:15:30+02:00",
        "Wed, 03 Apr 2024 10:15:30 GMT+2        | 2024-04-03T10:15:30+02:00",
        "Wednesday, 03-Apr-24 10:15:30 CEST     | 2024-04-03T10:15:30+02:00",
        "03 Apr 2024                            | 2024-04-03T00:00:00Z",
        "2024-04-03T10:15:30Z                   | 2024-04-03T10:15:30Z",
        "2024-04-03T10:15:30.123+02:00          | 2024-04-03T10:15:30.123+02:00",
        "2024-04-03T10:15:30+0200               | 2024-04-03T10:15:30+02:00",
        "2024-04-03T10:15:30                    | 2024-04-03T10:15:30Z",
        "2024-04-03 10:15:30 +02:00             | 2024-04-03T10:15:30+02:00",
        "2024-04-03T10:15Z                      | 2024-04-03T10:15:00Z",
        "2024-04-03                             | 2024-04-03T00:00:00Z",
        "2024/04/03 10:15                       | 2024-04-03T10:15:00Z",
        "2024-04-03T10:15:30 Europe/Berlin      | 2024-04-03T10:15:30+02:00",
        "April 3, 2024 10:15 AM EDT             | 2024-04-03T10:15:00-04:00",
        "April 3, 2024 12:05 pm                 | 2024-04-03T12:05:00Z",
        "Apr 3 2024                             | 2024-04-03T00:00:00Z",
        "Wednesday, April 3, 2024 - 22:15       | 2024-04-03T22:15:00Z",
        "Wed Apr 03 10:15:30 UTC 2024           | 2024-04-03T10:15:30Z",
        "Wed Apr 03 10:15:30 CEST 2024          | 2024-04-03T10:15:30+02:00",
        "3rd April 2024                         | 2024-04-03T00:00:00Z"
      })
  void parsesTheFormatsFeedsUse(String raw, String expected) {
    assertThat(FeedDates.parse(raw)).isEqualTo(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {"", "   ", "yesterday", "2024-13-40", "31 Feb 2024", "Wed, 03 Foo 2024 10:15:30",
          "12345", "Apr 03", "2024-04-03T25:61:00Z", "13:00 PM April 3, 2024 x"})
  void returnsNullForWhatIsNoDate(String raw) {
    assertThat(FeedDates.parse(raw)).isNull();
  }

  @org.junit.jupiter.api.Test
  void nullIsNull() {
    assertThat(FeedDates.parse(null)).isNull();
  }
}
