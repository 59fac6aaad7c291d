package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts an article's main text from a page body: clean the page ({@link PageCleaner}), find
 * the containers of the text ({@link MainContentFinder}), drop link-heavy lists and boxes inside
 * them, write the text blocks ({@link BlockWriter}) and drop blocks that are links, labels or
 * boilerplate by their wording; headings stay as paragraphs of their own.
 */
final class BodyExtractor {
  /** A block mostly made of link text is navigation, a teaser or a "read more" line. */
  private static final double LINK_BLOCK = 0.5;

  private BodyExtractor() {}

  /**
   * @param body the page body; it is modified
   * @param title the article's title, left out of the text when a block repeats it
   */
  static String extract(Element body, String title) {
    PageCleaner.removeJunk(body);
    TextStats stats = TextStats.of(body);
    PageCleaner.removeBoilerplate(body, stats);
    stats = TextStats.of(body);
    List<Element> roots = MainContentFinder.find(body, stats);
    roots = preferSemanticContainer(body, roots, stats);
    if (roots.isEmpty()) {
      return "";
    }
    for (Element root : roots) {
      removeLinkBoxes(root, stats);
    }
    List<BlockWriter.Block> blocks = BlockWriter.write(roots);
    return join(filter(blocks, title));
  }

  /** An element marked as the article body wins when it holds a fair share of the chosen text. */
  private static List<Element> preferSemanticContainer(
      Element body, List<Element> roots, TextStats stats) {
    Elements marked = body.select("[itemprop=articleBody]");
    if (marked.size() != 1) {
      return roots;
    }
    Element m = marked.get(0);
    int chosen = 0;
    for (Element r : roots) {
      chosen += stats.get(r).text;
    }
    return stats.get(m).text >= 0.5 * chosen ? List.of(m) : roots;
  }

  private static void removeLinkBoxes(Element root, TextStats stats) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      String name = e.normalName();
      boolean box =
          switch (name) {
            case "ul", "ol", "dl", "div", "section", "table", "header", "footer", "figure" -> true;
            default -> false;
          };
      if (!box) {
        continue;
      }
      TextStats.Stat st = stats.get(e);
      if (st.text == 0) {
        continue;
      }
      if (st.linkDensity() > LINK_BLOCK) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static List<BlockWriter.Block> filter(List<BlockWriter.Block> blocks, String title) {
    String normTitle = title == null ? "" : normalise(title);
    List<BlockWriter.Block> kept = new ArrayList<>();
    for (BlockWriter.Block b : blocks) {
      if (b.linkDensity() > LINK_BLOCK) {
        continue;
      }
      if (BoilerplateText.isBoilerplate(b.text(), b.linkDensity())) {
        continue;
      }
      if (b.heading() && !normTitle.isEmpty() && normalise(b.text()).equals(normTitle)) {
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
