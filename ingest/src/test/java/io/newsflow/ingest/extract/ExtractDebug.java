package io.newsflow.ingest.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Development aid, not a test: shows which containers the body extraction picks on a page. */
public final class ExtractDebug {
  private ExtractDebug() {}

  public static void main(String[] args) throws Exception {
    Document doc = HtmlPages.parse(Files.readAllBytes(Path.of(args[0])), null, "https://example.org/");
    Element body = doc.body();
    PageCleaner.DEBUG = true;
    PageCleaner.removeJunk(body);
    TextStats stats = TextStats.of(body);
    System.out.println("after junk: " + stats.get(body).text);
    for (Element e : body.getAllElements()) { if (e != body && stats.get(e).text > 0.5 * stats.get(body).text && !ClassHints.names(e).isEmpty()) System.out.println("big " + e.normalName() + " [" + ClassHints.names(e) + "] bp=" + ClassHints.isBoilerplate(ClassHints.names(e)) + " layout=" + ClassHints.isLayout(ClassHints.names(e))); }
    var skip = PageCleaner.markBoilerplate(body, stats, PageIndex.of(doc).landmarks());
    stats = TextStats.of(body, skip);
    System.out.println("after boilerplate: " + stats.get(body).text);
    List<Element> roots = MainContentFinder.find(body, stats, skip, java.util.List.of());
    for (Element r : roots) {
      System.out.println("root " + r.cssSelector() + " text " + stats.get(r).text + " ld " + stats.get(r).linkDensity());
    }
  }
}
