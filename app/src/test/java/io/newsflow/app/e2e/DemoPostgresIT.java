package io.newsflow.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.core.testing.KafkaBroker;
import io.newsflow.core.testing.SharedKafkaBroker;
import io.newsflow.sink.search.ArticleSearch;
import io.newsflow.sink.search.SearchHit;
import io.newsflow.sink.search.SearchQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run --demo --postgres-url ...} fills the tables of the PostgreSQL server on this
 * machine (127.0.0.1:5432, database test, trust auth; skipped when none answers), in a schema of
 * its own: rows, the upsert of the demo story's update as version 2, and the full-text query.
 */
@ExtendWith(SharedKafkaBroker.class)
class DemoPostgresIT {
  /** Articles on the demo site, as DemoSiteTest counts them. */
  private static final int DEMO_ARTICLES = 34;
  private static final String SERVER = System.getProperty("newsflow.test.postgres",
      "jdbc:postgresql://127.0.0.1:5432/test");

  @TempDir Path dataDir;
  private String schema;
  private String url;

  @BeforeEach
  void createSchema() {
    schema = "it_demo_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    try (Connection c = DriverManager.getConnection(SERVER + "?user=postgres&connectTimeout=3");
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL is not reachable at " + SERVER + ": " + e.getMessage());
    }
    url = SERVER + "?currentSchema=" + schema + "&user=postgres";
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "?user=postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void theDemoFillsTheTablesItsStorysUpdateReplacesTheRowsAndFullTextFindsArticles(
      KafkaBroker broker) throws Exception {
    String prefix = "pg-" + schema + ".";
    Map<String, String> names = Map.of(
        "enrich.application-id", prefix + "enrich",
        "sink.group-id", prefix + "sink",
        "ingest.group-id", prefix + "ingest");
    List<String> args = new java.util.ArrayList<>(List.of("run", "--demo", "--once",
        "--bootstrap-servers", broker.bootstrapServers(), "--data-dir", dataDir.toString(),
        "--topic-prefix", prefix, "--postgres-url", url, "--http", "127.0.0.1:0"));
    names.forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
    assertThat(run(args, "1h")).isZero();

    assertThat(number("SELECT count(*) FROM articles")).isEqualTo(DEMO_ARTICLES);
    String lawsuitId = text("SELECT id FROM articles WHERE title LIKE 'Lawsuit alleges Corvia%'");
    assertThat(number("SELECT version FROM articles WHERE id = '" + lawsuitId + "'")).isEqualTo(1);
    assertThat(number("SELECT count(*) FROM entities WHERE article_id = '" + lawsuitId
        + "' AND name = 'Corvia Mills' AND type = 'ORGANIZATION'")).isEqualTo(1);
    assertThat(number("SELECT count(*) FROM claims WHERE article_id = '" + lawsuitId
        + "' AND stance = 'DENIAL'")).isPositive();
    assertThat(number("SELECT count(*) FROM entities WHERE article_id = '" + lawsuitId
        + "' AND name = 'Tomas Ferrera'")).isEqualTo(1);
    // The running story: the company is an organisation in the articles of six outlets.
    assertThat(number("SELECT count(DISTINCT a.site_name) FROM articles a JOIN entities e"
        + " ON e.article_id = a.id WHERE e.name = 'Corvia Mills' AND e.type = 'ORGANIZATION'"))
        .isGreaterThanOrEqualTo(6);

    // The site publishes its update of the story; the next run fetches it as version 2, which
    // replaces the story's row and its child rows.
    assertThat(run(args, "0s")).isZero();
    assertThat(number("SELECT count(*) FROM articles")).isEqualTo(DEMO_ARTICLES);
    assertThat(number("SELECT version FROM articles WHERE id = '" + lawsuitId + "'")).isEqualTo(2);
    assertThat(number("SELECT count(*) FROM articles WHERE id = '" + lawsuitId + "' AND updated"))
        .isEqualTo(1);
    assertThat(text("SELECT body FROM articles WHERE id = '" + lawsuitId + "'"))
        .contains("Correction: An earlier version of this article misspelled the name");
    assertThat(number("SELECT count(*) FROM entities WHERE article_id = '" + lawsuitId
        + "' AND name = 'Hana Pruett'")).isEqualTo(1);
    assertThat(number("SELECT count(*) FROM entities WHERE article_id = '" + lawsuitId
        + "' AND name = 'Tomas Ferrera'")).isZero();

    NewsflowConfig config = new ConfigLoader().load(null, Map.of(), withAll(names, Map.of(
        "data-dir", dataDir.toString(),
        "kafka.bootstrap-servers", broker.bootstrapServers(),
        "kafka.topic-prefix", prefix,
        "sink.postgres.url", url)));
    ArticleSearch search = ArticleSearch.of(config.sink().postgres());
    List<SearchHit> trams = search.search(SearchQuery.text("tram extension"));
    assertThat(trams).isNotEmpty();
    assertThat(trams.get(0).title()).contains("tram extension");
    List<SearchHit> denials = search.search(
        new SearchQuery(null, null, "Corvia Mills", Stance.DENIAL, SearchQuery.DEFAULT_LIMIT));
    assertThat(denials).extracting(SearchHit::id).contains(lawsuitId)
        .hasSizeGreaterThanOrEqualTo(5);
  }

  private static int run(List<String> args, String updateAfter) {
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of("--demo-update-after", updateAfter));
    return Newsflow.execute(all.toArray(String[]::new));
  }

  private static Map<String, String> withAll(Map<String, String> a, Map<String, String> b) {
    Map<String, String> all = new java.util.HashMap<>(a);
    all.putAll(b);
    return all;
  }

  private long number(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String text(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
