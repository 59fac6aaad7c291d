package io.newsflow.core.article;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical form of an article URL: crawler-commons' normalisation (scheme and host
 * lower-cased, default port and fragment dropped, path and escapes normalised) with tracking
 * parameters removed.
 */
public final class CanonicalUrl {
  private static final Pattern TRACKING_PREFIX = Pattern.compile("^(utm_|mc_|pk_|hsa_|_hs|oly_).*");
  private static final Set<String> TRACKING_PARAMS =
      Set.of(
          "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
          "_ga", "_gl", "mkt_tok", "cmpid", "ocid", "soc_src", "soc_trk", "ncid", "sr_share",
          "cmp", "__twitter_impression");

  private static final BasicURLNormalizer NORMALIZER =
      BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING_PARAMS).build();

  private CanonicalUrl() {}

  /** Canonicalises {@code url}; throws {@link IllegalArgumentException} for a non-http(s) URL. */
  public static String of(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("empty URL");
    }
    String trimmed = url.strip();
    String scheme = trimmed.contains(":") ? trimmed.substring(0, trimmed.indexOf(':')) : "";
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    String normalised = NORMALIZER.filter(trimmed);
    if (normalised == null) {
      throw new IllegalArgumentException("malformed URL: " + url);
    }
    return dropTrackingPrefixes(normalised);
  }

  /**
   * The canonical URL of a fetched page: the one it declares when that is a valid URL on the same
   * host (a page may not claim another site's identity), else the fetched URL.
   */
  public static String choose(String fetchedUrl, String declaredCanonical) {
    String fetched = of(fetchedUrl);
    if (declaredCanonical == null || declaredCanonical.isBlank()) {
      return fetched;
    }
    try {
      String declared = of(declaredCanonical);
      return sameSite(host(fetched), host(declared)) ? declared : fetched;
    } catch (IllegalArgumentException e) {
      return fetched;
    }
  }

  /** The lower-cased host of {@code url}, or an empty string. */
  public static String host(String url) {
    try {
      String host = new URI(url).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }

  private static boolean sameSite(String a, String b) {
    return stripWww(a).equals(stripWww(b));
  }

  private static String stripWww(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String dropTrackingPrefixes(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    StringBuilder kept = new StringBuilder();
    for (String param : url.substring(q + 1).split("&")) {
      String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
      if (param.isEmpty() || TRACKING_PREFIX.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
        continue;
      }
      kept.append(kept.length() == 0 ? "" : "&").append(param);
    }
    return kept.length() == 0 ? url.substring(0, q) : url.substring(0, q + 1) + kept;
  }
}
