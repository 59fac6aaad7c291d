package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialAddressesTest {

  private static InetAddress address(String literal) {
    return CidrRange.literal(literal).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "0.1.2.3",
        "10.0.0.1",
        "10.255.255.255",
        "100.64.0.1",
        "100.127.255.254",
        "127.0.0.1",
        "127.255.0.1",
        "169.254.169.254",
        "172.16.0.1",
        "172.31.255.255",
        "192.0.0.8",
        "192.0.2.10",
        "192.88.99.1",
        "192.168.0.1",
        "198.18.0.1",
        "198.19.255.1",
        "198.51.100.7",
        "203.0.113.9",
        "224.0.0.251",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255"
      })
  void nonPublicIpv4AddressesAreNotPublic(String literal) {
    assertThat(SpecialAddresses.whyNotPublic(address(literal))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "::",
        "::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "::127.0.0.1",
        "::8.8.8.8",
        "64:ff9b::10.0.0.1",
        "64:ff9b:1::1",
        "100::1",
        "2001::1",
        "2001:db8::1",
        "2002:0a00:0001::1",
        "2002:7f00:0001::1",
        "3fff::1",
        "fc00::1",
        "fd12:3456:789a::1",
        "fe80::1",
        "febf::1",
        "fec0::1",
        "ff02::1",
        "ff05::1:3"
      })
  void nonPublicIpv6AddressesAreNotPublic(String literal) {
    assertThat(SpecialAddresses.whyNotPublic(address(literal))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.1.1.1",
        "8.8.8.8",
        "93.184.216.34",
        "100.63.255.255",
        "100.128.0.0",
        "172.15.255.255",
        "172.32.0.1",
        "192.167.255.255",
        "198.17.255.255",
        "223.255.255.254",
        "2606:4700:4700::1111",
        "2a00:1450:4001:81a::200e",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:0808:0808::1"
      })
  void publicAddressesArePublic(String literal) {
    assertThat(SpecialAddresses.whyNotPublic(address(literal))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:0a00:0001::1"})
  void anIpv6FormCarryingAPrivateIpv4AddressSaysSo(String literal) {
    assertThat(SpecialAddresses.whyNotPublic(address(literal)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("10.0.0.1").contains("private"));
  }

  @Test
  void ipv6AddressesAreWrittenInTheirShortForm() {
    assertThat(SpecialAddresses.text(address("fd00:0:0:0:0:0:0:5"))).isEqualTo("fd00::5");
    assertThat(SpecialAddresses.text(address("::1"))).isEqualTo("::1");
    assertThat(SpecialAddresses.text(address("::"))).isEqualTo("::");
    assertThat(SpecialAddresses.text(address("2001:db8:0:1:0:0:0:1"))).isEqualTo("2001:db8:0:1::1");
    assertThat(SpecialAddresses.text(address("fe80::"))).isEqualTo("fe80::");
  }
}
