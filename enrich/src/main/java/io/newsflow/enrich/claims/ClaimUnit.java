package io.newsflow.enrich.claims;

import io.newsflow.enrich.nlp.Token;
import java.util.List;

/**
 * One or more sentences that can carry one claim: a sentence, or the sentences one quotation
 * spans.
 *
 * @param paragraph index of the paragraph (blank-line separated) it belongs to
 * @param quotes the quotations inside it
 * @param narrative false for headlines, reporters' questions and captions, which are never
 *     claims; a quoted question with words around it that may name its asker stays narrative
 */
record ClaimUnit(
    int index, int start, int end, int paragraph, List<Token> tokens, List<QuoteSpan> quotes,
    boolean narrative) {

  ClaimUnit {
    tokens = List.copyOf(tokens);
    quotes = List.copyOf(quotes);
  }

  boolean inQuote(int offset) {
    return quotes.stream().anyMatch(q -> q.contains(offset));
  }

  /** Characters inside quotations within {@code [from, to)}. */
  int quotedChars(int from, int to) {
    int quoted = 0;
    for (QuoteSpan q : quotes) {
      quoted += Math.max(0, Math.min(q.end(), to) - Math.max(q.start(), from));
    }
    return quoted;
  }
}
