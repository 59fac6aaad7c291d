package io.newsflow.enrich.claims;

/**
 * How a claim unit attributes its content: the cue, where the speaker is written and where the
 * content is. Offsets are character offsets into the article's text; the speaker offsets are -1
 * when the unit names no speaker (a passive "was accused", a bare "allegedly").
 */
record Attribution(
    Pattern pattern,
    String cue,
    Cue.Kind kind,
    boolean negated,
    int speakerStart,
    int speakerEnd,
    int contentStart,
    int contentEnd) {

  /** The shape of the attribution, from the most to the least explicit. */
  enum Pattern {
    /** "SPEAKER CUE (that) CONTENT". */
    SUBJECT,
    /** "CONTENT, SPEAKER CUE." or "“CONTENT,” SPEAKER CUE." */
    TRAILING,
    /** "CONTENT, CUE SPEAKER." */
    INVERTED,
    /** "CONTENT, according to SPEAKER." */
    ACCORDING_TO,
    /** "a lawsuit ... accusing X of Y". */
    PARTICIPLE,
    /** "X was accused of Y", "it is alleged that". */
    PASSIVE,
    /** "X allegedly did Y": the source is the one the article last cited. */
    HEDGE,
    /** A quotation with no cue, continuing the previous speaker's words. */
    CONTINUATION
  }

  boolean hasSpeaker() {
    return speakerStart >= 0;
  }
}
