/**
 * The live page in a process: the web module's page, feed and aggregations wired to this
 * process's configuration and HTTP server, with PostgreSQL's full-text search behind the search
 * box when the sink writes there.
 */
package io.newsflow.app.page;
