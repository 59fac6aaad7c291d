/**
 * Entities of one article: names from the tagger repaired by document-level consistency (one
 * type per name, title-case headings trusted only for names the body confirms, short forms and
 * surnames joined to full names), money, percentages and dates with normalised values, grouped
 * under one canonical name and type with a salience score.
 */
package io.newsflow.enrich.entities;
