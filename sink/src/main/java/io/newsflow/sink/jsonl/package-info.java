/**
 * The JSON Lines destination: one line per article, one file per UTC hour (rotated by size too),
 * written to a {@code .open} file, fsynced, renamed atomically when closed and gzip-compressed.
 */
package io.newsflow.sink.jsonl;
