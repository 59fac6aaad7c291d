package io.newsflow.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.core.json.Json;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultFormatterTest {
  private static final SearchHit NORVANE =
      new SearchHit(
          "a1",
          "Norvane Systems denies sharing rider data with Tessaly Foods",
          "harbour-gazette.test",
          "https://harbour-gazette.test/news/a1",
          OffsetDateTime.parse("2031-03-14T09:30:00+02:00"),
          0.4567,
          "[Norvane] denied on Tuesday that it shared [rider] location [data]",
          List.of(new ClaimHit(2, Stance.DENIAL, "a Norvane spokesperson", "Norvane Systems",
              "denied", false, "it shared rider location data")));
  /** A title with a comma and quotes, a snippet over two lines, no rank, no claims. */
  private static final SearchHit AWKWARD =
      new SearchHit(
          "a2",
          "Ferry \"Tamsin Star\" returns, late",
          "www.valley-courier.test",
          "https://www.valley-courier.test/a2?x=1,2",
          null,
          null,
          "First line,\nsecond \"line\"",
          List.of());

  @Test
  void noHitsSaySo() {
    assertThat(SearchResultFormatter.format(List.of())).isEqualTo("No articles found.\n");
  }

  @Test
  void hitsArePrintedAsATableWithUtcTimesAndClaimsBelow() {
    String out = SearchResultFormatter.format(List.of(NORVANE));
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

  @Test
  void theTablePrintsEachSnippetOnOneLineUnderItsArticle() {
    List<String> lines =
        SearchResultFormatter.format(List.of(NORVANE, AWKWARD), OutputFormat.TABLE).lines()
            .toList();
    assertThat(lines.get(3))
        .isEqualTo("   [Norvane] denied on Tuesday that it shared [rider] location [data]");
    assertThat(lines.get(4)).startsWith("2  ").contains("Ferry \"Tamsin Star\" returns, late");
    assertThat(lines.get(5)).isEqualTo("   First line, second \"line\"");
  }

  @Test
  void jsonIsOneArrayOfArticlesWithEveryKeyAndTheirClaims() throws Exception {
    JsonNode array =
        Json.mapper().readTree(SearchResultFormatter.format(List.of(NORVANE, AWKWARD),
            OutputFormat.JSON));
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    JsonNode first = array.get(0);
    assertThat(first.fieldNames()).toIterable().containsExactly(
        "id", "time", "site", "title", "url", "rank", "snippet", "claims");
    assertThat(first.get("time").asText()).isEqualTo("2031-03-14T07:30:00Z");
    assertThat(first.get("rank").decimalValue()).isEqualByComparingTo("0.4567");
    assertThat(first.get("snippet").asText()).contains("[rider]");
    JsonNode claim = first.get("claims").get(0);
    assertThat(claim.fieldNames()).toIterable().containsExactly(
        "seq", "stance", "speaker", "speakerEntity", "cue", "hedged", "text");
    assertThat(claim.get("stance").asText()).isEqualTo("DENIAL");
    assertThat(claim.get("hedged").asBoolean()).isFalse();

    JsonNode second = array.get(1);
    assertThat(second.get("rank").isNull()).isTrue();
    assertThat(second.get("time").isNull()).isTrue();
    assertThat(second.get("title").asText()).isEqualTo("Ferry \"Tamsin Star\" returns, late");
    assertThat(second.get("snippet").asText()).isEqualTo("First line,\nsecond \"line\"");
    assertThat(second.get("claims").isArray()).isTrue();
    assertThat(second.get("claims")).isEmpty();
  }

  @Test
  void jsonOfNoHitsIsAnEmptyArray() throws Exception {
    assertThat(Json.mapper().readTree(SearchResultFormatter.format(List.of(), OutputFormat.JSON))
        .isEmpty()).isTrue();
    assertThat(SearchResultFormatter.format(List.of(), OutputFormat.JSON).strip())
        .isEqualTo("[ ]");
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaksAndNothingElse() {
    String csv = SearchResultFormatter.format(List.of(AWKWARD), OutputFormat.CSV);
    assertThat(csv).isEqualTo(SearchResultFormatter.CSV_HEADER + "\n"
        + "a2,,www.valley-courier.test,\"Ferry \"\"Tamsin Star\"\" returns, late\","
        + "\"https://www.valley-courier.test/a2?x=1,2\",,\"First line,\nsecond \"\"line\"\"\","
        + ",,,,,,\n");
  }

  @Test
  void csvReadsBackToTheSameValuesWithARowPerClaim() throws Exception {
    String csv = SearchResultFormatter.format(List.of(NORVANE, AWKWARD), OutputFormat.CSV);
    List<List<String>> rows = readCsv(csv);
    assertThat(rows).hasSize(3);
    assertThat(String.join(",", rows.get(0))).isEqualTo(SearchResultFormatter.CSV_HEADER);
    assertThat(rows.get(1)).containsExactly("a1", "2031-03-14T07:30:00Z", "harbour-gazette.test",
        NORVANE.title(), NORVANE.url(), "0.4567", NORVANE.snippet(), "2", "DENIAL",
        "a Norvane spokesperson", "Norvane Systems", "denied", "false",
        "it shared rider location data");
    assertThat(rows.get(2).subList(0, 7)).containsExactly("a2", "", "www.valley-courier.test",
        AWKWARD.title(), AWKWARD.url(), "", AWKWARD.snippet());
  }

  @Test
  void csvOfNoHitsIsTheHeaderAlone() {
    assertThat(SearchResultFormatter.format(List.of(), OutputFormat.CSV))
        .isEqualTo(SearchResultFormatter.CSV_HEADER + "\n");
  }

  static List<List<String>> readCsv(String csv) throws Exception {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> it =
        mapper.readerForListOf(String.class).readValues(csv)) {
      return it.readAll();
    }
  }
}
