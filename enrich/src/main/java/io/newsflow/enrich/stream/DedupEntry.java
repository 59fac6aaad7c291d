package io.newsflow.enrich.stream;

/** What the dedup store remembers of an article: the last content hash seen and when. */
record DedupEntry(String contentHash, int version, long seenAtMs) {}
