package io.newsflow.ingest.discover;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jsoup.Jsoup;

/**
 * Reads the article links of an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom 1.0/0.3 feed through ROME.
 *
 * <p>Tolerant of what real feeds get wrong (see {@link XmlDecoding} and {@link XmlRepair}): wrong
 * or missing encodings, garbage around the document, unescaped ampersands, HTML entities, HTML in
 * titles, relative links (resolved against {@code xml:base} and the feed URL), and dates in any of
 * the formats {@link FeedDates} knows. A missing date is null. Links are absolute, http(s),
 * fragment-free, de-duplicated and in document order.
 *
 * <p>Safe on hostile input: a DOCTYPE with an internal subset is refused before parsing, and ROME's
 * parser itself disallows DOCTYPEs and external entities, so neither external entities nor entity
 * expansion can happen. Thread-safe.
 */
public final class FeedParser {
  /** Larger documents are refused; a news feed is rarely above a few megabytes. */
  public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

  private static final List<String> PUBLISHED_ORDER =
      List.of("pubDate", "published", "issued", "date", "created");
  private static final List<String> MODIFIED_ORDER = List.of("updated", "modified");
  private static final Set<String> NOT_ARTICLE_RELS =
      Set.of("self", "edit", "enclosure", "replies", "license", "via", "related", "next", "previous");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?");

  private final int maxBytes;

  public FeedParser() {
    this(DEFAULT_MAX_BYTES);
  }

  public FeedParser(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The article links of the feed at {@code feedUrl}, its charset unknown. */
  public List<DiscoveredLink> parse(byte[] body, String feedUrl) {
    return parse(body, feedUrl, null);
  }

  /**
   * The article links of the feed at {@code feedUrl}.
   *
   * @param body the feed's bytes, already decoded from any content encoding
   * @param feedUrl where it was fetched from (after redirects): relative links resolve against it
   * @param httpCharset the charset the HTTP Content-Type named, or null
   * @throws DiscoveryException when the document is not a feed or cannot be read, with the reason
   */
  public List<DiscoveredLink> parse(byte[] body, String feedUrl, String httpCharset) {
    if (body == null || body.length == 0) {
      throw new DiscoveryException(feedUrl, "empty document");
    }
    if (body.length > maxBytes) {
      throw new DocumentTooLargeException(
          feedUrl, "feed of " + body.length + " bytes exceeds the limit of " + maxBytes);
    }
    String text = XmlRepair.trimToMarkup(XmlDecoding.decode(body, httpCharset), feedUrl);
    if (XmlRepair.looksLikeHtml(text)) {
      throw new DiscoveryException(feedUrl, "an HTML page, not a feed");
    }
    Document document = parseXml(XmlRepair.repair(text, feedUrl), feedUrl);
    SyndFeed feed;
    try {
      feed = new SyndFeedInput(false, Locale.US).build(document);
    } catch (IllegalArgumentException e) {
      throw new DiscoveryException(
          feedUrl, "not a feed: root element <" + document.getRootElement().getName() + ">", e);
    } catch (FeedException e) {
      throw new DiscoveryException(feedUrl, "unreadable feed: " + e.getMessage(), e);
    }
    return links(feed, document, feedUrl);
  }

  /**
   * Parses XML with ROME's hardened SAX builder: DOCTYPE declarations disallowed, external
   * entities and DTDs never loaded, entities never expanded.
   */
  static Document parseXml(String xml, String source) {
    try {
      return new HardenedInput().saxBuilder().build(new StringReader(xml));
    } catch (JDOMParseException e) {
      String where = e.getLineNumber() > 0
          ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
      throw new DiscoveryException(source, "not well-formed XML" + where + ": " + cause(e), e);
    } catch (JDOMException | IOException e) {
      throw new DiscoveryException(source, "unreadable XML: " + e.getMessage(), e);
    }
  }

  private static String cause(JDOMParseException e) {
    Throwable root = e.getCause() != null ? e.getCause() : e;
    return root.getMessage();
  }

  private static List<DiscoveredLink> links(SyndFeed feed, Document document, String feedUrl) {
    List<SyndEntry> entries = feed.getEntries();
    List<Element> elements = entryElements(document.getRootElement());
    if (elements.size() != entries.size()) {
      elements = null; // cannot pair them up: fall back to what ROME alone gives
    }
    Map<String, DiscoveredLink> links = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      Element element = elements == null ? null : elements.get(i);
      String url = link(entry, element, feedUrl);
      if (url == null) {
        continue;
      }
      links.putIfAbsent(
          url,
          new DiscoveredLink(
              url, title(entry), date(element, PUBLISHED_ORDER, entry.getPublishedDate()),
              date(element, MODIFIED_ORDER, entry.getUpdatedDate())));
    }
    return List.copyOf(links.values());
  }

  /** The item or entry elements in document order, as ROME reads them. */
  private static List<Element> entryElements(Element root) {
    List<Element> found = new ArrayList<>();
    for (Element child : root.getChildren()) {
      String name = child.getName();
      if (name.equals("item") || name.equals("entry")) {
        found.add(child);
      } else if (name.equals("channel")) {
        for (Element item : child.getChildren()) {
          if (item.getName().equals("item")) {
            found.add(item);
          }
        }
      }
    }
    return found;
  }

  private static String link(SyndEntry entry, Element element, String feedUrl) {
    String base = element == null ? feedUrl : base(element, feedUrl);
    if (element != null) {
      // FeedBurner rewrote links to its own redirector and kept the real one here.
      String original = LinkUrls.resolve(base, childText(element, "origLink"));
      if (original != null) {
        return original;
      }
    }
    String link = entry.getLink();
    if (link != null && !link.isBlank()) {
      // ROME takes a guid for the link when there is none; a guid need not be a URL at all.
      boolean fromGuid = element != null && link.equals(entry.getUri()) && !hasLink(element);
      Element linkElement = element == null ? null : linkElement(element, link);
      String resolved =
          fromGuid ? LinkUrls.clean(link)
              : LinkUrls.resolve(linkElement == null ? base : base(linkElement, feedUrl), link);
      if (resolved != null) {
        return resolved;
      }
    }
    if (element != null) {
      for (Element child : element.getChildren()) {
        String rel = child.getAttributeValue("rel");
        if (child.getName().equals("link") && child.getAttributeValue("href") != null
            && (rel == null || !NOT_ARTICLE_RELS.contains(rel.toLowerCase(Locale.ROOT)))) {
          String resolved = LinkUrls.resolve(base(child, feedUrl), child.getAttributeValue("href"));
          if (resolved != null) {
            return resolved;
          }
        }
      }
    }
    return LinkUrls.clean(entry.getUri());
  }

  private static Element linkElement(Element entry, String href) {
    for (Element child : entry.getChildren()) {
      if (child.getName().equals("link") && href.equals(child.getAttributeValue("href"))) {
        return child;
      }
    }
    return null;
  }

  /** The base URI in force at {@code element}: its xml:base chain resolved against the feed URL. */
  private static String base(Element element, String feedUrl) {
    List<String> bases = new ArrayList<>();
    for (Element e = element; e != null; e = e.getParentElement()) {
      String value = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
      if (value != null) {
        bases.add(0, value);
      }
    }
    String base = feedUrl;
    for (String value : bases) {
      String resolved = LinkUrls.resolve(base, value);
      if (resolved != null) {
        base = resolved;
      }
    }
    return base;
  }

  private static String title(SyndEntry entry) {
    SyndContent title = entry.getTitleEx();
    String value = title != null && title.getValue() != null ? title.getValue() : entry.getTitle();
    return plainText(value);
  }

  /** Text without markup or entities, whitespace collapsed; null when nothing is left. */
  static String plainText(String value) {
    if (value == null) {
      return null;
    }
    String text = value;
    // jsoup only when there is markup or an entity to undo: it costs far more than the rest.
    if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0 && ENTITY.matcher(text).find()) {
      text = Jsoup.parseBodyFragment(text).text();
    }
    text = WHITESPACE.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * The first of the named child elements whose text is a date; ROME's reading of it otherwise
   * (ROME drops the original offset, so its date is the fallback).
   */
  private static OffsetDateTime date(Element element, List<String> names, Date romeDate) {
    if (element != null) {
      for (String name : names) {
        for (Element child : element.getChildren()) {
          if (child.getName().equals(name)) {
            OffsetDateTime parsed = FeedDates.parse(child.getTextNormalize());
            if (parsed != null) {
              return parsed;
            }
          }
        }
      }
    }
    return romeDate == null ? null : romeDate.toInstant().atOffset(ZoneOffset.UTC);
  }

  private static String childText(Element element, String name) {
    for (Element child : element.getChildren()) {
      if (child.getName().equals(name)) {
        return child.getTextTrim();
      }
    }
    return null;
  }

  private static boolean hasLink(Element element) {
    for (Element child : element.getChildren()) {
      if (child.getName().equals("link")
          && (!child.getTextTrim().isEmpty() || child.getAttributeValue("href") != null)) {
        return true;
      }
    }
    return false;
  }

  /** Opens ROME's protected, hardened SAX builder to this parser. */
  private static final class HardenedInput extends WireFeedInput {
    SAXBuilder saxBuilder() {
      return createSAXBuilder();
    }
  }
}
