package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.error.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogFormatTest {

  @AfterEach
  void forget() {
    System.clearProperty(LogFormat.LOGBACK_CONFIG);
  }

  @Test
  void textIsTheDefaultAndLeavesLogbackOnItsOwnConfiguration() {
    assertThat(LogFormat.choose(new String[] {"run"}, Map.of())).isEqualTo("text");
    assertThat(System.getProperty(LogFormat.LOGBACK_CONFIG)).isNull();
  }

  @Test
  void theEnvironmentOrTheOptionChooseJsonAndTheOptionWins() {
    assertThat(LogFormat.choose(new String[] {"run"}, Map.of("NEWSFLOW_LOG_FORMAT", "JSON")))
        .isEqualTo("json");
    assertThat(System.getProperty(LogFormat.LOGBACK_CONFIG)).isEqualTo("logback-json.xml");
    assertThat(LogFormat.choose(new String[] {"run", "--log-format", "text"},
        Map.of("NEWSFLOW_LOG_FORMAT", "json"))).isEqualTo("text");
    assertThat(LogFormat.choose(new String[] {"sink", "--log-format=json"}, Map.of()))
        .isEqualTo("json");
  }

  @Test
  void anotherValueIsAConfigError() {
    assertThatThrownBy(() -> LogFormat.choose(new String[] {"--log-format", "xml"}, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("text or json");
  }
}
