package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Extracts an article's main text from a page body: drop what is never text ({@link
 * PageCleaner}), set aside boilerplate by its names, find the containers of the text ({@link
 * MainContentFinder}), set aside link-heavy lists and boxes and teasers of other stories inside
 * them, write the text blocks ({@link BlockWriter}) and drop blocks that are links, labels,
 * bylines, datelines or boilerplate by their wording ({@link BoilerplateText}), and headings that
 * introduced something removed; other headings stay as paragraphs of their own. When that leaves almost nothing (a video or gallery
 * page whose only text sits in a "caption"), the search runs again without the name-based rules.
 */
final class BodyExtractor {
  /** A block mostly made of link text is navigation, a teaser or a "read more" line. */
  private static final double LINK_BLOCK = 0.5;

  /** Below this many characters the first result is taken for a miss. */
  private static final int SHORT_TEXT = 200;

  /** Text of a teaser box: a linked headline and a short summary. */
  private static final int TEASER_CHARS = 400;

  /** A line this short that ends in a colon introduces what follows. */
  private static final int LABEL_CHARS = 80;

  private BodyExtractor() {}

  /**
   * @param body the page body; scripts, styles and other non-text elements are removed from it
   * @param title the article's title, left out of the text when a block repeats it
   */
  static String extract(Element body, String title, List<String> authors, PageIndex index) {
    PageCleaner.removeJunk(body);
    TextStats all = TextStats.of(body);
    Set<Element> boilerplate = PageCleaner.markBoilerplate(body, all, index.landmarks());
    TextStats stats = boilerplate.isEmpty() ? all : TextStats.of(body, boilerplate);
    List<Element> marked = index.itemprop("articleBody");
    Lines lines = new Lines(title, authors);
    String text = extract(body, lines, stats, all, boilerplate, marked);
    if (text.length() < SHORT_TEXT && !boilerplate.isEmpty()) {
      String second = extract(body, lines, all, all, newSet(), marked);
      if (second.length() > 2 * text.length()) {
        return second;
      }
    }
    return text;
  }

  private static String extract(
      Element body,
      Lines lines,
      TextStats stats,
      TextStats all,
      Set<Element> skipped,
      List<Element> marked) {
    List<Element> roots = MainContentFinder.find(body, stats, skipped, marked);
    if (roots.isEmpty()) {
      return "";
    }
    Set<Element> skip = newSet();
    skip.addAll(skipped);
    for (Element root : roots) {
      markLinkBoxes(root, stats, skip, lines.normTitle());
    }
    List<BlockWriter.Block> blocks = BlockWriter.write(roots, skip, all);
    return join(filter(blocks, lines));
  }

  private static Set<Element> newSet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /**
   * Sets aside link-heavy boxes (lists of links, navigation left inside the article) and teasers
   * of other stories: a box whose heading is a link, with a line or two of summary, found by
   * climbing from the linked heading while the text stays teaser-sized.
   */
  private static void markLinkBoxes(
      Element root, TextStats stats, Set<Element> skip, String normTitle) {
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      String name = e.normalName();
      switch (name) {
        case "ul", "ol", "dl", "div", "section", "table", "header", "footer", "figure" -> {
          TextStats.Stat st = stats.get(e);
          if (st.text > 0 && st.linkDensity() > LINK_BLOCK) {
            skip.add(e);
          }
        }
        case "h1", "h2", "h3", "h4", "h5", "h6" -> markTeaser(root, e, stats, skip, normTitle);
        default -> {}
      }
    }
  }

  private static void markTeaser(
      Element root, Element heading, TextStats stats, Set<Element> skip, String normTitle) {
    TextStats.Stat hs = stats.get(heading);
    if (hs.text < 10 || hs.linkDensity() < 0.9) {
      return;
    }
    if (normalise(heading.text()).equals(normTitle)) {
      // A post whose own headline links to itself (blogs do that) is the content.
      return;
    }
    Element box = heading;
    for (Element p = heading.parent(); p != null && p != root; p = p.parent()) {
      if (stats.get(p).text > TEASER_CHARS) {
        break;
      }
      box = p;
    }
    skip.add(box);
  }

  /** What the page says about itself that must not come back as text: title and bylines. */
  private record Lines(String title, List<String> authors) {
    String normTitle() {
      return title == null ? "" : normalise(title);
    }

    private static final Pattern BYLINE_WORDS =
        Pattern.compile(
            "(?iu)\\b(?:by|von|par|por|di|door|av|przez|and|und|et|y|i|e|written|posted)\\b|[\\p{P}\\p{S}]");

    /** A short line made only of the authors' names (with "By", commas, "and"). */
    boolean isByline(String line) {
      if (authors.isEmpty() || line.length() > 120) {
        return false;
      }
      String rest = line.toLowerCase(Locale.ROOT);
      boolean any = false;
      for (String a : authors) {
        String name = a.toLowerCase(Locale.ROOT);
        if (rest.contains(name)) {
          rest = rest.replace(name, " ");
          any = true;
        }
      }
      return any && BYLINE_WORDS.matcher(rest).replaceAll(" ").isBlank();
    }
  }

  private static List<BlockWriter.Block> filter(List<BlockWriter.Block> blocks, Lines lines) {
    String normTitle = lines.title() == null ? "" : normalise(lines.title());
    List<BlockWriter.Block> kept = new ArrayList<>();
    for (BlockWriter.Block b : blocks) {
      double max = LINK_BLOCK;
      if (b.linkDensity() > max) {
        continue;
      }
      if (BoilerplateText.isBoilerplate(b.text(), b.linkDensity())) {
        continue;
      }
      if (b.heading() && !normTitle.isEmpty() && normalise(b.text()).equals(normTitle)) {
        continue;
      }
      if (lines.isByline(b.text())) {
        continue;
      }
      if (b.gapAfter() && (b.heading() || isLabel(b.text()))) {
        // "Related stories", "Read on:" and the like: what they introduced was removed.
        continue;
      }
      kept.add(b);
    }
    // A heading with nothing after it introduced something that was removed.
    while (!kept.isEmpty() && kept.get(kept.size() - 1).heading()) {
      kept.remove(kept.size() - 1);
    }
    return kept;
  }

  private static boolean isLabel(String text) {
    return text.length() <= LABEL_CHARS && text.endsWith(":");
  }

  private static String join(List<BlockWriter.Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (BlockWriter.Block b : blocks) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(b.text());
    }
    return sb.toString();
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
