/**
 * The page: view models built from enriched articles (the text cut into segments that carry the
 * entity mention and the claim they belong to), the routes that render them through the JTE
 * templates under {@code src/main/jte} (which escape everything they print), and the
 * Server-Sent Events that bring new articles to an open page.
 */
package io.newsflow.web.page;
