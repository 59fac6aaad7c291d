package io.newsflow.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Development aid, not a test: classifies why expected snippets are missing from the output. */
public final class MissReport {
  private MissReport() {}

  public static void main(String[] args) throws Exception {
    JsonNode cases = Json.mapper().readTree(Path.of(args[0]).toFile());
    Path pages = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Iterator<Map.Entry<String, JsonNode>> it = cases.fields();
    while (it.hasNext()) {
      var entry = it.next();
      String id = entry.getKey();
      JsonNode got = Json.mapper().readTree(out.resolve(id + ".json").toFile());
      String text = norm(got.get("text").asText());
      for (JsonNode w : entry.getValue().get("with")) {
        String s = norm(w.asText());
        if (text.contains(s)) {
          continue;
        }
        Document doc = HtmlPages.parse(Files.readAllBytes(pages.resolve(id + ".html")), null, "https://example.org/");
        PageIndex index = PageIndex.of(doc);
        PageCleaner.removeJunk(doc.body());
        TextStats stats = TextStats.of(doc.body());
        Set<Element> skip = PageCleaner.markBoilerplate(doc.body(), stats, index.landmarks());
        List<Element> roots = MainContentFinder.find(doc.body(), TextStats.of(doc.body(), skip), skip, PageIndex.of(doc).itemprop("articleBody"));
        String needle = s.substring(0, Math.min(20, s.length()));
        Element holder = null;
        for (Element e : doc.body().getAllElements()) {
          if (norm(e.ownText()).contains(needle)) {
            holder = e;
            break;
          }
        }
        String why;
        if (holder == null) {
          for (Element e : doc.body().getAllElements()) {
            if (norm(e.text()).contains(needle)) {
              holder = e;
            }
          }
        }
        if (holder == null) {
          why = "NOTFOUND";
        } else {
          Element skipped = null;
          boolean inRoot = false;
          for (Element p = holder; p != null; p = p.parent()) {
            if (skip.contains(p) && skipped == null) {
              skipped = p;
            }
            if (roots.contains(p)) {
              inRoot = true;
            }
          }
          if (skipped != null) {
            why = "SKIPPED " + skipped.normalName() + "[" + ClassHints.names(skipped) + "]";
          } else if (inRoot) {
            why = "INROOT-FILTERED " + holder.normalName() + "[" + ClassHints.names(holder) + "] ld=" + String.format("%.2f", stats.get(holder.parent()).linkDensity());
          } else {
            why = "OUTSIDE root=" + (roots.isEmpty() ? "-" : roots.get(0).normalName() + "[" + ClassHints.names(roots.get(0)) + "]");
            if (!roots.isEmpty()) {
              Element r = roots.get(0);
              int up = 0;
              Element lca = r;
              while (lca != null && !MainContentFinder.isAncestor(lca, holder)) {
                lca = lca.parent();
                up++;
              }
              TextStats.Stat ls = stats.get(lca);
              TextStats.Stat rs = stats.get(r);
              why += String.format(" up=%d lca=%s[%s] lcaPara=%d rootPara=%d lcaLd=%.2f holderIsBefore=%s", up, lca == null ? "-" : lca.normalName(), lca == null ? "" : ClassHints.names(lca), ls.paragraphText, rs.paragraphText, ls.linkDensity(), holder.siblingIndex());
            }
          }
        }
        System.out.println(id + " " + why + " | " + s.substring(0, Math.min(50, s.length())));
      }
    }
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
