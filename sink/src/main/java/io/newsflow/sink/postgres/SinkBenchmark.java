package io.newsflow.sink.postgres;

import io.newsflow.core.enrichment.EnrichedArticle;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * {@code newsflow bench sink}: writes made-up enriched articles (about ten entities and five
 * claims each) through {@link PostgresSink}, the code path of the running sink, in batches as the
 * sink writes them, and prints articles per second for three cases: new articles, the same
 * articles again (a redelivery: nothing changes), and newer versions (rows and child rows
 * replaced). It works in a schema of its own, created and dropped, so it leaves nothing behind.
 */
public final class SinkBenchmark {
  static final int ENTITIES = 10;
  static final int CLAIMS = 5;

  private SinkBenchmark() {}

  /** Runs with the default batch size (200), the user and password of the URL or the OS user. */
  public static Result run(String jdbcUrl, int articles, PrintStream out) {
    return run(jdbcUrl, null, null, articles, 200, out);
  }

  public static Result run(
      String jdbcUrl, String user, String password, int articles, int batchSize, PrintStream out) {
    if (articles < 1 || batchSize < 1) {
      throw new IllegalArgumentException("articles and batch size must be positive");
    }
    String schema = "newsflow_bench_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    DataSource admin = PostgresConnections.dataSource(jdbcUrl, user, password);
    execute(admin, "CREATE SCHEMA " + schema);
    try {
      DataSource ds = PostgresConnections.dataSource(jdbcUrl, user, password, schema);
      PostgresSink sink = new PostgresSink(ds, PostgresConnections.redact(jdbcUrl));
      try {
        sink.migrate();
        SyntheticArticles synthetic = new SyntheticArticles(42);
        List<EnrichedArticle> warmUp = generate(synthetic, 1_000_000, Math.min(400, articles), 1);
        List<EnrichedArticle> first = generate(synthetic, 0, articles, 1);
        List<EnrichedArticle> second = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
          second.add(synthetic.article(i, 2, ENTITIES, CLAIMS));
        }
        out.printf(Locale.ROOT, "Sink benchmark: %d articles (%d entities, %d claims each), "
            + "batches of %d, PostgreSQL at %s%n", articles, ENTITIES, CLAIMS, batchSize,
            PostgresConnections.redact(jdbcUrl));
        time(sink, warmUp, batchSize);
        double inserted = time(sink, first, batchSize);
        double replayed = time(sink, first, batchSize);
        double updated = time(sink, second, batchSize);
        Result result = new Result(articles, inserted, replayed, updated);
        out.printf(Locale.ROOT, "  new articles         %,10.0f articles/s%n", inserted);
        out.printf(Locale.ROOT, "  same again (no-op)   %,10.0f articles/s%n", replayed);
        out.printf(Locale.ROOT, "  newer versions       %,10.0f articles/s%n", updated);
        return result;
      } finally {
        sink.close();
      }
    } finally {
      execute(admin, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  /** Articles per second of each case. */
  public record Result(int articles, double insertsPerSecond, double replaysPerSecond,
      double updatesPerSecond) {}

  private static List<EnrichedArticle> generate(
      SyntheticArticles synthetic, int first, int count, int version) {
    List<EnrichedArticle> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(synthetic.article(first + i, version, ENTITIES, CLAIMS));
    }
    return list;
  }

  private static double time(PostgresSink sink, List<EnrichedArticle> articles, int batchSize) {
    long started = System.nanoTime();
    for (int from = 0; from < articles.size(); from += batchSize) {
      sink.write(articles.subList(from, Math.min(articles.size(), from + batchSize)));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return articles.size() / seconds;
  }

  /** DDL with a generated schema name: no user input reaches it. */
  private static void execute(DataSource ds, String ddl) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(ddl)) {
      s.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("benchmark setup failed: " + e.getMessage(), e);
    }
  }

  /** {@code SinkBenchmark JDBC_URL [ARTICLES [BATCH_SIZE]]}. */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: SinkBenchmark JDBC_URL [ARTICLES [BATCH_SIZE]]");
      System.exit(2);
    }
    run(args[0], null, null, args.length > 1 ? Integer.parseInt(args[1]) : 5000,
        args.length > 2 ? Integer.parseInt(args[2]) : 200, System.out);
  }
}
