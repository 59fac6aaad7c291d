package io.newsflow.ingest.extract;

import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * Development runner, not a test: extracts every {@code .html} file of a folder and writes one
 * {@code <id>.json} per page (title, text, dates, authors, language) into an output folder.
 *
 * <p>usage: {@code ExtractEvalRunner IN_DIR OUT_DIR [URL_FOR_SINGLE_FILE]}; IN_DIR may be a file.
 */
public final class ExtractEvalRunner {
  private ExtractEvalRunner() {}

  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    NewsArticleExtractor extractor = new NewsArticleExtractor();
    List<Path> files;
    if (Files.isDirectory(in)) {
      try (var s = Files.list(in)) {
        files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      }
    } else {
      files = List.of(in);
    }
    for (Path f : files) {
      String url = args.length > 2 ? args[2] : "https://example.org/" + f.getFileName();
      Document doc = HtmlPages.parse(Files.readAllBytes(f), null, url);
      ExtractedArticle a = extractor.extract(doc, url);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("url", a.url());
      json.put("title", a.title());
      json.put("text", a.text());
      json.put("published", a.published() == null ? null : a.published().toString());
      json.put("modified", a.modified() == null ? null : a.modified().toString());
      json.put("authors", a.authors());
      json.put("language", a.language());
      json.put("canonicalUrl", a.canonicalUrl());
      json.put("siteName", a.siteName());
      json.put("description", a.description());
      json.put("section", a.section());
      json.put("tags", a.tags());
      json.put("image", a.image());
      json.put("paywalled", a.paywalled());
      String name = f.getFileName().toString().replaceFirst("\\.html$", ".json");
      Files.writeString(out.resolve(name), Json.writePretty(json));
    }
  }
}
