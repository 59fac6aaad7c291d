package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrRangeTest {

  private static boolean contains(String cidr, String address) {
    return CidrRange.parse(cidr).contains(CidrRange.literal(address).orElseThrow());
  }

  @Test
  void anIpv4RangeHoldsTheAddressesUnderItsPrefix() {
    assertThat(contains("172.16.0.0/12", "172.31.255.255")).isTrue();
    assertThat(contains("172.16.0.0/12", "172.32.0.0")).isFalse();
    assertThat(contains("100.64.0.0/10", "100.127.1.1")).isTrue();
  }

  @Test
  void anIpv6RangeHoldsTheAddressesUnderItsPrefix() {
    assertThat(contains("fc00::/7", "fdff::1")).isTrue();
    assertThat(contains("fc00::/7", "fe00::1")).isFalse();
    assertThat(contains("fe80::/10", "febf:ffff::1")).isTrue();
  }

  @Test
  void anIpv4RangeNeverHoldsAnIpv6Address() {
    assertThat(contains("0.0.0.0/0", "::1")).isFalse();
  }

  @Test
  void aBareAddressIsARangeOfOne() {
    assertThat(contains("10.0.0.1", "10.0.0.1")).isTrue();
    assertThat(contains("10.0.0.1", "10.0.0.2")).isFalse();
  }

  @Test
  void anIpv4MappedLiteralKeepsItsIpv6Form() {
    assertThat(CidrRange.literal("::ffff:10.0.0.1").orElseThrow().getAddress()).hasSize(16);
  }

  @Test
  void hostNamesAreNotLiterals() {
    assertThat(CidrRange.literal("news.larkspur.example")).isEmpty();
    assertThat(CidrRange.literal("1.2.3")).isEmpty();
    assertThat(CidrRange.literal("256.1.1.1")).isEmpty();
    assertThat(CidrRange.literal("cafe")).isEmpty();
  }

  @Test
  void aMalformedRangeIsRejected() {
    assertThatThrownBy(() -> CidrRange.parse("10.0.0.0/40"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CidrRange.parse("intranet/8"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CidrRange.parse("10.0.0.0/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
