package io.newsflow.app.process;

import io.newsflow.core.config.SourceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A configuration file for a pipeline under test that ingests local sources (a {@code
 * SyntheticNewsSite}'s feeds): loopback allowed, a short per-host delay, a short poll interval,
 * PostgreSQL when given.
 */
public final class PipelineConfigFile {
  private PipelineConfigFile() {}

  /**
   * @param postgresUrl a JDBC URL, or null for JSON Lines files only
   */
  public static Path write(Path file, List<SourceConfig> sources, Duration pollInterval,
      String postgresUrl, String postgresUser) {
    return write(file, sources, pollInterval, postgresUrl, postgresUser, Map.of());
  }

  /**
   * As {@link #write(Path, List, Duration, String, String)}, with more {@code ingest} keys (e.g.
   * {@code max-body-bytes}, {@code read-timeout}), which also replace the ones written here.
   */
  public static Path write(Path file, List<SourceConfig> sources, Duration pollInterval,
      String postgresUrl, String postgresUser, Map<String, String> ingest) {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("allow-addresses", "[\"127.0.0.0/8\"]");
    keys.put("host-delay", "20ms");
    keys.put("concurrency", "8");
    keys.put("poll-interval", pollInterval.toMillis() + "ms");
    keys.put("max-links-per-source", "500");
    keys.putAll(ingest);
    StringBuilder yaml = new StringBuilder("ingest:\n");
    keys.forEach((key, value) -> yaml.append("  ").append(key).append(": ").append(value)
        .append('\n'));
    yaml.append("  sources:\n");
    for (SourceConfig s : sources) {
      yaml.append("    - type: ").append(s.type()).append('\n')
          .append("      url: \"").append(s.url()).append("\"\n");
    }
    if (postgresUrl != null) {
      yaml.append("sink:\n  postgres:\n    url: \"").append(postgresUrl).append("\"\n")
          .append("    user: \"").append(postgresUser == null ? "" : postgresUser).append("\"\n");
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
