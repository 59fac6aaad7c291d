/**
 * Attributed claims of one article: direct and indirect speech, "according to", hedged reports and
 * denials, each with its speaker (pronouns and descriptions resolved to an earlier source), cue,
 * stance, quote kind and an optional Full Fact claim type.
 */
package io.newsflow.enrich.claims;
