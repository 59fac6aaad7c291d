/**
 * Entities of one article: names from the tagger repaired by document-level consistency, money,
 * percentages and dates with normalised values, grouped under one canonical name and type with a
 * salience score.
 */
package io.newsflow.enrich.entities;
