package io.newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tells the addresses a crawler must never reach from the public ones: private, loopback,
 * link-local (cloud metadata at 169.254.169.254), multicast, unspecified, CGNAT, unique-local,
 * documentation, benchmarking and reserved ranges of IPv4 and IPv6 (after the IANA special-purpose
 * registries), and IPv6 forms that carry such an IPv4 address (mapped, NAT64, 6to4).
 */
final class SpecialAddresses {

  private record Range(CidrRange cidr, String name) {}

  private static final List<Range> IPV4 =
      List.of(
          range("0.0.0.0/8", "unspecified ('this network')"),
          range("10.0.0.0/8", "private"),
          range("100.64.0.0/10", "carrier-grade NAT (shared)"),
          range("127.0.0.0/8", "loopback"),
          range("169.254.0.0/16", "link-local"),
          range("172.16.0.0/12", "private"),
          range("192.0.0.0/24", "IETF protocol assignment"),
          range("192.0.2.0/24", "documentation"),
          range("192.88.99.0/24", "6to4 relay anycast"),
          range("192.168.0.0/16", "private"),
          range("198.18.0.0/15", "benchmarking"),
          range("198.51.100.0/24", "documentation"),
          range("203.0.113.0/24", "documentation"),
          range("224.0.0.0/4", "multicast"),
          range("240.0.0.0/4", "reserved (or broadcast)"));

  private static final CidrRange IPV4_MAPPED = CidrRange.parse("::ffff:0:0/96");
  private static final CidrRange NAT64 = CidrRange.parse("64:ff9b::/96");
  private static final CidrRange SIX_TO_FOUR = CidrRange.parse("2002::/16");

  private static final List<Range> IPV6 =
      List.of(
          range("::/128", "unspecified"),
          range("::1/128", "loopback"),
          // The rest of ::/8 holds IPv4-compatible and -translated forms: nothing to fetch.
          range("::/8", "reserved (IPv4-compatible or -translated)"),
          range("64:ff9b:1::/48", "local-use NAT64"),
          range("100::/64", "discard-only"),
          range("2001:db8::/32", "documentation"),
          range("2001::/23", "IETF protocol assignment (Teredo, benchmarking, ORCHID)"),
          range("3fff::/20", "documentation"),
          range("5f00::/16", "segment routing"),
          range("fc00::/7", "unique-local"),
          range("fe80::/10", "link-local"),
          range("fec0::/10", "site-local"),
          range("ff00::/8", "multicast"));

  private SpecialAddresses() {}

  private static Range range(String cidr, String name) {
    return new Range(CidrRange.parse(cidr), name);
  }

  /**
   * Why {@code address} is not a public unicast address (e.g. {@code "10.0.0.1 is private
   * (10.0.0.0/8)"}), or empty when it is one.
   */
  static Optional<String> whyNotPublic(InetAddress address) {
    Optional<Inet4Address> embedded = embeddedIpv4(address);
    if (embedded.isPresent()) {
      return whyNotPublic(embedded.get()).map(reason -> text(address) + " carries " + reason);
    }
    List<Range> ranges = address instanceof Inet4Address ? IPV4 : IPV6;
    for (Range range : ranges) {
      if (range.cidr().contains(address)) {
        return Optional.of(text(address) + " is " + range.name() + " (" + range.cidr() + ")");
      }
    }
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return Optional.of(text(address) + " is not a public address");
    }
    return Optional.empty();
  }

  /** The address as people write it: IPv6 with its longest run of zero groups as "::". */
  static String text(InetAddress address) {
    byte[] b = address.getAddress();
    if (b.length == 4) {
      return address.getHostAddress();
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }

  /** The IPv4 address inside an IPv4-mapped, NAT64 or 6to4 IPv6 address. */
  private static Optional<Inet4Address> embeddedIpv4(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length != 16) {
      return Optional.empty();
    }
    if (IPV4_MAPPED.contains(address) || NAT64.contains(address)) {
      return Optional.of(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
    }
    if (SIX_TO_FOUR.contains(address)) {
      return Optional.of(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
    }
    return Optional.empty();
  }

  private static Inet4Address ipv4(byte[] bytes) {
    try {
      return (Inet4Address) InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
