package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.newsflow.core.json.Json;
import io.newsflow.sink.TestDatabase;
import io.newsflow.sink.postgres.PostgresSink;
import io.newsflow.sink.search.SearchFixtures;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code newsflow search} and {@code newsflow top} against the local PostgreSQL (skipped when
 * none answers), over {@link SearchFixtures} written by the sink's own writer in a schema of
 * their own.
 */
class SearchCommandIT {
  private static TestDatabase db;
  private static String url;

  @BeforeAll
  static void writeTheFixtures() {
    db = TestDatabase.create();
    try (PostgresSink sink = new PostgresSink(db.dataSource(), db.url())) {
      sink.migrate();
      sink.write(SearchFixtures.articles());
    }
    url = db.url() + "&user=" + db.user();
  }

  @AfterAll
  static void dropIt() {
    if (db != null) {
      db.close();
    }
  }

  private static CommandRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--postgres-url";
    all[args.length + 1] = url;
    CommandRun run = CommandRun.of(all);
    assertThat(run.err()).as("stderr").isEmpty();
    assertThat(run.exitCode()).isZero();
    return run;
  }

  private static List<List<String>> csv(String text) throws Exception {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> it =
        mapper.readerForListOf(String.class).readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void searchUntilAnInstantAsJsonIsOneArrayWithSnippets() throws Exception {
    JsonNode array = Json.mapper().readTree(
        run("search", "Norvane", "--until", "2031-03-12T10:00:00Z", "--format", "json").out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(1);
    JsonNode n1 = array.get(0);
    assertThat(n1.get("id").asText()).isEqualTo("n1");
    assertThat(n1.get("time").asText()).isEqualTo("2031-03-10T08:00:00Z");
    assertThat(n1.get("site").asText()).isEqualTo("www.harbour-gazette.test");
    assertThat(n1.get("rank").asDouble()).isPositive();
    assertThat(n1.get("snippet").asText()).contains("[Norvane]");
    assertThat(n1.get("claims")).isEmpty();
  }

  @Test
  void searchBySiteAsCsvTakesSubdomainsAndQuotesWhatNeedsIt() throws Exception {
    String out = run("search", "--site", "https://www.harbour-gazette.test/", "--format", "csv")
        .out();
    List<List<String>> rows = csv(out);
    assertThat(rows.get(0)).startsWith("id", "time", "site", "title", "url", "rank", "snippet");
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
        .containsExactly("n3", "n1");
    List<String> n3 = rows.get(1);
    assertThat(n3.get(2)).isEqualTo("news.harbour-gazette.test");
    assertThat(n3.get(3)).isEqualTo(SearchFixtures.N3_TITLE);
    assertThat(n3.get(5)).as("no rank without a query text").isEmpty();
    assertThat(n3.get(6)).startsWith("Tessaly Foods opened a kitchen on the Port Alder quay, "
        + "a $2 million project.\nINES VARGA");
    assertThat(out).contains("\"Tessaly Foods opens \"\"Quay Kitchen\"\", hires 40\"");
  }

  @Test
  void searchWithAStanceAsCsvHasARowPerClaim() throws Exception {
    List<List<String>> rows = csv(run("search", "--stance", "denial", "--since", "2031-03-01",
        "--format", "csv").out());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsExactly("n1", "2031-03-10T08:00:00Z",
        "www.harbour-gazette.test", "Norvane Systems denies sharing rider data with Tessaly Foods",
        "https://www.harbour-gazette.test/2031/n1", "",
        "Norvane Systems denied on Tuesday that it shared rider location data with Tessaly Foods."
            + " A complaint filed by the Harbour Riders Union alleges the data was sold for years, "
            + "Ines Varga said.",
        "2", "DENIAL", "Norvane Systems", "Norvane Systems", "denied", "false",
        "it shared rider location data");
  }

  @Test
  void searchAsATablePrintsTheSnippetUnderEachArticle() {
    List<String> lines = run("search", "rider data").out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(2)).contains("2031-03-10 08:00")
        .contains("Norvane Systems denies sharing rider data");
    assertThat(lines.get(3)).startsWith("   ").contains("[rider] location [data]");
  }

  @Test
  void topByTypeSinceADateAsJson() throws Exception {
    JsonNode array = Json.mapper().readTree(
        run("top", "--type", "person", "--since", "2031-03-12", "--format", "json").out());
    assertThat(array).hasSize(1);
    assertThat(Json.write(array.get(0))).isEqualTo("{\"key\":\"person:ines-varga\","
        + "\"name\":\"Ines Varga\",\"type\":\"PERSON\",\"articles\":2,\"mentions\":3}");
  }

  @Test
  void topInAWindowAsCsv() {
    assertThat(run("top", "--since", "2031-03-12", "--until", "2031-03-14", "--format", "csv")
        .out()).isEqualTo("key,name,type,articles,mentions\n"
            + "organization:norvane-systems,Norvane Systems,ORGANIZATION,1,2\n"
            + "person:ines-varga,Ines Varga,PERSON,1,2\n"
            + "location:port-alder,Port Alder,LOCATION,1,1\n");
  }

  @Test
  void topOfASiteAsATable() {
    assertThat(run("top", "--site", "harbour-gazette.test", "--limit", "2").out()).isEqualTo(
        "#  ENTITY         TYPE          ARTICLES  MENTIONS  KEY\n"
            + "-  -------------  ------------  --------  --------  --------------------------\n"
            + "1  Tessaly Foods  ORGANIZATION         2         3  organization:tessaly-foods\n"
            + "2  Ines Varga     PERSON               2         2  person:ines-varga\n");
  }

  @Test
  void topOfMoneyCountsAmounts() throws Exception {
    JsonNode array = Json.mapper().readTree(
        run("top", "--type", "MONEY", "--format", "json").out());
    assertThat(array).extracting(n -> n.get("name").asText()).containsExactly("$2 million");
  }

  @Test
  void nothingFoundIsAnEmptyArrayOrAHeaderOrASentence() {
    assertThat(run("top", "--until", "2031-01-01", "--format", "json").out().strip())
        .isEqualTo("[ ]");
    assertThat(run("top", "--until", "2031-01-01", "--format", "csv").out())
        .isEqualTo("key,name,type,articles,mentions\n");
    assertThat(run("search", "--until", "2031-01-01").out()).isEqualTo("No articles found.\n");
  }
}
