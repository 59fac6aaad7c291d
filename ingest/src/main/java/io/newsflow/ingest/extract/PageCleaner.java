package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text before the main content is looked for: scripts, styles,
 * media, form controls, navigation, asides, captions, hidden elements, and elements whose class,
 * id or role marks them as boilerplate (share bars, comments, related stories, newsletter boxes,
 * cookie banners, bylines, tag lists, ...). An element that holds most of the page's paragraphs is
 * kept whatever its name says, because some layouts put such names on the article's wrapper.
 */
final class PageCleaner {
  /** Share of the page's paragraph text above which a "layout" element is taken for a wrapper. */
  private static final double WRAPPER_SHARE = 0.3;

  private PageCleaner() {}

  static void removeJunk(Element root) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
              return FilterResult.REMOVE;
            }
            if (node instanceof Element e) {
              String name = e.normalName();
              if (Tags.isJunk(name) || isHidden(e)) {
                return FilterResult.REMOVE;
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        root);
  }

  static void removeBoilerplate(Element root, TextStats stats) {
    int pageText = Math.max(1, paragraphText(root, stats));
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e == root) {
              return FilterResult.CONTINUE;
            }
            if (isDoomed(e, stats, pageText)) {
              doomed.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        root);
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static boolean isDoomed(Element e, TextStats stats, int pageText) {
    String name = e.normalName();
    if (name.equals("body") || name.equals("html") || name.equals("main") || name.equals("a")) {
      return false;
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    double share = (double) stats.get(e).text / pageText;
    if (name.equals("form")) {
      return share < WRAPPER_SHARE;
    }
    if (name.equals("footer") || name.equals("header")) {
      return share < WRAPPER_SHARE;
    }
    String names = ClassHints.names(e);
    boolean content = ClassHints.isContent(names);
    if (name.equals("article")) {
      return false;
    }
    if (ClassHints.isBoilerplate(names)) {
      return !(content && share >= WRAPPER_SHARE);
    }
    if (ClassHints.hasLayoutRole(e) || ClassHints.isLayout(names)) {
      return !content && share < WRAPPER_SHARE;
    }
    return false;
  }

  private static int paragraphText(Element root, TextStats stats) {
    return stats.get(root).text;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
