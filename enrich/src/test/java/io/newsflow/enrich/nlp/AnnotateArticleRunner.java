package io.newsflow.enrich.nlp;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Development runner: enriches an article given as an extraction JSON ({@code title}, {@code
 * body} or {@code text}, {@code published}, {@code authors}, ...) and writes the extraction's
 * fields plus {@code text}, {@code entities} and {@code claims}, the input of the mission
 * scorer. Usage: {@code AnnotateArticleRunner IN.json OUT.json}.
 */
public final class AnnotateArticleRunner {
  private AnnotateArticleRunner() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: AnnotateArticleRunner EXTRACTION.json OUT.json");
      System.exit(2);
    }
    Map<String, Object> extraction =
        Json.mapper().readValue(Files.readString(Path.of(args[0])), new TypeReference<>() {});
    RawArticle article = toRawArticle(extraction);
    Enrichment enrichment = new CoreNlpEnricherFactory().create().enrich(article);
    Map<String, Object> out = new LinkedHashMap<>();
    extraction.forEach((k, v) -> {
      if (!k.equals("body") && !k.equals("must_not_contain")) {
        out.put(k, v);
      }
    });
    out.put("text", article.text());
    out.put("entities", enrichment.entities());
    out.put("claims", enrichment.claims());
    out.put("enrichment", enrichment.info());
    Files.writeString(Path.of(args[1]), Json.writePretty(out));
    System.out.printf(
        "%d entities, %d claims in %d ms -> %s%n",
        enrichment.entities().size(), enrichment.claims().size(),
        enrichment.info() == null ? -1 : enrichment.info().tookMs(), args[1]);
  }

  @SuppressWarnings("unchecked")
  static RawArticle toRawArticle(Map<String, Object> e) {
    String text = (String) (e.get("body") != null ? e.get("body") : e.get("text"));
    String published = (String) e.get("published");
    String modified = (String) e.get("modified");
    String url = (String) e.getOrDefault("url", "https://example.invalid/article");
    return new RawArticle(RawArticle.SCHEMA_VERSION, "dev", 1, false, url, url, "dev", "dev",
        Instant.now(), "dev", (String) e.get("title"), text,
        (List<String>) e.getOrDefault("authors", List.of()),
        published == null ? null : OffsetDateTime.parse(published),
        modified == null ? null : OffsetDateTime.parse(modified), (String) e.get("language"),
        (String) e.get("description"), null, null, List.of(), null, false);
  }
}
