package io.newsflow.enrich.eval;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.nlp.CoreNlpEnricherFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the real enricher over the evaluation set and prints claim and entity figures.
 *
 * <p>Usage: {@code EvalScorer [--split dev|test|all] [--per-article] [--errors]}. The split
 * defaults to {@code all}; {@code --errors} lists the missed and spurious claims and mentions and
 * the wrong speakers, stances and cues of each article.
 */
public final class EvalScorer {
  private EvalScorer() {}

  public static void main(String[] args) {
    String split = "all";
    boolean perArticle = false;
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i];
        case "--per-article" -> perArticle = true;
        case "--errors" -> errors = true;
        default -> {
          System.err.println("usage: EvalScorer [--split dev|test|all] [--per-article]"
              + " [--errors]");
          System.exit(2);
        }
      }
    }
    EvalReport report = score(new CoreNlpEnricherFactory().create(), split);
    report.print(System.out, perArticle, errors);
  }

  /** Enriches every article of {@code split} with {@code enricher} and scores it. */
  static EvalReport score(ArticleEnricher enricher, String split) {
    List<ArticleResult> results = new ArrayList<>();
    for (GoldArticle article : EvalSet.load(split)) {
      results.add(ArticleResult.of(article, enricher.enrich(article.toRawArticle())));
    }
    return new EvalReport(split, results);
  }
}
