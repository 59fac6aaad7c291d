/**
 * Polite, bounded HTTP fetching: robots.txt, per-host delays, conditional requests, retries with
 * backoff, body and time limits, redirects checked against the address guard.
 */
package io.newsflow.ingest.fetch;
