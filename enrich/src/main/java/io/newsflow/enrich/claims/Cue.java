package io.newsflow.enrich.claims;

/**
 * A verb of saying.
 *
 * @param lemma its base form, "allege"
 * @param kind what it says about the claim's stance
 * @param weak true for verbs that attribute speech only with a quote, a "that" clause or after
 *     the quote ("added", "noted", "continues", "called"); on their own they are narrative
 */
public record Cue(String lemma, Kind kind, boolean weak) {

  /** The stance a cue verb gives its claim by itself. */
  public enum Kind {
    /** "allege", "accuse", "claim": the content is an allegation. */
    ALLEGE,
    /** "deny", "reject", "dispute": the content is denied. */
    DENY,
    /** "admit", "acknowledge", "concede": negated, a denial. */
    ADMIT,
    /** "say", "state", "tell": no stance of its own. */
    NEUTRAL
  }
}
