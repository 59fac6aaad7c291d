package io.newsflow.ingest.testing;

import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.config.SourceConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Configurations for tests: loopback allowed, no host delay, one try per request, short timeouts,
 * and no sources but the ones a test names (the defaults list real feeds).
 */
public final class TestConfigs {
  private TestConfigs() {}

  public static Map<String, String> fastFetching() {
    Map<String, String> overrides = new HashMap<>();
    overrides.put("ingest.allow-addresses", "127.0.0.0/8");
    overrides.put("ingest.host-delay", "0s");
    overrides.put("ingest.connect-timeout", "2s");
    overrides.put("ingest.read-timeout", "2s");
    overrides.put("ingest.max-attempts", "1");
    overrides.put("ingest.initial-backoff", "50ms");
    overrides.put("ingest.max-backoff", "1s");
    overrides.put("ingest.user-agent", "Newsflow/0.1 (+https://newsflow.example/bot; test)");
    return overrides;
  }

  public static NewsflowConfig config(Map<String, String> extra, List<SourceConfig> sources) {
    Map<String, String> overrides = fastFetching();
    overrides.putAll(extra);
    NewsflowConfig config = new ConfigLoader().load(null, Map.of(), overrides);
    return config.withIngest(config.ingest().withSources(sources));
  }

  public static NewsflowConfig config() {
    return config(Map.of(), List.of());
  }
}
