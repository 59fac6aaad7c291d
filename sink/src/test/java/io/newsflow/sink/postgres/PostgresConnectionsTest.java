package io.newsflow.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.error.ConfigException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class PostgresConnectionsTest {

  @Test
  void passwordsInTheUrlAreRedacted() {
    assertThat(PostgresConnections.redact(
        "jdbc:postgresql://db.test:5432/news?user=sink&password=s3cret&sslpassword=k3y&ssl=true"))
        .isEqualTo("jdbc:postgresql://db.test:5432/news?user=sink&password=****&sslpassword=****&ssl=true");
  }

  @Test
  void thePasswordMovesOutOfTheUrlTheDataSourceReports() {
    PGSimpleDataSource ds = (PGSimpleDataSource) PostgresConnections.dataSource(
        "jdbc:postgresql://db.test:5432/news?password=s3cret", "sink", null);
    assertThat(ds.getUrl()).doesNotContain("s3cret");
    assertThat(ds.getPassword()).isEqualTo("s3cret");
    assertThat(ds.getUser()).isEqualTo("sink");
  }

  @Test
  void timeoutsDefaultSoALostConnectionFailsInsteadOfHanging() {
    PGSimpleDataSource ds = (PGSimpleDataSource) PostgresConnections.dataSource(
        "jdbc:postgresql://db.test/news?socketTimeout=7", null, null);
    assertThat(ds.getSocketTimeout()).isEqualTo(7);
    assertThat(ds.getConnectTimeout()).isEqualTo(PostgresConnections.CONNECT_TIMEOUT_SECONDS);
    assertThat(ds.getLoginTimeout()).isEqualTo(PostgresConnections.LOGIN_TIMEOUT_SECONDS);
  }

  @Test
  void aUrlOfAnotherDatabaseIsAConfigurationError() {
    assertThatThrownBy(() -> PostgresConnections.dataSource("jdbc:mysql://db.test/news?password=x", null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageNotContaining("password=x");
  }
}
