package io.newsflow.sink.search;

import io.newsflow.core.enrichment.Stance;

/**
 * A claim of a found article.
 *
 * @param speaker as written in the article ("a Meta spokesperson")
 * @param speakerEntity the canonical name it resolves to ("Meta"), or null
 */
public record ClaimHit(
    int seq, Stance stance, String speaker, String speakerEntity, String cue, boolean hedged,
    String text) {}
