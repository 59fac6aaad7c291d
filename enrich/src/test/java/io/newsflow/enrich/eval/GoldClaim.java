package io.newsflow.enrich.eval;

import io.newsflow.core.enrichment.QuoteKind;
import io.newsflow.core.enrichment.Stance;

/**
 * One hand-annotated claim.
 *
 * @param content the claim's content exactly as written, from {@code start} to {@code end}
 * @param source the speaker as written ("the minister", "Lena Varga", "officials")
 * @param sourceEntity the canonical name the speaker refers to, or null when anonymous
 * @param cue the attributing word or phrase as written, or null for a quote that continues one
 */
record GoldClaim(String content, int start, int end, String source, String sourceEntity,
    String cue, Stance stance, QuoteKind quote) {}
