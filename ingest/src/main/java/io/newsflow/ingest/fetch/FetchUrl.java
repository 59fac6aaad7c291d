package io.newsflow.ingest.fetch;

import java.net.IDN;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the URLs found in feeds, pages and Location headers (with spaces, non-ASCII characters,
 * Unicode host names, relative forms) into the strict {@link URI} an HTTP client accepts, without
 * changing what they point at: existing escapes, the query and its order are kept; the fragment and
 * any user:password are dropped.
 */
final class FetchUrl {
  private static final String HEX = "0123456789ABCDEF";

  private FetchUrl() {}

  /**
   * @throws IllegalArgumentException for anything but an absolute http(s) URL with a host
   */
  static URI parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("empty URL");
    }
    try {
      return fromUrl(new URL(url.strip()));
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("malformed URL " + url + ": " + e.getMessage(), e);
    }
  }

  /** Resolves a Location header against the URL that sent it. */
  static URI resolve(URI base, String location) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("empty Location");
    }
    try {
      return fromUrl(new URL(base.toURL(), location.strip()));
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(
          "malformed Location " + location + ": " + e.getMessage(), e);
    }
  }

  /** {@code scheme://host[:port]}, the unit robots.txt applies to. */
  static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static URI fromUrl(URL url) {
    String scheme = url.getProtocol().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("no host in " + url);
    }
    host = host.toLowerCase(Locale.ROOT);
    if (!host.startsWith("[")) {
      try {
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad host name in " + url, e);
      }
      if (host.endsWith(".")) {
        host = host.substring(0, host.length() - 1);
      }
    }
    int port = url.getPort();
    if (port == url.getDefaultPort()) {
      port = -1;
    }
    String path = url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
    String query = url.getQuery();
    String text =
        scheme
            + "://"
            + host
            + (port < 0 ? "" : ":" + port)
            + escape(path)
            + (query == null ? "" : "?" + escape(query));
    try {
      URI uri = new URI(text);
      if (uri.getHost() == null) {
        // e.g. an underscore: java.net.URI, and so the HTTP client, cannot take such a host
        throw new IllegalArgumentException("host name not usable in a URI: " + host);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("malformed URL " + url + ": " + e.getMessage(), e);
    }
  }

  /** Percent-encodes what a URI may not hold, leaving valid escapes and reserved characters. */
  private static String escape(String part) {
    StringBuilder out = new StringBuilder(part.length() + 16);
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '%'
          && i + 2 < part.length()
          && isHex(part.charAt(i + 1))
          && isHex(part.charAt(i + 2))) {
        out.append(c);
      } else if (c < 0x80 && allowed(c)) {
        out.append(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < part.length() ? i + 2 : i + 1;
        for (byte b : part.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
        i = end - 1;
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80;
  }

  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
  }
}
