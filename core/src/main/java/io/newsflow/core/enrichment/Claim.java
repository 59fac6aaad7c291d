package io.newsflow.core.enrichment;

/**
 * One attributed claim of an article.
 *
 * @param seq 1-based position of the claim in the article
 * @param text the claim as it stands in the article's text, from {@code start} to {@code end}
 * @param cue the word or phrase that attributes it: "alleges", "denied", "said", "according to"
 * @param hedged true when the article distances itself ("allegedly", "reportedly")
 * @param answers the {@code seq} of the allegation this denial rebuts, or null
 * @param type Full Fact claim type, or null when not classified
 */
public record Claim(
    int seq,
    String text,
    int start,
    int end,
    Stance stance,
    Speaker speaker,
    String cue,
    QuoteKind quote,
    boolean hedged,
    Integer answers,
    ClaimType type) {}
