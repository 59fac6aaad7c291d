package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one iterative pass: visible characters
 * (whitespace not counted), those inside links, those not inside a nested block ("inline", the
 * text an element shows as its own paragraph) and the commas among them.
 */
final class TextStats {

  /** Measures of one element. */
  static final class Stat {
    int text;
    int link;
    int inline;
    int inlineLink;
    int inlineCommas;
    int paragraphs;
    /** Characters in paragraphs: blocks with at least 25 characters of their own, few in links. */
    int paragraphText;

    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }

    double inlineLinkDensity() {
      return inline == 0 ? 0 : (double) inlineLink / inline;
    }
  }

  private static final Stat EMPTY = new Stat();

  /** Characters of its own a block needs to count as a paragraph. */
  static final int PARAGRAPH = 25;

  private final Map<Element, Stat> stats = new IdentityHashMap<>();
  private final List<Element> order = new ArrayList<>();

  private TextStats() {}

  static TextStats of(Element root) {
    return of(root, Set.of());
  }

  /** Measures of the elements under {@code root}, leaving out {@code skipped} and what they hold. */
  static TextStats of(Element root, Set<Element> skipped) {
    TextStats s = new TextStats();
    Collector collector = s.new Collector();
    if (skipped.isEmpty()) {
      NodeTraversor.traverse(collector, root);
    } else {
      NodeTraversor.filter(new Skipping(collector, skipped), root);
    }
    return s;
  }

  /** Runs a visitor over the nodes not in a skipped subtree. */
  static final class Skipping implements NodeFilter {
    private final NodeVisitor visitor;
    private final Set<Element> skipped;

    Skipping(NodeVisitor visitor, Set<Element> skipped) {
      this.visitor = visitor;
      this.skipped = skipped;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element e && skipped.contains(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      visitor.head(node, depth);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      visitor.tail(node, depth);
      return FilterResult.CONTINUE;
    }
  }

  Stat get(Element e) {
    Stat s = stats.get(e);
    return s == null ? EMPTY : s;
  }

  /** The measured elements in document order (so that results never depend on hash order). */
  List<Element> elements() {
    return order;
  }

  private Stat statFor(Element e) {
    Stat s = stats.get(e);
    if (s == null) {
      s = new Stat();
      stats.put(e, s);
      order.add(e);
    }
    return s;
  }

  private final class Collector implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        Node parent = t.parentNode();
        if (!(parent instanceof Element p)) {
          return;
        }
        String s = t.getWholeText();
        int chars = 0;
        int commas = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
          char c = s.charAt(i);
          if (c > ' ' && c != '\u00a0') {
            chars++;
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
              commas++;
            }
          }
        }
        if (chars == 0) {
          return;
        }
        Stat st = statFor(p);
        st.text += chars;
        st.inline += chars;
        st.inlineCommas += commas;
        if (p.nameIs("a")) {
          st.link += chars;
          st.inlineLink += chars;
        }
      } else if (node instanceof Element e) {
        statFor(e);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      Element parent = e.parent();
      if (parent == null) {
        return;
      }
      Stat st = stats.get(e);
      if (st == null) {
        return;
      }
      Stat ps = statFor(parent);
      ps.text += st.text;
      boolean isLink = e.nameIs("a");
      ps.link += isLink ? st.text : st.link;
      ps.paragraphs += st.paragraphs;
      ps.paragraphText += st.paragraphText;
      if (Tags.isBlock(e)) {
        if (e.nameIs("p") && st.inline > 0) {
          ps.paragraphs++;
        }
        if (st.inline >= PARAGRAPH && st.inlineLinkDensity() < 0.5) {
          st.paragraphText += st.inline;
          ps.paragraphText += st.inline;
        }
      } else {
        ps.inline += st.inline;
        ps.inlineLink += isLink ? st.inline : st.inlineLink;
        ps.inlineCommas += st.inlineCommas;
      }
    }
  }
}
