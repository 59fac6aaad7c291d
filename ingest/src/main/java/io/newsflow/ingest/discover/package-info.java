/**
 * Discovering article URLs: feeds (RSS 0.9x/2.0, RSS 1.0/RDF, Atom), sitemaps (URL sets, indexes,
 * Google News, gzip, text, robots.txt {@code Sitemap:} lines), home and section pages, and WARC
 * archives. Pure parsing: bytes in, {@link io.newsflow.ingest.discover.DiscoveredLink}s or {@link
 * io.newsflow.ingest.discover.WarcPage}s out; nothing here opens a connection.
 *
 * <p>Every parser is tolerant of the defects real sources carry (wrong encodings, garbage before
 * the prolog, unescaped ampersands, odd dates, relative links) and fails on a document it cannot
 * read with a {@link io.newsflow.ingest.discover.DiscoveryException} that says why. XML parsers
 * refuse document type declarations with an internal subset, so external entities and entity
 * expansion bombs are never processed.
 */
package io.newsflow.ingest.discover;
