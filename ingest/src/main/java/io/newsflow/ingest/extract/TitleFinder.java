package io.newsflow.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds an article's title: og:title, else the JSON-LD headline, else the page's first
 * {@code <h1>}, else {@code <title>}; a site-name suffix or prefix (" | Example News",
 * "Example News - ") is removed.
 */
final class TitleFinder {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»«/]\\s+|\\s+::\\s+");

  private TitleFinder() {}

  static String find(PageIndex index, MetaTags meta, JsonLd ld, String siteName) {
    String h1 = firstH1(index);
    String title = meta.first("og:title", "twitter:title");
    if (title == null) {
      title = ld.articleText("headline");
    }
    if (title == null) {
      title = h1;
    }
    if (title == null) {
      Element t = index.title;
      title = t == null ? null : t.text();
    }
    if (title == null || title.isBlank()) {
      return null;
    }
    return stripSiteName(title.replaceAll("\\s+", " ").strip(), siteName, h1);
  }

  private static String firstH1(PageIndex index) {
    var h1s = index.h1s;
    if (h1s.isEmpty()) {
      return null;
    }
    String text = h1s.get(0).text().strip();
    return text.isEmpty() ? null : text;
  }

  static String stripSiteName(String title, String siteName, String h1) {
    if (h1 != null && title.length() > h1.length() && title.startsWith(h1)
        && SEPARATOR.matcher(title.substring(h1.length())).lookingAt()) {
      return h1;
    }
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String site = siteName == null ? "" : siteName.toLowerCase(Locale.ROOT).strip();
    String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    String first = parts[0].toLowerCase(Locale.ROOT);
    if (!site.isEmpty() && (last.equals(site) || site.contains(last) || last.contains(site)
        || looksLikeDomain(last))) {
      return title.substring(0, lastSeparatorStart(title)).strip();
    }
    if (!site.isEmpty() && (first.equals(site) || looksLikeDomain(first))) {
      var m = SEPARATOR.matcher(title);
      return m.find() ? title.substring(m.end()).strip() : title;
    }
    if (looksLikeDomain(last)) {
      return title.substring(0, lastSeparatorStart(title)).strip();
    }
    return title;
  }

  private static int lastSeparatorStart(String title) {
    var m = SEPARATOR.matcher(title);
    int start = title.length();
    while (m.find()) {
      start = m.start();
    }
    return start;
  }

  private static boolean looksLikeDomain(String s) {
    return s.matches("(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
  }
}
