package io.newsflow.ingest.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Development aid, not a test: prints the ancestors of the element holding a snippet. */
public final class SnippetTrace {
  private SnippetTrace() {}

  public static void main(String[] args) throws Exception {
    Document doc = HtmlPages.parse(Files.readAllBytes(Path.of(args[0])), null, "https://example.org/");
    PageCleaner.removeJunk(doc.body());
    TextStats stats = TextStats.of(doc.body());
    var skip = PageCleaner.markBoilerplate(doc.body(), stats, PageIndex.of(doc).landmarks());
    var roots = MainContentFinder.find(doc.body(), TextStats.of(doc.body(), skip), skip, PageIndex.of(doc).itemprop("articleBody"));
    for (Element r : roots) {
      System.out.println("ROOT " + r.normalName() + "[" + ClassHints.names(r) + "]");
    }
    String needle = args[1].replaceAll("\\s+", " ").strip();
    needle = needle.substring(0, Math.min(25, needle.length()));
    Element best = null;
    for (Element e : doc.body().getAllElements()) {
      if (e.ownText().contains(needle)) {
        best = e;
        break;
      }
    }
    if (best == null) {
      System.out.println("not found as own text: " + needle);
      return;
    }
    for (Element p = best; p != null; p = p.parent()) {
      TextStats.Stat st = stats.get(p);
      System.out.println((skip.contains(p) ? "SKIP " : "     ") + (roots.contains(p) ? "ROOT " : "") + p.normalName() + " [" + ClassHints.names(p) + "] text=" + st.text + " ld=" + String.format("%.2f", st.linkDensity()) + " inline=" + st.inline);
    }
  }
}
