package io.newsflow.ingest.discover;

import java.time.Instant;

/**
 * One HTML page captured in a WARC file.
 *
 * @param url the WARC-Target-URI
 * @param fetchedAt the WARC-Date: when the crawler fetched it
 * @param status the HTTP status (always 200 for pages {@link WarcArticleReader} yields)
 * @param contentType the media type without parameters, lower-cased, e.g. {@code text/html}
 * @param charset the charset the HTTP Content-Type named, or null (the HTML parser then looks at
 *     the BOM and the meta tags)
 * @param body the payload, with chunked transfer coding and content encoding (gzip, deflate)
 *     removed
 * @param truncated true when the crawler cut the payload short (WARC-Truncated)
 * @param recordId the WARC-Record-ID, for a dead letter's source coordinates
 * @param offset the record's byte offset in the (compressed) file, for resuming and coordinates
 */
public record WarcPage(
    String url,
    Instant fetchedAt,
    int status,
    String contentType,
    String charset,
    byte[] body,
    boolean truncated,
    String recordId,
    long offset) {}
