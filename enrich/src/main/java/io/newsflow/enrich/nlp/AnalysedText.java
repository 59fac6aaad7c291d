package io.newsflow.enrich.nlp;

import java.util.List;

/**
 * A text with its sentences and tagged tokens.
 *
 * @param text the full text; offsets of tokens and sentences point into it
 * @param sentences the analysed sentences, in order
 * @param analysedChars how many leading characters of {@code text} were analysed
 * @param truncated true when the limits cut the analysis short of the whole text
 */
public record AnalysedText(
    String text, List<Sentence> sentences, int analysedChars, boolean truncated) {

  public AnalysedText {
    sentences = List.copyOf(sentences);
  }

  public List<Token> tokens() {
    return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
  }

  public String covered(int start, int end) {
    return text.substring(start, end);
  }
}
