/**
 * Attributed claims of one article: direct and indirect speech, "according to", hedged reports,
 * denials and nominal attributions ("Brandt's claim that ..."), each with its speaker (pronouns
 * and descriptions resolved to an earlier source of a fitting kind), cue, stance, quote kind and
 * an optional Full Fact claim type. A sentence may carry several claims ("X said A, while Y
 * warned B"; "X said A and that B"); each claim's text is its own stretch of the sentence. Stance
 * is decided once every claim of the article is known, so that a negated statement by a party
 * the article's allegations accuse is a denial wherever the allegation stands.
 */
package io.newsflow.enrich.claims;
