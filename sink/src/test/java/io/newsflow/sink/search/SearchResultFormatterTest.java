package io.newsflow.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.Stance;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultFormatterTest {

  @Test
  void noHitsSaySo() {
    assertThat(SearchResultFormatter.format(List.of())).isEqualTo("No articles found.\n");
  }

  @Test
  void hitsArePrintedAsATableWithUtcTimesAndClaimsBelow() {
    SearchHit hit =
        new SearchHit(
            "a1",
            "Norvane Systems denies sharing rider data with Tessaly Foods",
            "harbour-gazette.test",
            "https://harbour-gazette.test/news/a1",
            OffsetDateTime.parse("2031-03-14T09:30:00+02:00"),
            0.4567,
            "[Norvane] denied",
            List.of(new ClaimHit(2, Stance.DENIAL, "a Norvane spokesperson", "Norvane Systems",
                "denied", false, "it shared rider location data")));
    String out = SearchResultFormatter.format(List.of(hit));
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).startsWith("#  TIME (UTC)        SITE");
    assertThat(lines.get(2))
        .contains("2031-03-14 07:30")
        .contains("harbour-gazette.test")
        .contains("Norvane Systems denies sharing rider data with Tessaly Foods")
        .contains("0.457");
    assertThat(out).contains("a Norvane spokesperson (Norvane Systems)  denied")
        .contains("it shared rider location data");
  }
}
