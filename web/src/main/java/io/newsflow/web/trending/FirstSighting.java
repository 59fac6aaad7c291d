package io.newsflow.web.trending;

/**
 * What the trending topology remembers of one article for one entity: the time it was counted at
 * (its first version's), and the latest version seen with its mention count.
 *
 * @param at the event time the article was counted at, epoch milliseconds
 */
public record FirstSighting(long at, int version, int mentions) {}
