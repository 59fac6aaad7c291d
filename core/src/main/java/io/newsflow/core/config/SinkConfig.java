package io.newsflow.core.config;

import java.nio.file.Path;
import java.time.Duration;

/** The sink stage: its consumer group, the JSON Lines files and the PostgreSQL tables. */
public record SinkConfig(String groupId, Jsonl jsonl, Postgres postgres) {

  /**
   * @param dir null or empty for {@code data-dir/articles}
   */
  public record Jsonl(boolean enabled, Path dir, long maxFileBytes, boolean gzip) {}

  /** @param url empty disables the table sink */
  public record Postgres(String url, String user, String password, int batchSize, Duration linger) {
    public boolean enabled() {
      return url != null && !url.isBlank();
    }

    @Override
    public String toString() {
      return "Postgres[url=" + url + ", user=" + user + ", password=" + Secrets.mask(password)
          + ", batchSize=" + batchSize + ", linger=" + linger + "]";
    }
  }

  public SinkConfig withPostgresUrl(String url) {
    return new SinkConfig(groupId, jsonl,
        new Postgres(url, postgres.user(), postgres.password(), postgres.batchSize(),
            postgres.linger()));
  }
}
