package io.newsflow.ingest.fetch;

import java.util.Locale;

/**
 * What kind of resource a fetch expects. A response of another kind ends as {@code not-html} before
 * its body is read, so an image or a video never costs a download.
 */
public enum ExpectedContent {
  /** An article or section page: HTML or XHTML only (a missing Content-Type is let through). */
  HTML("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"),
  /**
   * A feed, a sitemap or robots.txt: any text, XML or JSON type, and the gzip and octet-stream
   * types that {@code .xml.gz} sitemaps and badly configured feeds are served with.
   */
  XML_OR_TEXT(
      "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,"
          + "text/*;q=0.5,*/*;q=0.1"),
  /** Anything. */
  ANY("*/*");

  private final String acceptHeader;

  ExpectedContent(String acceptHeader) {
    this.acceptHeader = acceptHeader;
  }

  /** The Accept header sent for this kind. */
  public String acceptHeader() {
    return acceptHeader;
  }

  /**
   * Whether a response with this media type (the Content-Type without parameters, lower case, or
   * null when the header is missing) is of this kind.
   */
  public boolean accepts(String mediaType) {
    if (this == ANY || mediaType == null || mediaType.isEmpty()) {
      return true;
    }
    String type = mediaType.toLowerCase(Locale.ROOT);
    if (this == HTML) {
      return type.equals("text/html") || type.equals("application/xhtml+xml");
    }
    return type.startsWith("text/")
        || type.endsWith("/xml")
        || type.endsWith("+xml")
        || type.endsWith("/json")
        || type.endsWith("+json")
        || type.equals("application/gzip")
        || type.equals("application/x-gzip")
        || type.equals("application/octet-stream");
  }
}
