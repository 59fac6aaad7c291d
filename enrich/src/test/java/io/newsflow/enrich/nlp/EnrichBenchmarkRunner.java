package io.newsflow.enrich.nlp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Development runner for {@link EnrichBenchmark}: the body text of saved HTML pages (rough: all
 * of the body, English pages of at least 300 words, cut to {@code -Dwords=650} words, about 780
 * tokens) on 1 and 2 threads. Usage: {@code EnrichBenchmarkRunner PAGES_DIR [MAX_PAGES]
 * [THREADS...]}.
 */
public final class EnrichBenchmarkRunner {
  private EnrichBenchmarkRunner() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    List<Integer> threads = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      threads.add(Integer.parseInt(args[i]));
    }
    if (threads.isEmpty()) {
      threads = List.of(1, 2);
    }
    List<String> texts = new ArrayList<>();
    try (Stream<Path> pages = Files.list(dir)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        if (texts.size() >= max) {
          break;
        }
        String text = Jsoup.parse(new File(page.toString()), null).body().text();
        String[] words = text.split("\\s+");
        if (words.length < 300 || !EnrichBenchmarkRunnerSupport.isEnglish(words)) {
          continue;
        }
        int cut = Integer.getInteger("words", 650);
        if (words.length > cut) {
          text = String.join(" ", List.of(words).subList(0, cut));
        }
        texts.add(text);
      }
    }
    System.out.printf("%d English pages from %s%n", texts.size(), dir);
    for (int t : threads) {
      EnrichBenchmark.run(texts, t, System.out);
    }
  }
}
