/**
 * The word lists that the entity and claim rules match against, kept as data: one resource file
 * per list under {@code io/newsflow/enrich/lexicon/}, read by {@link
 * io.newsflow.enrich.lexicon.Lexicon}. Depends on nothing else in enrich, so {@code entities} and
 * {@code claims} can both use it.
 */
package io.newsflow.enrich.lexicon;
