package io.newsflow.sink.postgres;

import io.newsflow.core.config.SinkConfig;
import io.newsflow.core.error.ConfigException;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Builds the data source of the PostgreSQL sink and search from the configured JDBC URL, user and
 * password. A password given in the URL is moved into the data source, so the URL that Flyway and
 * the driver report carries none; {@link #redact} hides it where we print the configured URL.
 * Timeouts default to values that let a lost connection surface as an error instead of a hang.
 */
public final class PostgresConnections {
  static final int CONNECT_TIMEOUT_SECONDS = 10;
  static final int LOGIN_TIMEOUT_SECONDS = 15;
  static final int SOCKET_TIMEOUT_SECONDS = 120;
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile("(?i)([?&](?:password|sslpassword)=)[^&]*");

  private PostgresConnections() {}

  public static DataSource dataSource(SinkConfig.Postgres config) {
    return dataSource(config.url(), config.user(), config.password());
  }

  /**
   * @param user null or empty to use the URL's user parameter, or else the driver's default (the
   *     operating system user)
   * @param password null or empty to use the URL's, if any
   * @throws ConfigException when the URL is not a PostgreSQL JDBC URL
   */
  public static DataSource dataSource(String url, String user, String password) {
    return dataSource(url, user, password, null);
  }

  /**
   * As {@link #dataSource(String, String, String)}, with the tables in {@code schema} (which
   * must exist) whatever the URL says; null keeps the URL's.
   */
  public static DataSource dataSource(String url, String user, String password, String schema) {
    Properties parsed = url == null ? null : Driver.parseURL(url, null);
    if (parsed == null) {
      throw new ConfigException("not a PostgreSQL JDBC URL: " + redact(url));
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    if (user != null && !user.isBlank()) {
      ds.setUser(user);
    }
    if (password != null && !password.isEmpty()) {
      ds.setPassword(password);
    }
    if (!PGProperty.CONNECT_TIMEOUT.isPresent(parsed)) {
      ds.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
    }
    if (!PGProperty.LOGIN_TIMEOUT.isPresent(parsed)) {
      ds.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
    }
    if (!PGProperty.SOCKET_TIMEOUT.isPresent(parsed)) {
      ds.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
    }
    if (!PGProperty.TCP_KEEP_ALIVE.isPresent(parsed)) {
      ds.setTcpKeepAlive(true);
    }
    if (!PGProperty.APPLICATION_NAME.isPresent(parsed)) {
      ds.setApplicationName("newsflow-sink");
    }
    if (schema != null) {
      ds.setCurrentSchema(schema);
    }
    return ds;
  }

  /** The URL with the values of password parameters replaced by {@code ****}, for logs. */
  public static String redact(String url) {
    return url == null ? null : SECRET_PARAMETER.matcher(url).replaceAll("$1****");
  }
}
