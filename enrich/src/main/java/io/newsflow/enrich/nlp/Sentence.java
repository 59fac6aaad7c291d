package io.newsflow.enrich.nlp;

import java.util.List;

/**
 * One sentence (or one chunk of an over-long sentence) of an analysed text.
 *
 * @param index position in the text's sentence list
 * @param start character offset of its first token
 * @param end character offset after its last token
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Token first() {
    return tokens.get(0);
  }

  public Token last() {
    return tokens.get(tokens.size() - 1);
  }
}
