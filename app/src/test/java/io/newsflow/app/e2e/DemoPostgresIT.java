package io.newsflow.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.Newsflow;
import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.app.runtime.Pipeline;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.core.json.Json;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.testing.KafkaBroker;
import io.newsflow.core.testing.SharedKafkaBroker;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.sink.search.ArticleSearch;
import io.newsflow.sink.search.SearchHit;
import io.newsflow.sink.search.SearchQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run --demo --postgres-url ...} fills the tables of the PostgreSQL server on this
 * machine (127.0.0.1:5432, database test, trust auth; skipped when none answers), in a schema of
 * its own: rows, the upsert of a newer version, and the full-text query.
 */
@ExtendWith(SharedKafkaBroker.class)
class DemoPostgresIT {
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
  void theDemoFillsTheTablesANewerVersionReplacesItsRowsAndFullTextFindsArticles(
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
    assertThat(Newsflow.execute(args.toArray(String[]::new))).isZero();

    assertThat(number("SELECT count(*) FROM articles")).isEqualTo(5);
    String lawsuitId = text("SELECT id FROM articles WHERE title LIKE '%Corvia Mills%'");
    assertThat(number("SELECT version FROM articles WHERE id = '" + lawsuitId + "'")).isEqualTo(1);
    assertThat(number("SELECT count(*) FROM entities WHERE article_id = '" + lawsuitId
        + "' AND name = 'Corvia Mills' AND type = 'ORGANIZATION'")).isEqualTo(1);
    assertThat(number("SELECT count(*) FROM claims WHERE article_id = '" + lawsuitId
        + "' AND stance = 'DENIAL'")).isPositive();

    // A newer version of the lawsuit story replaces its row and its child rows.
    NewsflowConfig config = new ConfigLoader().load(null, Map.of(), withAll(names, Map.of(
        "data-dir", dataDir.toString(),
        "kafka.bootstrap-servers", broker.bootstrapServers(),
        "kafka.topic-prefix", prefix,
        "sink.postgres.url", url)));
    RawArticle updated = new RawArticle(RawArticle.SCHEMA_VERSION, lawsuitId, 2, true,
        text("SELECT url FROM articles WHERE id = '" + lawsuitId + "'"),
        text("SELECT canonical_url FROM articles WHERE id = '" + lawsuitId + "'"), "test",
        "127.0.0.1", Instant.now(), "c".repeat(64),
        "Corvia Mills settles Tamsin River lawsuit",
        "Corvia Mills agreed on Friday to pay $20 million to settle the lawsuit, the residents' "
            + "lawyer Hana Pruett said. The company still denies that it polluted the river.",
        List.of("Ines Calloway"), null, null, "en", null, null, null, List.of(), "Harbour Ledger",
        false);
    try (KafkaRuntime kafka = KafkaRuntime.start(config);
        Pipeline pipeline = Pipeline.start(kafka.config(), new SimpleMeterRegistry(),
            EnumSet.of(Pipeline.Stage.ENRICH, Pipeline.Stage.SINK));
        var producer = new KafkaProducer<>(new KafkaClients(kafka.config().kafka())
            .producer("pg-it"), new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(NewsTopics.withPrefix(prefix).raw().name(), lawsuitId,
          Json.write(updated)));
      producer.flush();
      assertThat(pipeline.awaitDrained(Duration.ofMinutes(3))).isTrue();
    }
    assertThat(number("SELECT version FROM articles WHERE id = '" + lawsuitId + "'")).isEqualTo(2);
    assertThat(text("SELECT title FROM articles WHERE id = '" + lawsuitId + "'"))
        .isEqualTo("Corvia Mills settles Tamsin River lawsuit");
    assertThat(number("SELECT count(*) FROM entities WHERE article_id = '" + lawsuitId
        + "' AND name = 'Hana Pruett'")).isEqualTo(1);
    assertThat(number("SELECT count(*) FROM entities WHERE article_id = '" + lawsuitId
        + "' AND name = 'Delia Marsh'")).isZero();

    ArticleSearch search = ArticleSearch.of(config.sink().postgres());
    List<SearchHit> trams = search.search(SearchQuery.text("tram extension"));
    assertThat(trams).isNotEmpty();
    assertThat(trams.get(0).title()).contains("tram extension");
    List<SearchHit> denials = search.search(
        new SearchQuery(null, null, "Corvia Mills", Stance.DENIAL, SearchQuery.DEFAULT_LIMIT));
    assertThat(denials).extracting(SearchHit::id).containsExactly(lawsuitId);
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
