/**
 * Reading the PostgreSQL tables back: ranked full-text search with entity, stance and time
 * filters ({@code newsflow search}), and a plain-text table to print the results.
 */
package io.newsflow.sink.search;
