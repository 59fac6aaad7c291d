package io.newsflow.ingest.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads sitemaps through crawler-commons: sitemap indexes, URL sets, Google News sitemaps ({@code
 * news:title} and {@code news:publication_date} become the title and published date), {@code
 * lastmod} (the modified date), gzip-compressed sitemaps, text sitemaps, and feeds used as
 * sitemaps.
 *
 * <p>Links on other hosts are kept (sitemaps of news sites often live under a path their articles
 * are not under, or on a CDN host). Relative {@code loc}s are resolved against the sitemap URL.
 * Before XML reaches the parser it gets the same decoding and repair as feeds ({@link XmlDecoding},
 * {@link XmlRepair}); a DOCTYPE with an internal subset is refused, and crawler-commons' parser
 * disallows DOCTYPEs and external entities on its own too. Decompressed size is bounded so a gzip
 * bomb cannot exhaust memory: inflating stops at the limit with a {@link
 * DocumentTooLargeException}. Thread-safe.
 */
public final class SitemapParser {
  /** The sitemaps.org limit on an uncompressed sitemap. */
  public static final int DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

  private final int maxBytes;

  public SitemapParser() {
    this(DEFAULT_MAX_BYTES);
  }

  /** @param maxBytes the largest (decompressed) sitemap accepted */
  public SitemapParser(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * The content of the sitemap at {@code sitemapUrl}.
   *
   * @param body the sitemap's bytes: XML or text, gzip-compressed or not
   * @throws DiscoveryException when it is neither a sitemap nor a feed, or cannot be read
   */
  public SitemapContent parse(byte[] body, String sitemapUrl) {
    URL url = url(sitemapUrl);
    if (body == null || body.length == 0) {
      throw new DiscoveryException(sitemapUrl, "empty document");
    }
    byte[] bytes = isGzip(body) ? gunzip(body, sitemapUrl) : body;
    if (bytes.length > maxBytes) {
      throw new DocumentTooLargeException(
          sitemapUrl, "sitemap of " + bytes.length + " bytes exceeds the limit of " + maxBytes);
    }
    String text = XmlDecoding.decode(bytes, null);
    String start = text.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    crawlercommons.sitemaps.SiteMapParser parser = newParser(sitemapUrl);
    AbstractSiteMap sitemap;
    try {
      if (start.regionMatches(true, 0, "http://", 0, 7)
          || start.regionMatches(true, 0, "https://", 0, 8)) {
        sitemap = parser.parseSiteMap(
            "text/plain", start.getBytes(StandardCharsets.UTF_8), url);
      } else {
        String xml = XmlRepair.trimToMarkup(text, sitemapUrl);
        if (XmlRepair.looksLikeHtml(xml)) {
          throw new DiscoveryException(sitemapUrl, "an HTML page, not a sitemap");
        }
        xml = XmlRepair.repair(xml, sitemapUrl);
        sitemap = parser.parseSiteMap(
            "application/xml", xml.getBytes(StandardCharsets.UTF_8), url);
      }
    } catch (UnknownFormatException e) {
      throw new DiscoveryException(sitemapUrl, "not a readable sitemap: " + reason(e), e);
    } catch (IOException e) {
      throw new DiscoveryException(sitemapUrl, "unreadable sitemap: " + e.getMessage(), e);
    }
    return content(sitemap);
  }

  private static crawlercommons.sitemaps.SiteMapParser newParser(String sitemapUrl) {
    // Not strict: keep links outside the sitemap's directory. Not partial: a broken sitemap fails.
    crawlercommons.sitemaps.SiteMapParser parser =
        new crawlercommons.sitemaps.SiteMapParser(false, false);
    parser.enableExtension(Extension.NEWS);
    parser.setURLFilter((String loc) -> LinkUrls.resolve(sitemapUrl, loc));
    return parser;
  }

  private static SitemapContent content(AbstractSiteMap sitemap) {
    if (sitemap.isIndex()) {
      Map<String, DiscoveredLink> children = new LinkedHashMap<>();
      for (AbstractSiteMap child : ((SiteMapIndex) sitemap).getSitemaps()) {
        if (child.getUrl() != null) {
          String url = child.getUrl().toExternalForm();
          children.putIfAbsent(url, new DiscoveredLink(url, null, null,
              utc(child.getLastModified())));
        }
      }
      return new SitemapContent(
          SitemapContent.Kind.INDEX, new ArrayList<>(children.values()), List.of());
    }
    Map<String, DiscoveredLink> links = new LinkedHashMap<>();
    for (SiteMapURL entry : ((SiteMap) sitemap).getSiteMapUrls()) {
      String url = entry.getUrl().toExternalForm();
      String title = null;
      OffsetDateTime published = null;
      ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
      if (news != null) {
        for (ExtensionMetadata metadata : news) {
          NewsAttributes attributes = (NewsAttributes) metadata;
          title = title != null ? title : FeedParser.plainText(attributes.getTitle());
          if (published == null && attributes.getPublicationDateTime() != null) {
            published = attributes.getPublicationDateTime().toOffsetDateTime();
          }
        }
      }
      links.putIfAbsent(url,
          new DiscoveredLink(url, title, published, utc(entry.getLastModified())));
    }
    SitemapContent.Kind kind = switch (sitemap.getType()) {
      case TEXT -> SitemapContent.Kind.TEXT;
      case RSS, ATOM -> SitemapContent.Kind.FEED;
      default -> SitemapContent.Kind.URL_SET;
    };
    return new SitemapContent(kind, List.of(), new ArrayList<>(links.values()));
  }

  private static OffsetDateTime utc(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }

  private static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
  }

  private byte[] gunzip(byte[] body, String sitemapUrl) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, body.length * 8));
      byte[] buffer = new byte[16 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + n > maxBytes) {
          throw new DocumentTooLargeException(
              sitemapUrl, "gzip sitemap inflates beyond the limit of " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new DiscoveryException(sitemapUrl, "corrupt gzip: " + e.getMessage(), e);
    }
  }

  private static URL url(String sitemapUrl) {
    try {
      return new URL(sitemapUrl);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a URL: " + sitemapUrl, e);
    }
  }

  private static String reason(UnknownFormatException e) {
    Throwable cause = e.getCause();
    return cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
  }
}
