package io.newsflow.enrich.claims;

/**
 * How a claim unit attributes one claim: the cue, where the speaker is written, where the content
 * is and which stretch of the unit the claim covers. Offsets are character offsets into the
 * article's text; the speaker offsets are -1 when the unit names no speaker (a passive "was
 * accused", a bare "allegedly"), the claim offsets -1 when the claim is the whole unit.
 *
 * @param inherits true when the speaker is the one of the claim before it in the same unit ("X
 *     said A and that B", "X said A, rejecting B")
 */
record Attribution(
    Pattern pattern,
    String cue,
    Cue.Kind kind,
    boolean negated,
    int speakerStart,
    int speakerEnd,
    int contentStart,
    int contentEnd,
    int claimStart,
    int claimEnd,
    boolean inherits) {

  /** The shape of the attribution, from the most to the least explicit. */
  enum Pattern {
    /** "SPEAKER CUE (that) CONTENT". */
    SUBJECT,
    /** "CONTENT, SPEAKER CUE." or "“CONTENT,” SPEAKER CUE." */
    TRAILING,
    /** "CONTENT, CUE SPEAKER." */
    INVERTED,
    /** "CONTENT, SPEAKER CUE, CONTENT." */
    PARENTHETICAL,
    /** "CONTENT, according to SPEAKER." */
    ACCORDING_TO,
    /** "SPEAKER's claim that CONTENT", "claims by SPEAKER that CONTENT". */
    NOMINAL,
    /** "a lawsuit ... accusing X of Y". */
    PARTICIPLE,
    /** "X was accused of Y", "it is alleged that". */
    PASSIVE,
    /** "X allegedly did Y": the source is the one the article last cited. */
    HEDGE,
    /** A quotation with no cue, continuing the previous speaker's words. */
    CONTINUATION
  }

  /** An attribution whose claim is the whole unit, with a speaker of its own. */
  Attribution(Pattern pattern, String cue, Cue.Kind kind, boolean negated, int speakerStart,
      int speakerEnd, int contentStart, int contentEnd) {
    this(pattern, cue, kind, negated, speakerStart, speakerEnd, contentStart, contentEnd, -1, -1,
        false);
  }

  boolean hasSpeaker() {
    return speakerStart >= 0;
  }

  /** The same attribution with its content ending at {@code end} and its claim at {@code end}. */
  Attribution endingAt(int end, int unitStart) {
    return new Attribution(pattern, cue, kind, negated, speakerStart, speakerEnd, contentStart,
        Math.min(contentEnd, end), claimStart < 0 ? unitStart : claimStart, end, inherits);
  }

  Attribution coveringFrom(int start, int end) {
    return new Attribution(pattern, cue, kind, negated, speakerStart, speakerEnd, contentStart,
        contentEnd, start, end, inherits);
  }
}
