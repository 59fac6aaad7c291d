/**
 * Attributed claims of one article: direct and indirect speech, "according to", hedged reports,
 * denials and nominal attributions ("Brandt's claim that ..."), each with its speaker (pronouns
 * and descriptions resolved to an earlier source of a fitting kind), cue, stance, quote kind and
 * an optional Full Fact claim type. A sentence may carry several claims ("X said A, while Y
 * warned B"; "X said A and that B"); each claim's text is its own stretch of the sentence. Stance
 * is decided once every claim of the article is known: a negated statement by a party the
 * article accused before is a denial; the sides of the dispute ({@code Sides}: prosecutors and
 * plaintiffs allege, defence lawyers deny, however they are named later) decide what the wording
 * leaves open; and a speaker's next sentence keeps the stance its cue gave ("He denied X. 'We
 * moved at once,' he said."). Cues that take an object ("urged X to", "called for", "vowed to",
 * "accused X of", "dismissed the criticism") have the object as their content; passive reporting
 * hedges ("is said to") are allegations whose source is the hedge. Beyond speech, verbs of
 * belief and thought ("suspect", "speculated", "worried") attribute their clause, and documents,
 * data and regulations are sources ("online records revealed", "the new regulations state",
 * "data showing that"); a quotation right after a sentence announcing a named speaker's
 * statement is that speaker's. A question quoted from a named asker ("Varga asked, “Who will
 * pay?”") is the asker's claim; "asked"/"wondered" attribute nothing else, so indirect questions
 * ("asked whether") and the reporter's own questions stay out. A coordination of sources
 * ("farmers, shop owners and teachers said") speaks as a whole.
 */
package io.newsflow.enrich.claims;
