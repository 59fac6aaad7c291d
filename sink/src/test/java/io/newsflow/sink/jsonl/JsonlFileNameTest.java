package io.newsflow.sink.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class JsonlFileNameTest {

  @Test
  void theHourIsTheUtcHourOfTheInstant() {
    assertThat(JsonlFileName.hourOf(Instant.parse("2031-03-14T23:59:59.999Z")))
        .isEqualTo(LocalDateTime.parse("2031-03-14T23:00"));
  }

  @Test
  void namesSortInTimeOrderAndParseBack() {
    JsonlFileName name = new JsonlFileName(LocalDateTime.parse("2031-03-14T07:00"), 12);
    assertThat(name.open()).isEqualTo("articles-2031-03-14-07-0012.jsonl.open");
    assertThat(JsonlFileName.parse(name.gzip()))
        .hasValueSatisfying(p -> {
          assertThat(p.name()).isEqualTo(name);
          assertThat(p.suffix()).isEqualTo(JsonlFileName.GZIP);
        });
  }

  @Test
  void otherFileNamesAreNotOurs() {
    assertThat(JsonlFileName.parse("articles-2031-03-14-07-0012.json")).isEmpty();
    assertThat(JsonlFileName.parse(".newsflow-sink.lock")).isEmpty();
  }
}
