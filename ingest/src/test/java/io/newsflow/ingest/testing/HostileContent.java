package io.newsflow.ingest.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Hostile documents, generated: XML that declares entities (the "billion laughs" expansion bomb,
 * an external entity reaching for a URL, an external DTD), gzip bombs and deeply nested HTML.
 * Shared by the fetcher-level tests here and, through the test jar, by the pipeline-level fault
 * test in app, so both feed the pipeline the same corpus. See {@link WarcFiles} for damaged WARCs.
 */
public final class HostileContent {
  private static final int MIB = 1024 * 1024;

  private HostileContent() {}

  /**
   * The internal subset of the classic entity expansion bomb: {@code &lol9;} expands to 10^9
   * copies of "lol" (3 GB) in a parser that expands entities.
   */
  public static String billionLaughsSubset() {
    StringBuilder subset = new StringBuilder("[<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      subset.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10))
          .append("\">");
    }
    return subset.append("]").toString();
  }

  /** An RSS feed of {@code links} behind a billion-laughs DOCTYPE, its title {@code &lol9;}. */
  public static String billionLaughsFeed(String... links) {
    return feed("<!DOCTYPE rss " + billionLaughsSubset() + ">", "&lol9;", links);
  }

  /** A sitemap of {@code links} behind a billion-laughs DOCTYPE, each loc ending in it. */
  public static String billionLaughsSitemap(String... links) {
    return sitemap("<!DOCTYPE urlset " + billionLaughsSubset() + ">", "&lol9;", links);
  }

  /**
   * An RSS feed of {@code links} whose DOCTYPE declares an external entity at {@code secretUrl}
   * (XXE), its title {@code &secret;}: a parser that resolves it requests the URL.
   */
  public static String externalEntityFeed(String secretUrl, String... links) {
    return feed("<!DOCTYPE rss [<!ENTITY secret SYSTEM \"" + secretUrl + "\">]>", "&secret;",
        links);
  }

  /** A sitemap of {@code links} whose DOCTYPE declares an external entity at {@code secretUrl}. */
  public static String externalEntitySitemap(String secretUrl, String... links) {
    return sitemap("<!DOCTYPE urlset [<!ENTITY secret SYSTEM \"" + secretUrl + "\">]>",
        "&secret;", links);
  }

  /**
   * An RSS feed of {@code links} naming an external DTD at {@code dtdUrl} (which could declare
   * anything), its title an entity only that DTD would define: a parser that loads DTDs requests
   * the URL.
   */
  public static String externalDtdFeed(String dtdUrl, String... links) {
    return feed("<!DOCTYPE rss SYSTEM \"" + dtdUrl + "\">", "&fromDtd;", links);
  }

  /** {@code mebibytes} MiB of zero bytes, gzip-compressed in one member (about 1 KB per MiB). */
  public static byte[] gzipBomb(int mebibytes) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 64 * 1024)) {
      byte[] zeros = new byte[MIB];
      for (int i = 0; i < mebibytes; i++) {
        gzip.write(zeros);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compressed.toByteArray();
  }

  /** An article page whose article sits under {@code depth} nested {@code div}s. */
  public static String deeplyNestedPage(int depth, String title, String... paragraphs) {
    StringBuilder article = new StringBuilder("<article><h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      article.append("<p>").append(p).append("</p>");
    }
    article.append("</article>");
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title
        + "</title></head><body>" + "<div>".repeat(depth) + article + "</div>".repeat(depth)
        + "</body></html>";
  }

  private static String feed(String doctype, String title, String... links) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append(doctype)
        .append("<rss version=\"2.0\"><channel><title>").append(title)
        .append("</title><link>http://ledger.example/</link><description>Fictional news")
        .append("</description>");
    for (String link : links) {
      xml.append("<item><title>").append(title).append("</title><link>").append(link)
          .append("</link><pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  private static String sitemap(String doctype, String entity, String... links) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append(doctype)
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String link : links) {
      xml.append("<url><loc>").append(link).append("?").append(entity).append("</loc></url>");
    }
    return xml.append("</urlset>").toString();
  }
}
