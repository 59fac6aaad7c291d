package io.newsflow.enrich;

/** Creates one {@link ArticleEnricher} per stream thread; heavy models are shared per JVM. */
public interface EnricherFactory {

  /** The engine's name and version, recorded in every enriched article, e.g. "corenlp-4.5.10". */
  String engine();

  ArticleEnricher create();
}
