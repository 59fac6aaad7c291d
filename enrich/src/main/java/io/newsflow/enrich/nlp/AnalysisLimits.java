package io.newsflow.enrich.nlp;

/**
 * Bounds on what one article may cost. The tagger's time grows faster than linearly with sentence
 * length and the memory with the token count, so a text with one 50,000-word sentence or a
 * million tokens would otherwise hold a stream thread for minutes.
 *
 * @param maxChars characters analysed at most (the rest is ignored, cut at a whitespace)
 * @param maxTokens tokens analysed at most
 * @param maxSentenceTokens longer sentences are cut into chunks of at most this many tokens
 */
public record AnalysisLimits(int maxChars, int maxTokens, int maxSentenceTokens) {

  /**
   * About 25 typical articles' worth of text (beyond the stage's own {@code enrich.max-chars}
   * cut, 20,000 characters by default), sentences up to three times the usual longest.
   */
  public static final AnalysisLimits DEFAULT = new AnalysisLimits(100_000, 20_000, 120);

  public AnalysisLimits {
    if (maxChars < 1 || maxTokens < 1 || maxSentenceTokens < 8) {
      throw new IllegalArgumentException(
          "analysis limits must be positive and sentences at least 8 tokens");
    }
  }
}
