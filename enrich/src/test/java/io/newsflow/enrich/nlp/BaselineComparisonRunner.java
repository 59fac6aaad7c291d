package io.newsflow.enrich.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsflow.enrich.ArticleEnricher;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Development runner: CPU milliseconds per article of CoreNLP's usual annotators
 * (tokenize, ssplit, pos, lemma, ner with its three CRFs and numeric classifiers, no SUTime) next
 * to our pipeline's tagging alone and our whole enrichment, on the same texts, interleaved so
 * that other load on the machine hits all three alike. Usage: {@code BaselineComparisonRunner
 * PAGES_DIR [MAX_PAGES]}.
 */
public final class BaselineComparisonRunner {
  private BaselineComparisonRunner() {}

  public static void main(String[] args) throws IOException {
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 120;
    List<String> texts = new ArrayList<>();
    try (Stream<Path> pages = Files.list(Path.of(args[0]))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        if (texts.size() >= max) {
          break;
        }
        String[] words = Jsoup.parse(new File(page.toString()), null).body().text().split("\\s+");
        if (words.length >= 300 && EnrichBenchmarkRunnerSupport.isEnglish(words)) {
          texts.add(String.join(" ", List.of(words).subList(0, Math.min(650, words.length))));
        }
      }
    }
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("tokenize.options", "untokenizable=noneDelete");
    StanfordCoreNLP baseline = new StanfordCoreNLP(props);
    CoreNlpPipeline ours = CoreNlpEnricherFactory.shared();
    ArticleEnricher enricher = new CoreNlpEnricherFactory().create();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= 2; round++) {
      long base = 0;
      long tagging = 0;
      long full = 0;
      for (String text : texts) {
        long c0 = cpu.getCurrentThreadCpuTime();
        baseline.annotate(new Annotation(text));
        long c1 = cpu.getCurrentThreadCpuTime();
        ours.analyse(text);
        long c2 = cpu.getCurrentThreadCpuTime();
        enricher.enrich(PathologicalInputRunner.article(text));
        long c3 = cpu.getCurrentThreadCpuTime();
        base += c1 - c0;
        tagging += c2 - c1;
        full += c3 - c2;
      }
      System.out.printf(
          "round %d, %d texts, CPU ms/article: CoreNLP 3 CRFs+numeric+lemma %.1f, our tagging"
              + " %.1f, our whole enrichment %.1f%n",
          round, texts.size(), base / 1e6 / texts.size(), tagging / 1e6 / texts.size(),
          full / 1e6 / texts.size());
    }
  }
}
