package io.newsflow.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.error.ConfigException;
import org.junit.jupiter.api.Test;

class HostPortTest {

  @Test
  void parsesAHostAndAPort() {
    assertThat(HostPort.parse("k", "127.0.0.1:9092")).isEqualTo(new HostPort("127.0.0.1", 9092));
    assertThat(HostPort.parse("k", " localhost:0 ")).isEqualTo(new HostPort("localhost", 0));
  }

  @Test
  void bracketsAnIpv6AddressBothWays() {
    HostPort v6 = HostPort.parse("k", "[::1]:8080");
    assertThat(v6.host()).isEqualTo("::1");
    assertThat(v6).hasToString("[::1]:8080");
  }

  @Test
  void knowsTheWildcardAddresses() {
    assertThat(HostPort.parse("k", "0.0.0.0:8080").wildcard()).isTrue();
    assertThat(HostPort.parse("k", "[::]:8080").wildcard()).isTrue();
    assertThat(HostPort.parse("k", "127.0.0.1:8080").wildcard()).isFalse();
  }

  @Test
  void aBadValueIsAConfigErrorNamingTheKey() {
    for (String bad : new String[] {"9092", "localhost:", ":9092", "host:port", "h:70000", ""}) {
      assertThatThrownBy(() -> HostPort.parse("kafka.embedded.listen", bad))
          .as(bad)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("kafka.embedded.listen");
    }
  }
}
