package io.newsflow.core.enrichment;

/**
 * One occurrence of an entity: the text as written and its character offsets into the article's
 * {@code text} ({@code end} exclusive). {@code normalized} carries a derived value for DATE, MONEY
 * and PERCENT mentions (for example {@code 2013-08} or {@code USD 150000000}), else null.
 */
public record Mention(String text, int start, int end, String normalized) {}
