package io.newsflow.enrich.nlp;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.EnrichmentInfo;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.claims.ClaimExtractor;
import io.newsflow.enrich.entities.EntityAnalysis;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.entities.FirstNames;
import java.time.Instant;
import java.util.List;

/**
 * Entities and claims of one article with the shared CoreNLP pipeline. One instance per stream
 * thread; the pipeline behind it is shared.
 */
public final class CoreNlpEnricher implements ArticleEnricher {
  private final CoreNlpPipeline pipeline;
  private final String engine;
  private final EntityRecognizer entities;
  private final ClaimExtractor claims;

  CoreNlpEnricher(CoreNlpPipeline pipeline, String engine, FirstNames firstNames) {
    this.pipeline = pipeline;
    this.engine = engine;
    this.entities = new EntityRecognizer(firstNames);
    this.claims = new ClaimExtractor(firstNames);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The returned info records the engine and, when {@link AnalysisLimits} cut the text short,
   * {@code truncated} and {@code analysedChars}; the caller may replace it.
   */
  @Override
  public Enrichment enrich(RawArticle article) {
    long started = System.nanoTime();
    String text = article.text();
    if (text.isBlank()) {
      return new Enrichment(List.of(), List.of(), new EnrichmentInfo(engine, Instant.now(),
          EnrichmentInfo.SKIPPED_EMPTY, false, 0, 0));
    }
    AnalysedText analysed = pipeline.analyse(text);
    EntityAnalysis found = entities.recognize(analysed, article.title(), article.published());
    List<Entity> entityList = found.entities();
    List<Claim> claimList = claims.extract(analysed, found);
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return new Enrichment(entityList, claimList, new EnrichmentInfo(engine, Instant.now(), null,
        analysed.truncated(), analysed.analysedChars(), tookMs));
  }
}
