package io.newsflow.enrich.eval;

import io.newsflow.core.enrichment.EntityType;

/** One hand-annotated entity mention; {@code end} is exclusive. */
record GoldMention(String text, EntityType type, int start, int end) {}
