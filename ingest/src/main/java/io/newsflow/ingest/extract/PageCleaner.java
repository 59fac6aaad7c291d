package io.newsflow.ingest.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Sorts out what is not article text before the main content is looked for. {@link #removeJunk}
 * removes what never is (scripts, styles, media, form controls, navigation, asides, captions,
 * comments, hidden elements); {@link #markBoilerplate} marks, without removing, elements whose
 * class, id or role names them as boilerplate (share bars, comments, related stories, newsletter
 * boxes, cookie banners, bylines, tag lists, ...). An element that holds most of the page's text, or that
 * wraps the page's {@code <h1>}, {@code <main>} or article body, is kept whatever its name says,
 * because layouts put such names on wrappers ("with-sidebar", "sharebar-container").
 */
final class PageCleaner {
  /** Share of the page's text above which a "layout" element is taken for a wrapper. */
  private static final double WRAPPER_SHARE = 0.3;

  /** An element with this share of the page's text is a wrapper whatever its name. */
  private static final double MAJORITY = 0.6;

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

  /** The boilerplate elements under {@code root}, outermost only; the page is left as it is. */
  static Set<Element> markBoilerplate(Element root, TextStats stats, List<Element> landmarks) {
    int pageText = Math.max(1, stats.get(root).text);
    Set<Element> wrappers = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element landmark : landmarks) {
      for (Element p = landmark; p != null && p != root; p = p.parent()) {
        if (!wrappers.add(p)) {
          break;
        }
      }
    }
    Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e == root) {
              return FilterResult.CONTINUE;
            }
            if (!wrappers.contains(e) && isBoilerplate(e, stats, pageText)) {
              marked.add(e);
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
    return marked;
  }

  private static boolean isBoilerplate(Element e, TextStats stats, int pageText) {
    String name = e.normalName();
    if (name.equals("body") || name.equals("html") || name.equals("main") || name.equals("a")) {
      return false;
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    double share = (double) stats.get(e).text / pageText;
    if (name.equals("form") || name.equals("noscript")) {
      return share < WRAPPER_SHARE;
    }
    if (name.equals("footer")) {
      return share < WRAPPER_SHARE;
    }
    String names = ClassHints.names(e);
    boolean content = ClassHints.isContent(names);
    if (name.equals("article")) {
      return false;
    }
    if (ClassHints.isBoilerplate(names)) {
      return share < MAJORITY && !(content && share >= WRAPPER_SHARE);
    }
    if (ClassHints.hasLayoutRole(e) || ClassHints.isLayout(names)) {
      return !content && share < WRAPPER_SHARE;
    }
    return false;
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
