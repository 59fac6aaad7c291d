package io.newsflow.enrich;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.EnrichConfig;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.EnrichmentInfo;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Applies the enrichment policy around an {@link ArticleEnricher}: articles in other languages and
 * empty ones pass through untouched with the reason, very long texts are analysed up to {@code
 * enrich.max-chars} and flagged, and every result records the engine and the time it took.
 */
public final class BoundedEnricher {
  private final ArticleEnricher enricher;
  private final String engine;
  private final int maxChars;
  private final List<String> languages;
  private final Clock clock;

  public BoundedEnricher(ArticleEnricher enricher, String engine, EnrichConfig config, Clock clock) {
    this.enricher = enricher;
    this.engine = engine;
    this.maxChars = config.maxChars();
    this.languages = config.languages().stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    this.clock = clock;
  }

  public EnrichedArticle enrich(RawArticle article) {
    long started = System.nanoTime();
    if (!inLanguages(article.language())) {
      return EnrichedArticle.of(article, skipped(EnrichmentInfo.SKIPPED_LANGUAGE));
    }
    String text = article.text();
    if (text.isBlank()) {
      return EnrichedArticle.of(article, skipped(EnrichmentInfo.SKIPPED_EMPTY));
    }
    boolean truncated = text.length() > maxChars;
    String analysed = truncated ? text.substring(0, cutPoint(text, maxChars)) : text;
    Enrichment found = TextOffsets.inCodePoints(analysed,
        enricher.enrich(truncated ? withText(article, analysed) : article));
    EnrichmentInfo info =
        new EnrichmentInfo(
            engine,
            clock.instant(),
            null,
            truncated,
            TextOffsets.length(analysed),
            (System.nanoTime() - started) / 1_000_000);
    return EnrichedArticle.of(article, new Enrichment(found.entities(), found.claims(), info));
  }

  /** Unknown language is analysed: the detector may have had too little text to decide. */
  private boolean inLanguages(String language) {
    if (language == null || language.isBlank()) {
      return true;
    }
    String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return languages.contains(primary);
  }

  private Enrichment skipped(String reason) {
    return new Enrichment(
        List.of(), List.of(), new EnrichmentInfo(engine, clock.instant(), reason, false, 0, 0));
  }

  /** Cuts at the last paragraph or sentence end before {@code max}, else at whitespace. */
  static int cutPoint(String text, int max) {
    int paragraph = text.lastIndexOf("\n\n", max);
    if (paragraph > max / 2) {
      return paragraph;
    }
    for (int i = max - 1; i > max / 2; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    int space = text.lastIndexOf(' ', max);
    return space > max / 2 ? space : max;
  }

  private static RawArticle withText(RawArticle a, String text) {
    return new RawArticle(a.schemaVersion(), a.id(), a.version(), a.updated(), a.url(),
        a.canonicalUrl(), a.source(), a.site(), a.fetchedAt(), a.contentHash(), a.title(), text,
        a.authors(), a.published(), a.modified(), a.language(), a.description(), a.image(),
        a.section(), a.tags(), a.siteName(), a.paywalled());
  }
}
