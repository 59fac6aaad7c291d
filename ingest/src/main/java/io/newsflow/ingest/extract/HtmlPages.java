package io.newsflow.ingest.extract;

import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns fetched bytes into a jsoup {@link Document}, decoding them with the charset a browser
 * would pick: the Content-Type header's, else the byte-order mark's, else the one a meta tag
 * declares, else UTF-8 when the bytes are valid UTF-8 and windows-1252 otherwise. A declared
 * charset that is unknown is ignored; one that the bytes contradict (a page labelled UTF-8 that is
 * not valid UTF-8, or a page labelled Latin-1 whose bytes are valid multi-byte UTF-8 and whose meta
 * tag says UTF-8) is corrected. Never throws for garbage input.
 */
public final class HtmlPages {

  private HtmlPages() {}

  /**
   * @param body the response body, possibly empty or binary
   * @param headerCharset the charset named by the Content-Type header, or null
   * @param url the page URL, the base for relative links
   */
  public static Document parse(byte[] body, String headerCharset, String url) {
    byte[] bytes = body == null ? new byte[0] : body;
    Charset charset = CharsetSniffer.choose(bytes, headerCharset);
    String html = CharsetSniffer.decode(bytes, charset);
    return Jsoup.parse(html, url == null ? "" : url);
  }
}
