package io.newsflow.ingest.discover;

/**
 * A WARC record {@link WarcArticleReader} passed over.
 *
 * @param url the record's WARC-Target-URI, or null when it has none or its header is unreadable
 * @param offset the record's byte offset in the (compressed) file, or where the reader was when a
 *     record could not be framed
 * @param detail what was wrong, for a status record or a log line
 */
public record WarcSkip(WarcSkipReason reason, String url, long offset, String detail) {}
