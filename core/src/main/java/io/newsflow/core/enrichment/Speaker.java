package io.newsflow.core.enrichment;

/**
 * The source of a claim.
 *
 * @param text as written in the article, for example "a Meta spokesperson" or "it"
 * @param entity the canonical name of the entity it resolves to, for example "Meta", or null
 * @param kind person, organization, document or anonymous
 */
public record Speaker(String text, String entity, SpeakerKind kind) {}
