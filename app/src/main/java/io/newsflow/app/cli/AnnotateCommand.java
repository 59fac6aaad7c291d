package io.newsflow.app.cli;

import io.newsflow.app.runtime.Stages;
import io.newsflow.core.article.ContentHash;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.enrich.BoundedEnricher;
import io.newsflow.enrich.EnricherFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow annotate}: extraction and enrichment of files, folders or URLs. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Extracts (for HTML) and enriches each input, writing its JSON: the extract "
        + "fields plus entities and claims. Plain-text inputs (.txt) are enriched as they are.")
public final class AnnotateCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Mixin InputOptions io;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Inputs analysed in parallel, one NLP pipeline each (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.load(Map.of());
    List<Inputs.Input> all = io.expand(List.of(".html", ".htm", ".xhtml", ".txt"));
    JsonOutput output = new JsonOutput(io.out, System.out, all.size() == 1);
    EnricherFactory factory = Stages.enricherFactory();
    ThreadLocal<BoundedEnricher> enrichers = ThreadLocal.withInitial(
        () -> new BoundedEnricher(factory.create(), factory.engine(), config.enrich(),
            Clock.systemUTC()));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    int failed = 0;
    long started = System.nanoTime();
    try (PageLoader loader = new PageLoader(config.ingest())) {
      List<Future<EnrichedArticle>> results = new ArrayList<>();
      for (Inputs.Input input : all) {
        String base = io.baseUrlFor(all);
        results.add(pool.submit(() -> enrichers.get().enrich(toRaw(load(loader, input, base)))));
      }
      for (int i = 0; i < all.size(); i++) {
        Inputs.Input input = all.get(i);
        try {
          output.write(input.name(), results.get(i).get());
        } catch (Exception e) {
          failed++;
          System.err.println("newsflow annotate: " + (input.isUrl() ? input.url() : input.file())
              + ": " + (e.getCause() != null ? e.getCause() : e));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (io.out != null) {
      System.err.printf("annotated %d of %d inputs in %.1f s%n", all.size() - failed, all.size(),
          (System.nanoTime() - started) / 1e9);
    }
    return failed == 0 ? 0 : 1;
  }

  private static ExtractedArticle load(PageLoader loader, Inputs.Input input, String baseUrl)
      throws Exception {
    if (input.isHtml()) {
      return loader.extract(input, baseUrl);
    }
    String url = baseUrl != null ? baseUrl : input.file().toAbsolutePath().toUri().toString();
    return new ExtractedArticle(url, null, null, PageLoader.readText(input), List.of(), null,
        null, null, null, null, null, List.of(), null, false);
  }

  /** Web articles get their usual id; a local file gets one from its path. */
  static RawArticle toRaw(ExtractedArticle article) {
    String url = article.url();
    if (url != null && url.toLowerCase(Locale.ROOT).startsWith("http")) {
      return RawArticle.of(article, "annotate", 1, Instant.now());
    }
    String id = ContentHash.of(url, "").substring(0, 32);
    return new RawArticle(RawArticle.SCHEMA_VERSION, id, 1, false, url, url, "annotate", "",
        Instant.now(), ContentHash.of(article), article.title(), article.text(),
        article.authors(), article.published(), article.modified(), article.language(),
        article.description(), article.image(), article.section(), article.tags(),
        article.siteName(), article.paywalled());
  }
}
