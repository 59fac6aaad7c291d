/**
 * Reading the PostgreSQL tables back: ranked full-text search with time, site, entity and stance
 * filters ({@code newsflow search}), the most mentioned entities of a window ({@code newsflow
 * top}), and their output as a plain-text table, one JSON array or CSV.
 */
package io.newsflow.sink.search;
