package io.newsflow.sink;

import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Sink configurations for the integration tests, built the way the launcher builds them. */
public final class SinkTestConfig {
  private SinkTestConfig() {}

  /**
   * @param jsonlDir null to disable the files
   * @param postgresUrl null to disable the table sink
   */
  public static NewsflowConfig of(String bootstrap, String topicPrefix, String group, Path dataDir,
      Path jsonlDir, String postgresUrl, String postgresUser) {
    Map<String, String> o = new HashMap<>();
    o.put("data-dir", dataDir.toString());
    o.put("kafka.bootstrap-servers", bootstrap);
    o.put("kafka.topic-prefix", topicPrefix);
    o.put("sink.group-id", group);
    // A killed member leaves the group after the session timeout: 45 s by default, 6 s here.
    o.put("kafka.properties.session.timeout.ms", "6000");
    o.put("kafka.properties.heartbeat.interval.ms", "1000");
    o.put("sink.jsonl.enabled", String.valueOf(jsonlDir != null));
    if (jsonlDir != null) {
      o.put("sink.jsonl.dir", jsonlDir.toString());
    }
    o.put("sink.postgres.url", postgresUrl == null ? "" : postgresUrl);
    o.put("sink.postgres.user", postgresUser == null ? "" : postgresUser);
    o.put("sink.postgres.batch-size", "50");
    o.put("sink.postgres.linger", "50ms");
    o.put("sink.retry.initial-backoff", "100ms");
    o.put("sink.retry.max-backoff", "1s");
    return new ConfigLoader().load(null, Map.of(), o);
  }
}
