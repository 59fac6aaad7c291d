/**
 * Entities of one article: names from the tagger repaired from their shape ({@code NameRepairs}:
 * datelines, organisation names ending in a head noun, demonyms, post-nominals, quoted titles
 * of works in {@code WorkTitles}) and by document-level consistency (one type per name,
 * title-case headings trusted only for names the body confirms, acronyms tied to the names they
 * stand for in {@code Acronyms}, short forms and surnames joined to full names), money,
 * percentages and dates with normalised values, grouped under one canonical name and type with a
 * salience score.
 */
package io.newsflow.enrich.entities;
