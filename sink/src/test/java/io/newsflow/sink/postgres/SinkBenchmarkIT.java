package io.newsflow.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sink.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark runs through the real write path and leaves no schema behind. */
class SinkBenchmarkIT {

  @Test
  void theBenchmarkReportsRatesAndDropsItsSchema() {
    try (TestDatabase db = TestDatabase.create()) {
      long schemasBefore = benchSchemas(db);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SinkBenchmark.Result result = SinkBenchmark.run(System.getProperty("newsflow.test.postgres", TestDatabase.DEFAULT_URL), db.user(), null,
          120, 50, new PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(result.articles()).isEqualTo(120);
      assertThat(result.insertsPerSecond()).isPositive();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("new articles").contains("articles/s");
      assertThat(benchSchemas(db)).isEqualTo(schemasBefore);
    }
  }

  @Test
  void syntheticArticlesHaveTheAdvertisedShape() {
    var a = new SyntheticArticles(7).article(3, 1, 10, 5);
    assertThat(a.entities()).hasSizeBetween(8, 10);
    assertThat(a.claims()).hasSize(5);
    assertThat(a.wordCount()).isBetween(400, 800);
  }

  private static long benchSchemas(TestDatabase db) {
    return db.number("SELECT count(*) FROM information_schema.schemata "
        + "WHERE schema_name LIKE 'newsflow_bench_%'");
  }
}
