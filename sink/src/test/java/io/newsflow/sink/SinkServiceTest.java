package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.error.ConfigException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the service checks before it connects to anything. */
class SinkServiceTest {
  @TempDir Path dir;

  private NewsflowConfig config(Map<String, String> overrides) {
    Map<String, String> o = new HashMap<>(overrides);
    o.put("data-dir", dir.toString());
    return new ConfigLoader().load(null, Map.of(), o);
  }

  @Test
  void aSinkWithoutDestinationIsAConfigurationError() {
    NewsflowConfig config = config(Map.of("sink.jsonl.enabled", "false"));
    assertThatThrownBy(() -> new SinkService(config, new SimpleMeterRegistry()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no destination");
  }

  @Test
  void aBatchSizeBelowOneIsAConfigurationError() {
    NewsflowConfig config = config(Map.of("sink.postgres.batch-size", "0"));
    assertThatThrownBy(() -> new SinkService(config, new SimpleMeterRegistry()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("batch-size");
  }

  @Test
  void aUrlOfAnotherDatabaseIsRefusedWithoutShowingItsPassword() {
    NewsflowConfig config =
        config(Map.of("sink.postgres.url", "jdbc:mysql://db.test/news?password=hunter2"));
    assertThatThrownBy(() -> new SinkService(config, new SimpleMeterRegistry()))
        .isInstanceOf(ConfigException.class)
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void startingWithoutABrokerIsAConfigurationError() {
    try (SinkService sink = new SinkService(config(Map.of()), new SimpleMeterRegistry())) {
      assertThatThrownBy(sink::start)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("kafka.bootstrap-servers");
      assertThat(sink.caughtUp()).isFalse();
      assertThat(sink.isRunning()).isFalse();
    }
  }
}
