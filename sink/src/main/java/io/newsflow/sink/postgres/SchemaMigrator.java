package io.newsflow.sink.postgres;

import io.newsflow.core.error.RetriableException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the tables up to date with Flyway, in the connection's current schema (the first of its
 * {@code search_path}, or {@code currentSchema} of the JDBC URL). Migrations live under {@value
 * #LOCATION}; they are never edited once released, only added.
 */
public final class SchemaMigrator {
  static final String LOCATION = "classpath:io/newsflow/sink/postgres/migration";
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

  private SchemaMigrator() {}

  /**
   * Applies pending migrations.
   *
   * @param displayUrl where, for logs and errors, without secrets ({@link
   *     PostgresConnections#redact})
   * @throws RetriableException when the database cannot be reached
   * @throws IllegalStateException when a migration fails for another reason (a permission, a
   *     changed migration): that needs someone's attention, not a retry
   */
  public static void migrate(DataSource dataSource, String displayUrl) {
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(dataSource)
              .locations(LOCATION)
              .failOnMissingLocations(true)
              .load()
              .migrate();
      if (result.migrationsExecuted > 0) {
        LOG.info(
            "Migrated the sink schema at {} to version {} ({} migrations)",
            displayUrl,
            result.targetSchemaVersion,
            result.migrationsExecuted);
      }
    } catch (FlywayException e) {
      SQLException sql = sqlCause(e);
      if (sql != null && SqlErrors.classify(sql) == SqlErrors.Kind.UNAVAILABLE) {
        throw new RetriableException(
            "PostgreSQL at " + displayUrl + " is unavailable for migrations: "
                + SqlErrors.describe(sql), e);
      }
      throw new IllegalStateException(
          "cannot migrate the sink schema at " + displayUrl + ": " + e.getMessage(), e);
    }
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }
}
