/**
 * Entities and claims, the enriched article on {@code news-enriched-v1}, and the per-claim and
 * per-entity records derived from it for {@code news-claims-v1} and {@code
 * news-entity-mentions-v1}.
 */
package io.newsflow.core.enrichment;
