package io.newsflow.sink.postgres;

import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.error.RetriableException;
import io.newsflow.sink.ArticleSink;
import io.newsflow.sink.RejectedArticleException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles with their entities and claims to PostgreSQL, one transaction per batch. An
 * article's row is inserted, or replaced with all its child rows when the incoming version is
 * newer; an older or equal version changes nothing, so a batch written twice (a retry, a
 * redelivery after a crash) leaves the tables as written once. Values are always bind
 * parameters: a multi-row VALUES list for articles, one array per column for their child rows.
 * The connection is opened on first use and again after a failure, and the schema is migrated
 * before the first write.
 */
public final class PostgresSink implements ArticleSink {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresSink.class);

  private final DataSource dataSource;
  private final String displayUrl;
  private Connection connection;
  private boolean migrated;

  /**
   * @param displayUrl the URL to name in logs and errors, already without secrets
   */
  public PostgresSink(DataSource dataSource, String displayUrl) {
    this.dataSource = dataSource;
    this.displayUrl = displayUrl;
  }

  @Override
  public String name() {
    return "postgres";
  }

  /**
   * Applies the migrations now, so that a schema problem shows at start-up.
   *
   * @throws RetriableException when the database cannot be reached yet; the first write tries
   *     again
   */
  public synchronized void migrate() {
    SchemaMigrator.migrate(dataSource, displayUrl);
    migrated = true;
  }

  @Override
  public synchronized void write(List<EnrichedArticle> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<EnrichedArticle> articles = latestVersions(batch);
    Connection c = connection();
    try {
      try {
        upsert(c, articles);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollBackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      switch (SqlErrors.classify(e)) {
        case BAD_RECORD -> writeOneByOne(articles);
        case UNAVAILABLE -> throw unavailable(e);
        default -> throw failed(e);
      }
    }
  }

  @Override
  public synchronized void close() {
    disconnect();
  }

  /** Inserts or replaces the articles and their child rows, inside the caller's transaction. */
  static void upsert(Connection c, List<EnrichedArticle> articles) throws SQLException {
    List<EnrichedArticle> newer = newerThanStored(c, articles);
    if (newer.isEmpty()) {
      return;
    }
    Set<String> changed = upsertArticles(c, newer);
    if (changed.isEmpty()) {
      return;
    }
    List<EnrichedArticle> replaced = new ArrayList<>(changed.size());
    for (EnrichedArticle a : newer) {
      if (changed.contains(a.id())) {
        replaced.add(a);
      }
    }
    deleteChildren(c, changed);
    List<Object[]> entities = new ArrayList<>();
    List<Object[]> claims = new ArrayList<>();
    for (EnrichedArticle a : replaced) {
      entities.addAll(ArticleTables.entityRows(a));
      claims.addAll(ArticleTables.claimRows(a));
    }
    insert(c, ArticleTables.ENTITIES, entities);
    insert(c, ArticleTables.CLAIMS, claims);
  }

  /**
   * The articles whose version is newer than the stored one, or not stored yet. PostgreSQL builds
   * the whole incoming row, full-text vector included, before it finds the conflict; skipping
   * what is already there makes a redelivered batch cheap. The upsert checks versions again, so
   * a concurrent writer cannot slip an older version in.
   */
  private static List<EnrichedArticle> newerThanStored(Connection c, List<EnrichedArticle> articles)
      throws SQLException {
    Map<String, Integer> stored = new HashMap<>();
    Array ids = c.createArrayOf("text", articles.stream().map(EnrichedArticle::id).toArray());
    try (PreparedStatement statement = c.prepareStatement(ArticleTables.STORED_VERSIONS)) {
      statement.setArray(1, ids);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          stored.put(rs.getString(1), rs.getInt(2));
        }
      }
    } finally {
      ids.free();
    }
    List<EnrichedArticle> newer = new ArrayList<>(articles.size());
    for (EnrichedArticle a : articles) {
      Integer version = stored.get(a.id());
      if (version == null || version < a.version()) {
        newer.add(a);
      }
    }
    return newer;
  }

  private static Set<String> upsertArticles(Connection c, List<EnrichedArticle> articles)
      throws SQLException {
    Set<String> changed = new HashSet<>();
    int max = ArticleTables.ARTICLES.maxRows();
    for (int from = 0; from < articles.size(); from += max) {
      List<Object[]> rows = new ArrayList<>();
      for (EnrichedArticle a : articles.subList(from, Math.min(articles.size(), from + max))) {
        rows.add(ArticleTables.articleRow(a));
      }
      try (PreparedStatement statement = ArticleTables.ARTICLES.prepare(c, rows);
          ResultSet ids = statement.executeQuery()) {
        while (ids.next()) {
          changed.add(ids.getString(1));
        }
      }
    }
    return changed;
  }

  private static void deleteChildren(Connection c, Set<String> ids) throws SQLException {
    Array array = c.createArrayOf("text", ids.toArray());
    try {
      for (String sql : List.of(ArticleTables.DELETE_ENTITIES, ArticleTables.DELETE_CLAIMS)) {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
          statement.setArray(1, array);
          statement.executeUpdate();
        }
      }
    } finally {
      array.free();
    }
  }

  private static void insert(Connection c, UnnestInsert insert, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = insert.prepare(c, rows)) {
      statement.executeUpdate();
    }
  }

  /**
   * After the database refused the batch's data: writes the articles one by one, each behind a
   * savepoint, in one transaction. The first article refused is rolled back with everything and
   * reported, so the caller dead-letters it and writes the rest again; if none is refused alone,
   * the transaction is committed and the batch is written.
   */
  private void writeOneByOne(List<EnrichedArticle> articles) {
    Connection c = connection();
    try {
      for (EnrichedArticle a : articles) {
        Savepoint savepoint = c.setSavepoint();
        try {
          upsert(c, List.of(a));
          c.releaseSavepoint(savepoint);
        } catch (SQLException e) {
          if (SqlErrors.classify(e) != SqlErrors.Kind.BAD_RECORD) {
            throw e;
          }
          rollBackQuietly(c);
          throw new RejectedArticleException(
              a.id(),
              a.version(),
              "PostgreSQL refused article " + a.id() + " version " + a.version() + ": "
                  + SqlErrors.describe(e),
              e);
        }
      }
      c.commit();
    } catch (SQLException e) {
      rollBackQuietly(c);
      throw SqlErrors.classify(e) == SqlErrors.Kind.UNAVAILABLE ? unavailable(e) : failed(e);
    }
  }

  /**
   * One article per id, the highest version (the first of equal ones), sorted by id: PostgreSQL
   * cannot upsert one row twice in a statement, and a fixed order keeps two sinks writing the
   * same ids from deadlocking.
   */
  static List<EnrichedArticle> latestVersions(List<EnrichedArticle> batch) {
    Map<String, EnrichedArticle> latest = new LinkedHashMap<>();
    for (EnrichedArticle a : batch) {
      latest.merge(a.id() == null ? "" : a.id(), a,
          (kept, incoming) -> incoming.version() > kept.version() ? incoming : kept);
    }
    List<EnrichedArticle> sorted = new ArrayList<>(latest.values());
    sorted.sort(Comparator.comparing(a -> a.id() == null ? "" : a.id()));
    return sorted;
  }

  private Connection connection() {
    if (!migrated) {
      migrate();
    }
    try {
      if (connection == null || connection.isClosed()) {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        LOG.info("Connected to PostgreSQL at {}", displayUrl);
      }
      return connection;
    } catch (SQLException e) {
      disconnect();
      throw SqlErrors.classify(e) == SqlErrors.Kind.OTHER ? failed(e) : unavailable(e);
    }
  }

  private RetriableException unavailable(SQLException e) {
    disconnect();
    return new RetriableException(
        "PostgreSQL at " + displayUrl + " is unavailable: " + SqlErrors.describe(e), e);
  }

  /** Neither the data nor the connection: a schema or permission problem someone must fix. */
  private RetriableException failed(SQLException e) {
    LOG.error("PostgreSQL at {} refused a write: {}", displayUrl, SqlErrors.describe(e));
    disconnect();
    return new RetriableException(
        "PostgreSQL at " + displayUrl + " refused a write: " + SqlErrors.describe(e), e);
  }

  private static void rollBackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; it is dropped and the batch written again.
    }
  }

  private void disconnect() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Closing a broken connection.
      }
      connection = null;
    }
  }
}
