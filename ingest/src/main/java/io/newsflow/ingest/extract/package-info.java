/**
 * Article extraction with jsoup: metadata (title, authors, dates, language, canonical URL, ...)
 * and the main text without boilerplate.
 *
 * <p>Entry points: {@link io.newsflow.ingest.extract.HtmlPages#parse} turns fetched bytes into a
 * document with the right charset; {@link io.newsflow.ingest.extract.NewsArticleExtractor} reads
 * the article off it; {@link io.newsflow.ingest.extract.ExtractBenchmark} measures both.
 *
 * <p>How the text is found, in order: scripts, media, forms, navigation and hidden elements are
 * removed; elements named like boilerplate (share bars, comments, related stories, newsletter and
 * cookie boxes, bylines, tag lists, captions, ads, sidebars) are set aside unless they wrap the
 * headline or most of the page; paragraphs are scored Readability-style (length, commas, link
 * density, tag and class hints) and the best container is lifted to an ancestor with clearly more
 * paragraph text or to the enclosing {@code <article>}, replaced by an {@code
 * itemprop=articleBody} element that holds most of its text, and joined with its sibling
 * paragraphs, the lead paragraphs before it and the other parts of a story split into same-class
 * containers; inside, link-heavy boxes and teasers are dropped, then blocks that are links,
 * labels ("Read more", "Source link"), bylines, datelines, reading times and credits. A page
 * whose result is almost empty is searched again without the name-based rules.
 *
 * <p>Dates keep the offset the page gives; a date or time without one takes the other date's
 * offset, else UTC, and a date without a time is midnight. Language is the page's declared one
 * (primary subtag), else detected with Optimaize's n-gram detector.
 *
 * <p>Everything here is stateless and thread-safe; the extractor modifies the document it gets.
 */
package io.newsflow.ingest.extract;
