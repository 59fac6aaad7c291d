package io.newsflow.enrich.claims;

/**
 * A quotation: {@code start} at its opening mark, {@code end} after its closing mark (or at the end
 * of the paragraph where a quote that goes on into the next paragraph is left open).
 */
record QuoteSpan(int start, int end) {

  boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  boolean overlaps(int from, int to) {
    return start < to && from < end;
  }

  int length() {
    return end - start;
  }
}
