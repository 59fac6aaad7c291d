package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.EntityType;

/**
 * A money amount, percentage or date found in a text.
 *
 * @param normalized for example {@code USD 150000000}, {@code 12.5%}, {@code 2024-04-02}, {@code
 *     2013-08}, {@code 2024-W14}; null when the value cannot be derived (a relative date without a
 *     publication date)
 */
public record NumericMention(int start, int end, String text, EntityType type, String normalized) {}
