package io.newsflow.ingest.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses fetched bytes into a jsoup document with the header's charset when the JVM knows it,
 * else jsoup's own detection (BOM, meta tag, UTF-8). To be replaced by the extract package's
 * {@code HtmlPages.parse} once it is merged.
 */
public final class PageParser {
  private PageParser() {}

  public static Document parse(byte[] body, String headerCharset, String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), known(headerCharset), url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + url, e);
    }
  }

  private static String known(String charset) {
    if (charset == null || charset.isBlank()) {
      return null;
    }
    try {
      return Charset.isSupported(charset.strip()) ? charset.strip() : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }
}
