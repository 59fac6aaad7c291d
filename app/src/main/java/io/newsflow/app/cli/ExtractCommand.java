package io.newsflow.app.cli;

import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.config.NewsflowConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow extract}: article extraction of HTML files, folders or URLs. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts the article of each input (HTML file, folder of .html files, or URL) "
        + "and writes its JSON: url, title, text, authors, published, modified, language and more.")
public final class ExtractCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Mixin InputOptions io;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.load(Map.of());
    List<Inputs.Input> all = io.expand(List.of(".html", ".htm", ".xhtml"));
    JsonOutput output = new JsonOutput(io.out, System.out, all.size() == 1);
    int failed = 0;
    long started = System.nanoTime();
    try (PageLoader loader = new PageLoader(config.ingest())) {
      for (Inputs.Input input : all) {
        try {
          ExtractedArticle article = loader.extract(input, io.baseUrlFor(all));
          output.write(input.name(), article);
        } catch (Exception | StackOverflowError e) {
          failed++;
          System.err.println("newsflow extract: " + (input.isUrl() ? input.url() : input.file())
              + ": " + e);
        }
      }
    }
    if (io.out != null) {
      System.err.printf("extracted %d of %d inputs in %.1f s%n", all.size() - failed, all.size(),
          (System.nanoTime() - started) / 1e9);
    }
    return failed == 0 ? 0 : 1;
  }
}
