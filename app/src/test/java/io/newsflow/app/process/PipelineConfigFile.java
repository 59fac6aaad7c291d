package io.newsflow.app.process;

import io.newsflow.core.config.SourceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
    StringBuilder yaml = new StringBuilder()
        .append("ingest:\n")
        .append("  allow-addresses: [\"127.0.0.0/8\"]\n")
        .append("  host-delay: 20ms\n")
        .append("  concurrency: 8\n")
        .append("  poll-interval: ").append(pollInterval.toMillis()).append("ms\n")
        .append("  max-links-per-source: 500\n")
        .append("  sources:\n");
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
