package io.newsflow.enrich;

/** Creates one {@link ArticleEnricher} per stream thread; heavy models are shared per JVM. */
public interface EnricherFactory {

  /** The engine's name and version, recorded in every enriched article, e.g. "corenlp-4.5.10". */
  String engine();

  ArticleEnricher create();

  /**
   * Loads the heavy models now rather than on the first article, so that a process can do it
   * while it waits for the broker. Safe to call from any thread, and more than once.
   */
  default void warmUp() {}
}
