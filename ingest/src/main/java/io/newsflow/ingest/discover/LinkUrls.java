package io.newsflow.ingest.discover;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;

/** Resolving and cleaning the URLs that sources list: absolute, http(s) only, no fragment. */
final class LinkUrls {
  private LinkUrls() {}

  /**
   * {@code href} resolved against {@code base} (which may be null when {@code href} is absolute),
   * without its fragment; null when the result is not an http(s) URL with a host.
   */
  static String resolve(String base, String href) {
    if (href == null) {
      return null;
    }
    String spec = href.strip().replace(" ", "%20").replace("\n", "").replace("\r", "")
        .replace("\t", "");
    if (spec.isEmpty() || spec.startsWith("#")) {
      return null;
    }
    try {
      // java.net.URL resolves against an empty-path base correctly (URI.resolve does not) and
      // accepts the unescaped characters real hrefs carry.
      URL context = base == null || base.isBlank() ? null : new URL(base.strip());
      return clean(new URL(context, spec));
    } catch (MalformedURLException | IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code url} without its fragment, or null when it is not an absolute http(s) URL. */
  static String clean(String url) {
    return resolve(null, url);
  }

  private static String clean(URL url) {
    String scheme = url.getProtocol().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    String host = url.getHost();
    if (host == null || host.isEmpty() || host.contains("%") || host.startsWith(".")) {
      return null;
    }
    String external = url.toExternalForm();
    int hash = external.indexOf('#');
    return hash < 0 ? external : external.substring(0, hash);
  }

  /** The host of an absolute URL, lower-cased, with a leading {@code www.} dropped. */
  static String siteHost(String url) {
    try {
      String host = new URL(url).getHost().toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (MalformedURLException e) {
      return "";
    }
  }
}
