package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.EntityType;

/**
 * One name found in the text, before grouping.
 *
 * @param firstToken index of its first token in the text's token list
 * @param lastToken index of its last token, inclusive
 * @param fromTagger true when the tagger found it, false when document consistency added it
 */
public record NameMention(
    int firstToken, int lastToken, int start, int end, String text, EntityType type,
    boolean fromTagger) {

  public NameMention withType(EntityType newType) {
    return new NameMention(firstToken, lastToken, start, end, text, newType, fromTagger);
  }

  public int tokenCount() {
    return lastToken - firstToken + 1;
  }
}
