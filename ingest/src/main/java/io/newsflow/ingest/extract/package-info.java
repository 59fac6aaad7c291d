/**
 * Article extraction with jsoup: metadata (title, authors, dates, language, canonical URL, ...)
 * and the main text without boilerplate.
 */
package io.newsflow.ingest.extract;
