/**
 * The blind evaluation set of {@code src/test/resources/eval/} and its scorer: fictional news
 * articles annotated by hand with their attributed claims and entity mentions, and the figures
 * the real enricher reaches on them (claim recall and precision, speaker, stance and cue accuracy,
 * entity precision, recall and F1 per type).
 */
package io.newsflow.enrich.eval;
