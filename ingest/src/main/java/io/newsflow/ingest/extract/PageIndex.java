package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements metadata is read from, gathered in one pass over the page (one pass is much
 * cheaper than a CSS query per field): meta tags, JSON-LD scripts, headings, times, microdata
 * properties, the canonical link, byline candidates and paywall markers. Lists are in document
 * order.
 */
final class PageIndex {
  private static final Set<String> BYLINE_CLASSES =
      Set.of(
          "byline", "by-line", "author-name", "byline-name", "article-author", "post-author",
          "entry-author", "author", "writer", "author__name", "byline__name", "byline__author");
  private static final String[] PAYWALL_NAMES = {
    "paywall", "piano-offer", "meteredcontent", "premium-barrier", "subscriber-only", "regwall"
  };

  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLdScripts = new ArrayList<>();
  final List<Element> h1s = new ArrayList<>();
  final List<Element> mains = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> bylines = new ArrayList<>();
  /** Links marked {@code rel="tag"}, the microformat for an article's tags. */
  final List<Element> tagLinks = new ArrayList<>();
  final Map<String, List<Element>> itemprops = new HashMap<>();
  Element html;
  Element title;
  Element canonical;
  Element firstArticle;
  boolean paywallMarker;

  private PageIndex() {}

  static PageIndex of(Document doc) {
    PageIndex index = new PageIndex();
    NodeTraversor.traverse(index.new Collector(), doc);
    return index;
  }

  List<Element> itemprop(String name) {
    return itemprops.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** Elements that only the article's wrappers contain: the headline, main, the article body. */
  List<Element> landmarks() {
    List<Element> out = new ArrayList<>(h1s);
    out.addAll(mains);
    out.addAll(itemprop("articleBody"));
    return out;
  }

  /** The times inside the first {@code <article>}, or all when there is none. */
  List<Element> articleTimes() {
    if (firstArticle == null) {
      return times;
    }
    List<Element> inside = new ArrayList<>();
    for (Element t : times) {
      if (MainContentFinder.isAncestor(firstArticle, t)) {
        inside.add(t);
      }
    }
    return inside;
  }

  private final class Collector implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      switch (e.normalName()) {
        case "meta" -> metas.add(e);
        case "script" -> {
          if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            jsonLdScripts.add(e);
          }
        }
        case "h1" -> h1s.add(e);
        case "main" -> mains.add(e);
        case "time" -> times.add(e);
        case "html" -> html = html == null ? e : html;
        case "title" -> title = title == null ? e : title;
        case "article" -> firstArticle = firstArticle == null ? e : firstArticle;
        case "link" -> {
          if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
            canonical = e;
          }
        }
        default -> {}
      }
      if (e.attributesSize() == 0) {
        return;
      }
      // Attribute names are lower-cased by the HTML parser: plain lookups, no iteration.
      Attributes attrs = e.attributes();
      boolean byline = false;
      String itemprop = attrs.get("itemprop");
      if (!itemprop.isEmpty()) {
        String v = itemprop.strip().toLowerCase(Locale.ROOT);
        itemprops.computeIfAbsent(v, k -> new ArrayList<>(2)).add(e);
        byline = v.equals("author");
      }
      String rel = attrs.get("rel");
      if (!rel.isEmpty()) {
        String r = rel.toLowerCase(Locale.ROOT);
        byline |= r.equals("author");
        if (e.nameIs("a") && (r.equals("tag") || r.startsWith("tag ") || r.endsWith(" tag"))) {
          tagLinks.add(e);
        }
      }
      String cls = attrs.get("class");
      if (!cls.isEmpty()) {
        String v = cls.toLowerCase(Locale.ROOT);
        checkPaywall(v);
        if (!byline && (v.contains("byline") || v.contains("author") || v.contains("writer"))) {
          for (String c : v.split("\\s+")) {
            if (BYLINE_CLASSES.contains(c) || c.contains("byline")) {
              byline = true;
              break;
            }
          }
        }
      }
      String id = attrs.get("id");
      if (!id.isEmpty()) {
        checkPaywall(id.toLowerCase(Locale.ROOT));
      }
      if (byline) {
        bylines.add(e);
      }
    }

    private void checkPaywall(String names) {
      if (paywallMarker) {
        return;
      }
      for (String marker : PAYWALL_NAMES) {
        if (names.contains(marker)) {
          paywallMarker = true;
          return;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {}
  }
}
