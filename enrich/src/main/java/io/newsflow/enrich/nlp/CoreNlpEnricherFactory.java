package io.newsflow.enrich.nlp;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnricherFactory;
import io.newsflow.enrich.entities.FirstNames;

/**
 * Creates {@link CoreNlpEnricher}s over one CoreNLP pipeline per JVM. The models (about 1 GB of
 * heap) load on the first {@link #create()} or {@link #shared()} call, which takes 10 to 20
 * seconds.
 */
public final class CoreNlpEnricherFactory implements EnricherFactory {
  public static final String ENGINE = "corenlp-4.5.10";

  private static final class Shared {
    static final CoreNlpPipeline PIPELINE = new CoreNlpPipeline(AnalysisLimits.DEFAULT);
  }

  private final AnalysisLimits limits;
  private volatile CoreNlpPipeline pipeline;

  /** A factory over the JVM-wide pipeline with the default limits. */
  public CoreNlpEnricherFactory() {
    this(AnalysisLimits.DEFAULT);
  }

  /** A factory with its own limits; it shares the JVM-wide pipeline when they are the defaults. */
  public CoreNlpEnricherFactory(AnalysisLimits limits) {
    this.limits = limits;
  }

  /** The JVM-wide pipeline with the default limits. */
  public static CoreNlpPipeline shared() {
    return Shared.PIPELINE;
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public ArticleEnricher create() {
    return new CoreNlpEnricher(pipeline(), ENGINE, FirstNames.shared());
  }

  @Override
  public void warmUp() {
    pipeline();
    FirstNames.shared();
  }

  private CoreNlpPipeline pipeline() {
    CoreNlpPipeline current = pipeline;
    if (current == null) {
      synchronized (this) {
        current = pipeline;
        if (current == null) {
          current = limits.equals(AnalysisLimits.DEFAULT) ? shared()
              : new CoreNlpPipeline(limits);
          pipeline = current;
        }
      }
    }
    return current;
  }
}
