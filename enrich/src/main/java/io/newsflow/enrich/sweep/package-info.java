/**
 * The robustness sweep: texts enriched whole, cut at seeded random sentence boundaries (prefixes,
 * suffixes, middle windows) and spliced with one another, each result checked against the output
 * contract's invariants, and every failing input kept so that {@code newsflow annotate} replays
 * it. Run over real pages with {@code newsflow bench enrich DIR --sweep}; over the project's own
 * fictional texts by {@code FictionalTextSweepTest}.
 */
package io.newsflow.enrich.sweep;
