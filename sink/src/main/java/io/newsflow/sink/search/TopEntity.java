package io.newsflow.sink.search;

import io.newsflow.core.enrichment.EntityType;

/**
 * One line of {@code newsflow top}.
 *
 * @param key the entity's key ({@code organization:norvane-systems})
 * @param name its most frequent canonical name in the window
 * @param articles how many articles of the window mention it
 * @param mentions how many times they mention it, all together
 */
public record TopEntity(String key, String name, EntityType type, long articles, long mentions) {}
