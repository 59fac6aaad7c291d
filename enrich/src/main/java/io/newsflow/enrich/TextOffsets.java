package io.newsflow.enrich;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.Mention;
import java.util.List;

/**
 * Turns the analysis's UTF-16 offsets into the contract's: offsets count Unicode code points, so
 * that {@code text[start:end]} holds in Python, in PostgreSQL's {@code substr} and in most NLP
 * datasets even when an emoji or another character outside the Basic Multilingual Plane comes
 * before a mention.
 */
final class TextOffsets {
  private final int[] codePointAt;

  private TextOffsets(String text) {
    codePointAt = new int[text.length() + 1];
    int codePoints = 0;
    for (int i = 0; i < text.length(); i++) {
      codePointAt[i] = codePoints;
      if (!Character.isLowSurrogate(text.charAt(i)) || i == 0
          || !Character.isHighSurrogate(text.charAt(i - 1))) {
        codePoints++;
      }
    }
    codePointAt[text.length()] = codePoints;
  }

  /** {@code found} with its offsets in code points of {@code text}. */
  static Enrichment inCodePoints(String text, Enrichment found) {
    if (text.codePointCount(0, text.length()) == text.length()) {
      return found; // no surrogate pairs: both counts agree
    }
    TextOffsets offsets = new TextOffsets(text);
    List<Entity> entities = found.entities().stream().map(offsets::entity).toList();
    List<Claim> claims = found.claims().stream().map(offsets::claim).toList();
    return new Enrichment(entities, claims, found.info());
  }

  /** The length of {@code text} in code points. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private int at(int utf16) {
    return codePointAt[Math.max(0, Math.min(utf16, codePointAt.length - 1))];
  }

  private Entity entity(Entity e) {
    List<Mention> mentions = e.mentions().stream()
        .map(m -> new Mention(m.text(), at(m.start()), at(m.end()), m.normalized()))
        .toList();
    return new Entity(e.key(), e.name(), e.type(), e.mentionCount(), e.salience(),
        e.normalized(), mentions);
  }

  private Claim claim(Claim c) {
    return new Claim(c.seq(), c.text(), at(c.start()), at(c.end()), c.stance(), c.speaker(),
        c.cue(), c.quote(), c.hedged(), c.answers(), c.type());
  }
}
