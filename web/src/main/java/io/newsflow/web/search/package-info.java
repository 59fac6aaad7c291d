/**
 * The page's search box: a {@link io.newsflow.web.search.ArticleFinder} over the articles the
 * page holds, or over PostgreSQL's full-text index when the launcher provides one.
 */
package io.newsflow.web.search;
