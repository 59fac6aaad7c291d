package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.fail;

import io.newsflow.sink.postgres.PostgresConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own in the local PostgreSQL for one test class or test: created on {@link
 * #create()}, dropped on {@link #close()}. The server is {@code -Dnewsflow.test.postgres} (a JDBC
 * URL without parameters, by default {@value #DEFAULT_URL}), with trust authentication as user
 * {@code postgres} or the operating system user. Tests are skipped, with the reason, only when no
 * server answers there.
 */
public final class TestDatabase implements AutoCloseable {
  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final String baseUrl;
  private final String user;
  private final String schema;

  private TestDatabase(String baseUrl, String user, String schema) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.schema = schema;
  }

  public static TestDatabase create() {
    String base = System.getProperty("newsflow.test.postgres", DEFAULT_URL);
    List<String> refusals = new ArrayList<>();
    for (String user : List.of("postgres", System.getProperty("user.name", "postgres"))) {
      DataSource ds = PostgresConnections.dataSource(base + "?connectTimeout=3", user, null);
      try (Connection c = ds.getConnection()) {
        String schema = "it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (PreparedStatement s = c.prepareStatement("CREATE SCHEMA " + schema)) {
          s.execute();
        }
        return new TestDatabase(base, user, schema);
      } catch (SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Assumptions.assumeFalse(state.startsWith("08"),
            "PostgreSQL is not reachable at " + base + " (" + e.getMessage() + "): skipping");
        refusals.add(user + ": " + e.getMessage());
      }
    }
    return fail("PostgreSQL at " + base + " answers but refuses the test users: " + refusals);
  }

  /** The JDBC URL of this schema, without user. */
  public String url() {
    return baseUrl + "?currentSchema=" + schema;
  }

  /** The same database through another port on this host (a proxy in front of it). */
  public String urlThroughPort(int port) {
    return url().replaceFirst("//([^/:]+)(:\\d+)?/", "//127.0.0.1:" + port + "/");
  }

  public String user() {
    return user;
  }

  public String schema() {
    return schema;
  }

  public DataSource dataSource() {
    return PostgresConnections.dataSource(url(), user, null);
  }

  /** The single number a query returns, e.g. a count. */
  public long number(String sql, Object... params) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows a query returns, each as its columns' values. */
  public List<List<Object>> rows(String sql, Object... params) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try (Connection c = PostgresConnections.dataSource(baseUrl, user, null).getConnection();
        PreparedStatement s = c.prepareStatement("DROP SCHEMA " + schema + " CASCADE")) {
      s.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test schema " + schema, e);
    }
  }
}
