package io.newsflow.web.trending;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.config.HostPort;
import io.newsflow.core.config.KafkaClientConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PageStreamsPropertiesTest {
  private static final KafkaClientConfig KAFKA =
      new KafkaClientConfig("127.0.0.1:9092", "", 3, (short) 1, Map.of());

  @Test
  void aStaticMemberNamesItsMainConsumersAndAnswersAtItsHttpAddress() {
    Properties props = PageStreams.properties(new PageStreamsConfig(KAFKA, "newsflow-web",
        new HostPort("127.0.0.1", 8080), Path.of("state"), 1, Duration.ofSeconds(5),
        "host-1a2b3c4d-web"));
    assertThat(props.get("main.consumer.group.instance.id")).isEqualTo("host-1a2b3c4d-web");
    assertThat(props.get("application.server")).isEqualTo("127.0.0.1:8080");
  }

  @Test
  void aDynamicMemberSetsNoInstanceId() {
    Properties props = PageStreams.properties(new PageStreamsConfig(KAFKA, "newsflow-web", null,
        Path.of("state"), 1, Duration.ofSeconds(5)));
    assertThat(props).doesNotContainKey("main.consumer.group.instance.id")
        .doesNotContainKey("application.server");
  }
}
