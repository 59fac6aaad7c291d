package io.newsflow.core.config;

import java.nio.file.Path;
import java.time.Duration;

/** The sink stage: its consumer group, the JSON Lines files, the PostgreSQL tables, retries. */
public record SinkConfig(String groupId, Jsonl jsonl, Postgres postgres, Retry retry) {

  public SinkConfig {
    retry = retry == null ? Retry.DEFAULT : retry;
  }

  /** With the default retry settings. */
  public SinkConfig(String groupId, Jsonl jsonl, Postgres postgres) {
    this(groupId, jsonl, postgres, Retry.DEFAULT);
  }

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

  /**
   * How the sink waits for a destination that is down (PostgreSQL unreachable, disk full): the
   * wait starts at {@code initialBackoff} and doubles up to {@code maxBackoff}, with no limit on
   * the number of tries, since giving up would lose records.
   */
  public record Retry(Duration initialBackoff, Duration maxBackoff) {
    private static final Duration DEFAULT_INITIAL = Duration.ofMillis(500);
    private static final Duration DEFAULT_MAX = Duration.ofSeconds(30);
    public static final Retry DEFAULT = new Retry(DEFAULT_INITIAL, DEFAULT_MAX);

    public Retry {
      initialBackoff = initialBackoff == null ? DEFAULT_INITIAL : initialBackoff;
      maxBackoff = maxBackoff == null ? DEFAULT_MAX : maxBackoff;
      if (initialBackoff.isNegative() || initialBackoff.isZero()) {
        throw new IllegalArgumentException("sink.retry.initial-backoff must be positive");
      }
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "sink.retry.max-backoff must not be shorter than sink.retry.initial-backoff");
      }
    }
  }

  public SinkConfig withPostgresUrl(String url) {
    return new SinkConfig(groupId, jsonl,
        new Postgres(url, postgres.user(), postgres.password(), postgres.batchSize(),
            postgres.linger()),
        retry);
  }
}
