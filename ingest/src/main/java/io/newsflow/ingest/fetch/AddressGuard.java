package io.newsflow.ingest.fetch;

import io.newsflow.core.error.ConfigException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The SSRF guard: a host may be contacted only when EVERY address it resolves to is public, or
 * allow-listed in {@code ingest.allow-addresses} (host names, IP addresses or CIDR ranges).
 * Checking every address, not just the first, matters: the HTTP client may pick any of them.
 *
 * <p>The guard resolves the name, then the HTTP client resolves it again to connect; an attacker
 * controlling DNS could answer differently the second time (DNS rebinding). Java 17's HTTP client
 * offers no hook to connect to the address checked here, so that window cannot be closed; it is
 * narrowed by the JVM's positive DNS cache ({@code networkaddress.cache.ttl}, 30 s by default),
 * which both lookups share, so the client normally connects to an address this guard checked.
 */
final class AddressGuard {

  /** Why a host may not be contacted. */
  record Refusal(boolean unresolvable, String reason) {}

  private final List<CidrRange> allowedRanges = new ArrayList<>();
  private final Set<String> allowedHosts = new HashSet<>();
  private final HostResolver resolver;

  AddressGuard(List<String> allowList, HostResolver resolver) {
    this.resolver = resolver;
    for (String entry : allowList) {
      String item = entry.strip();
      if (item.isEmpty()) {
        continue;
      }
      if (item.contains("/") || CidrRange.literal(item).isPresent()) {
        try {
          allowedRanges.add(CidrRange.parse(item));
        } catch (IllegalArgumentException e) {
          throw new ConfigException("ingest.allow-addresses: " + e.getMessage(), e);
        }
      } else {
        allowedHosts.add(hostKey(item));
      }
    }
  }

  /** Empty when {@code host} may be contacted, else why not. */
  Optional<Refusal> check(String host) {
    if (host == null || host.isEmpty()) {
      return Optional.of(new Refusal(true, "no host"));
    }
    if (allowedHosts.contains(hostKey(host))) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    Optional<InetAddress> literal = CidrRange.literal(host);
    if (literal.isPresent()) {
      addresses = new InetAddress[] {literal.get()};
    } else {
      try {
        addresses = resolver.resolve(host);
      } catch (UnknownHostException e) {
        return Optional.of(new Refusal(true, "unknown host " + host));
      }
      if (addresses == null || addresses.length == 0) {
        return Optional.of(new Refusal(true, "unknown host " + host));
      }
    }
    for (InetAddress address : addresses) {
      Optional<String> special = SpecialAddresses.whyNotPublic(address);
      if (special.isPresent() && allowedRanges.stream().noneMatch(r -> r.contains(address))) {
        return Optional.of(
            new Refusal(false, host + " resolves to " + special.get() + ", not allow-listed"));
      }
    }
    return Optional.empty();
  }

  private static String hostKey(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
