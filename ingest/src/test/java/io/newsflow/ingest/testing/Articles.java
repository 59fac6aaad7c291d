package io.newsflow.ingest.testing;

/** Fictional article pages and listings for the tests. */
public final class Articles {
  private Articles() {}

  /** An article page with a title and paragraphs. */
  public static String page(String title, String... paragraphs) {
    StringBuilder html =
        new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
            .append(title)
            .append(" | The Larkspur Ledger</title></head><body><nav><a href=\"/\">Home</a></nav>")
            .append("<article><h1>")
            .append(title)
            .append("</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    return html.append("</article><footer>The Larkspur Ledger</footer></body></html>").toString();
  }

  /** An RSS 2.0 feed listing {@code urls} as items. */
  public static String rss(String... urls) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>The Larkspur Ledger</title><link>http://ledger.example/</link>"
                + "<description>Fictional news</description>");
    int n = 0;
    for (String url : urls) {
      xml.append("<item><title>Story ").append(++n).append("</title><link>").append(url)
          .append("</link><pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  /** A sitemap URL set listing {@code urls}. */
  public static String sitemap(String... urls) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String url : urls) {
      xml.append("<url><loc>").append(url).append("</loc></url>");
    }
    return xml.append("</urlset>").toString();
  }
}
