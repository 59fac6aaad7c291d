package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the elements that hold an article's text: a Readability-style score (each paragraph gives
 * points for its length and commas to its parent and, less, to its ancestors; containers are
 * weighted by tag and class name and discounted by link density), with three changes: paragraphs
 * are themselves discounted by their link density, a top candidate whose close rivals share an
 * ancestor is lifted to that ancestor, and a semantic container (itemprop=articleBody, or a single
 * element named like an article body) wins when it holds most of the scored text.
 */
final class MainContentFinder {
  private static final int MIN_PARAGRAPH = 25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final int LIFT_LEVELS = 3;
  private static final int LEAD_LEVELS = 3;
  /** A part of a split story may hold a "more on this" list; its own text must dominate. */
  private static final double PART_MAX_LINK_DENSITY = 0.35;
  private static final double LEAD_MAX_LINK_DENSITY = 0.2;
  private static final int ARTICLE_LEVELS = 4;
  private static final double ARTICLE_GAIN = 1.2;
  private static final double LIFT_GAIN = 1.5;
  private static final double LIFT_MAX_LINK_DENSITY = 0.25;

  private MainContentFinder() {}

  /** The chosen containers in document order; empty when the page has no scorable text. */
  static List<Element> find(
      Element body, TextStats stats, Set<Element> skipped, List<Element> articleBodies) {
    Map<Element, double[]> scores = new IdentityHashMap<>();
    List<Element> candidates = new ArrayList<>();
    for (Element e : stats.elements()) {
      TextStats.Stat st = stats.get(e);
      if (st.inline < MIN_PARAGRAPH || !Tags.isBlock(e) || e == body) {
        continue;
      }
      String name = e.normalName();
      if (name.equals("body") || name.equals("html")) {
        continue;
      }
      double score = 1 + st.inlineCommas + Math.min(st.inline / 100, 3);
      score *= 1 - st.inlineLinkDensity();
      if (score <= 0) {
        continue;
      }
      // "div as paragraph": a container with text of its own scores as its own candidate too.
      Element ancestor = name.equals("p") || name.equals("li") || name.equals("td") ? e.parent() : e;
      for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
        if (ancestor.nameIs("html")) {
          break;
        }
        double[] s = scores.get(ancestor);
        if (s == null) {
          s = initialScore(ancestor);
          scores.put(ancestor, s);
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        s[0] += score / divider;
        ancestor = ancestor.parent();
      }
    }
    if (scores.isEmpty()) {
      return List.of();
    }
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Element c : candidates) {
      double ld = stats.get(c).linkDensity();
      ranked.add(Map.entry(c, scores.get(c)[0] * (1 - ld)));
    }
    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();
    top = liftToSharedAncestor(top, topScore, ranked, body);
    top = liftToParagraphs(top, stats, body);
    top = liftToArticle(top, stats, body);
    top = preferMarkedBody(top, articleBodies, stats, skipped);
    Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.addAll(withSiblings(top, topScore, scores, stats, skipped));
    chosen.addAll(leadsBefore(top, stats, skipped, body));
    chosen.addAll(otherParts(top, stats, skipped, body));
    return inDocumentOrder(body, chosen);
  }

  /**
   * Pages that cut a story into parts (around ads or embeds) give each part the same tag and
   * class as the top candidate: those parts, when they hold paragraphs with few links.
   */
  private static List<Element> otherParts(
      Element top, TextStats stats, Set<Element> skipped, Element body) {
    String cls = top.className();
    if (cls.isBlank()) {
      return List.of();
    }
    List<Element> parts = new ArrayList<>();
    for (Element e : body.getElementsByClass(cls.strip().split("\\s+")[0])) {
      if (e == top || !e.className().equals(cls) || !e.normalName().equals(top.normalName())) {
        continue;
      }
      TextStats.Stat st = stats.get(e);
      if (st.paragraphText >= TextStats.PARAGRAPH
          && st.linkDensity() < PART_MAX_LINK_DENSITY
          && !isInside(e, skipped)) {
        parts.add(e);
      }
    }
    return parts;
  }

  private static boolean isInside(Element e, Set<Element> skipped) {
    for (Element p = e; p != null; p = p.parent()) {
      if (skipped.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** The elements in document order, leaving out any inside another. */
  private static List<Element> inDocumentOrder(Element body, Set<Element> elements) {
    if (elements.size() == 1) {
      return List.copyOf(elements);
    }
    List<Element> out = new ArrayList<>(elements.size());
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && elements.contains(e)) {
              out.add(e);
              return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        body);
    return out;
  }

  /** The element marked as the article body wins when it holds a fair share of the chosen text. */
  private static Element preferMarkedBody(
      Element top, List<Element> marked, TextStats stats, Set<Element> skipped) {
    if (marked.size() != 1) {
      return top;
    }
    Element m = marked.get(0);
    if (m == top || skipped.contains(m) || m.ownerDocument() == null) {
      return top;
    }
    int text = stats.get(m).text;
    return text > 0 && text >= 0.5 * stats.get(top).text ? m : top;
  }

  /**
   * Text blocks that precede the chosen container within its near ancestors: a lead paragraph or
   * standfirst that the page keeps outside the body container. Only blocks of paragraphs with few
   * links count; what follows the container (comments, related stories, bios) is not taken.
   */
  private static List<Element> leadsBefore(
      Element top, TextStats stats, Set<Element> skipped, Element body) {
    List<Element> out = new ArrayList<>();
    Element current = top;
    for (int level = 0; level < LEAD_LEVELS; level++) {
      Element parent = current.parent();
      if (parent == null || parent == body || parent.nameIs("html")) {
        break;
      }
      List<Element> here = new ArrayList<>();
      for (Element sibling = current.previousElementSibling();
          sibling != null;
          sibling = sibling.previousElementSibling()) {
        if (skipped.contains(sibling)) {
          continue;
        }
        TextStats.Stat st = stats.get(sibling);
        if (st.paragraphText >= TextStats.PARAGRAPH && st.linkDensity() < LEAD_MAX_LINK_DENSITY) {
          here.add(0, sibling);
        }
      }
      out.addAll(0, here);
      current = parent;
    }
    return out;
  }

  private static double[] initialScore(Element e) {
    double base =
        switch (e.normalName()) {
          case "div", "article", "section", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (e.nameIs("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      base += 10;
    }
    return new double[] {base + ClassHints.weight(e)};
  }

  /** Readability's rule: when several strong candidates sit under one ancestor, take it. */
  private static Element liftToSharedAncestor(
      Element top, double topScore, List<Map.Entry<Element, Double>> ranked, Element body) {
    List<Element> rivals = new ArrayList<>();
    for (int i = 1; i < Math.min(5, ranked.size()); i++) {
      if (ranked.get(i).getValue() >= 0.75 * topScore) {
        rivals.add(ranked.get(i).getKey());
      }
    }
    if (rivals.size() < 2) {
      return top;
    }
    Element ancestor = top.parent();
    while (ancestor != null && ancestor != body && !ancestor.nameIs("html")) {
      int contained = 0;
      for (Element r : rivals) {
        if (isAncestor(ancestor, r)) {
          contained++;
        }
      }
      if (contained >= 2) {
        return ancestor;
      }
      ancestor = ancestor.parent();
    }
    return top;
  }

  /**
   * Articles split over several sibling containers (sections, "annexes", an intro outside the
   * body div) leave part of their paragraphs outside the top candidate: climb while an ancestor
   * holds clearly more paragraph text without getting link-heavy.
   */
  private static Element liftToParagraphs(Element top, TextStats stats, Element body) {
    Element current = top;
    for (int level = 0; level < LIFT_LEVELS; level++) {
      Element parent = current.parent();
      if (parent == null || parent == body || parent.nameIs("html")) {
        break;
      }
      TextStats.Stat cur = stats.get(current);
      TextStats.Stat up = stats.get(parent);
      if (up.paragraphText >= LIFT_GAIN * cur.paragraphText + TextStats.PARAGRAPH * 4
          && up.linkDensity() < LIFT_MAX_LINK_DENSITY) {
        current = parent;
      } else if (up.paragraphText > cur.paragraphText) {
        break;
      }
      else {
        current = parent;
      }
    }
    return stats.get(current).paragraphText > stats.get(top).paragraphText ? current : top;
  }

  /**
   * The lead paragraph, a standfirst or a sub-heading often sits beside the body container inside
   * the page's {@code <article>}: take the article element when it adds little text and few links
   * (its bylines, share bars and tag lists are boilerplate the cleaner already set aside).
   */
  private static Element liftToArticle(Element top, TextStats stats, Element body) {
    Element p = top.parent();
    for (int level = 0; p != null && p != body && level < ARTICLE_LEVELS; level++, p = p.parent()) {
      if (p.nameIs("article")) {
        TextStats.Stat a = stats.get(p);
        TextStats.Stat t = stats.get(top);
        if (a.paragraphText <= ARTICLE_GAIN * t.paragraphText
            && a.linkDensity() < LIFT_MAX_LINK_DENSITY) {
          return p;
        }
        return top;
      }
    }
    return top;
  }

  static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Readability's sibling merge: siblings of the top candidate that look like content too. */
  private static List<Element> withSiblings(
      Element top,
      double topScore,
      Map<Element, double[]> scores,
      TextStats stats,
      Set<Element> skipped) {
    Element parent = top.parent();
    if (parent == null || parent.nameIs("html")) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      if (skipped.contains(sibling)) {
        continue;
      }
      double bonus = 0;
      String topNames = ClassHints.names(top);
      if (!topNames.isEmpty() && topNames.equals(ClassHints.names(sibling))) {
        bonus = topScore * 0.2;
      }
      double[] s = scores.get(sibling);
      double score = s == null ? 0 : s[0] * (1 - stats.get(sibling).linkDensity());
      if (score + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.nameIs("p")) {
        TextStats.Stat st = stats.get(sibling);
        double ld = st.linkDensity();
        if ((st.text > 80 && ld < 0.25) || (st.text > 0 && ld == 0 && endsSentence(sibling))) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static boolean endsSentence(Element p) {
    String t = p.text();
    return t.matches("(?s).*[.!?\u3002\uff01\uff1f]\\s*$") && t.length() > 0;
  }
}
