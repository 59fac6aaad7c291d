/**
 * The Stanford CoreNLP engine behind {@link io.newsflow.enrich.ArticleEnricher}: one shared
 * pipeline per JVM (tokens, sentences, part-of-speech tags, named-entity tags), bounded so that no
 * article can stall a stream thread, and its results copied into small records of our own so that
 * the entity and claim finders do not depend on CoreNLP's types.
 */
package io.newsflow.enrich.nlp;
