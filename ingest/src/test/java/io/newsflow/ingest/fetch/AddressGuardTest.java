package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.error.ConfigException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
  private final List<String> lookedUp = new ArrayList<>();

  private HostResolver table(Map<String, String> entries) {
    return host -> {
      lookedUp.add(host);
      String addresses = entries.get(host);
      if (addresses == null) {
        throw new UnknownHostException(host);
      }
      List<InetAddress> all = new ArrayList<>();
      for (String a : addresses.split(",")) {
        all.add(CidrRange.literal(a).orElseThrow());
      }
      return all.toArray(new InetAddress[0]);
    };
  }

  @Test
  void aHostWithOnlyPublicAddressesMayBeContacted() {
    AddressGuard guard =
        new AddressGuard(
            List.of(),
            table(Map.of("news.larkspur.example", "93.184.216.34,2606:2800:220:1::248")));
    assertThat(guard.check("news.larkspur.example")).isEmpty();
  }

  @Test
  void oneNonPublicAddressAmongPublicOnesIsEnoughToRefuse() {
    AddressGuard guard =
        new AddressGuard(
            List.of(), table(Map.of("rebind.larkspur.example", "93.184.216.34,fd00::5")));
    assertThat(guard.check("rebind.larkspur.example"))
        .hasValueSatisfying(
            refusal -> {
              assertThat(refusal.unresolvable()).isFalse();
              assertThat(refusal.reason()).contains("fd00::5").contains("unique-local");
            });
  }

  @Test
  void anAllowListedRangeLetsItsAddressesThrough() {
    AddressGuard guard =
        new AddressGuard(
            List.of("10.20.0.0/16", "::1/128"), table(Map.of("wire.internal", "10.20.3.4")));
    assertThat(guard.check("wire.internal")).isEmpty();
    assertThat(guard.check("[::1]")).isEmpty();
    assertThat(guard.check("10.21.0.1")).isPresent();
  }

  @Test
  void anAllowListedSingleAddressLetsOnlyItThrough() {
    AddressGuard guard = new AddressGuard(List.of("192.168.7.7"), table(Map.of()));
    assertThat(guard.check("192.168.7.7")).isEmpty();
    assertThat(guard.check("192.168.7.8")).isPresent();
  }

  @Test
  void anAllowListedHostNameIsNotCheckedFurther() {
    AddressGuard guard =
        new AddressGuard(
            List.of("Staging.Newsroom.Internal."),
            table(Map.of("staging.newsroom.internal", "10.1.1.1")));
    assertThat(guard.check("staging.newsroom.internal")).isEmpty();
  }

  @Test
  void ipLiteralsAreJudgedWithoutAskingDns() {
    AddressGuard guard = new AddressGuard(List.of(), table(Map.of()));
    assertThat(guard.check("10.0.0.1")).isPresent();
    assertThat(guard.check("[fe80::1]")).isPresent();
    assertThat(guard.check("8.8.8.8")).isEmpty();
    assertThat(lookedUp).isEmpty();
  }

  @Test
  void numericHostFormsAreJudgedByTheAddressTheyStandFor() {
    // The JVM reads these as 127.0.0.1 without DNS, as the HTTP client would to connect.
    AddressGuard guard = new AddressGuard(List.of(), HostResolver.SYSTEM);
    assertThat(guard.check("2130706433")).isPresent();
    assertThat(guard.check("127.1")).isPresent();
  }

  @Test
  void anUnknownHostIsUnresolvable() {
    AddressGuard guard = new AddressGuard(List.of(), table(Map.of()));
    assertThat(guard.check("nowhere.larkspur.example"))
        .hasValueSatisfying(refusal -> assertThat(refusal.unresolvable()).isTrue());
  }

  @Test
  void aBadAllowListEntryFailsAtStartUp() {
    assertThatThrownBy(() -> new AddressGuard(List.of("10.0.0.0/33"), table(Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("allow-addresses");
  }
}
