/**
 * The live page of a running Newsflow: the latest articles with their entities and claims, the
 * claims view, trending entities, source health and search, updated over Server-Sent Events.
 * It reads the public topics only (and the compacted source status ingest keeps), so it runs in
 * {@code newsflow run} or alone ({@code newsflow web}) against any cluster.
 */
package io.newsflow.web;
