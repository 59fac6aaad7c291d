package io.newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 address range in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}). */
final class CidrRange {
  private static final Pattern IPV4_LITERAL =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

  private final byte[] network;
  private final int prefixLength;
  private final String text;

  private CidrRange(byte[] network, int prefixLength, String text) {
    this.network = network;
    this.prefixLength = prefixLength;
    this.text = text;
  }

  /**
   * Parses {@code 10.0.0.0/8}, {@code ::1/128} or a bare address (a range of one).
   *
   * @throws IllegalArgumentException when it is not such a range
   */
  static CidrRange parse(String cidr) {
    String trimmed = cidr.strip();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    InetAddress parsed =
        literal(address)
            .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + cidr));
    byte[] bytes = parsed.getAddress();
    int bits = bytes.length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad prefix length in " + cidr, e);
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("prefix length out of range in " + cidr);
    }
    return new CidrRange(mask(bytes, prefix), prefix, trimmed);
  }

  /**
   * The address written in {@code text} when it is an IP literal (dotted-quad IPv4, or IPv6 with or
   * without brackets), without ever asking DNS; empty for a host name.
   */
  static Optional<InetAddress> literal(String text) {
    String s = text.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    boolean ipv4 = IPV4_LITERAL.matcher(s).matches();
    boolean ipv6 = s.indexOf(':') >= 0 && s.chars().allMatch(c -> isIpv6Char((char) c));
    if (!ipv4 && !ipv6) {
      return Optional.empty();
    }
    try {
      // Never a DNS lookup: the text is a literal (InetAddress only resolves names).
      InetAddress address = InetAddress.getByName(s);
      if (ipv6 && address instanceof Inet4Address) {
        // InetAddress turns ::ffff:a.b.c.d into a.b.c.d; keep the IPv6 form that was written.
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        System.arraycopy(address.getAddress(), 0, mapped, 12, 4);
        address = Inet6Address.getByAddress(null, mapped, -1);
      }
      return Optional.of(address);
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static boolean isIpv6Char(char c) {
    return c == ':' || c == '.' || Character.digit(c, 16) >= 0;
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length != network.length) {
      return false;
    }
    return Arrays.equals(mask(bytes, prefixLength), network);
  }

  private static byte[] mask(byte[] address, int prefix) {
    byte[] masked = address.clone();
    for (int i = 0; i < masked.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - i * 8));
      masked[i] = (byte) (masked[i] & (0xFF << (8 - keep)));
    }
    return masked;
  }

  @Override
  public String toString() {
    return text;
  }
}
