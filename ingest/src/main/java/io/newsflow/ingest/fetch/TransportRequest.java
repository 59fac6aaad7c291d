package io.newsflow.ingest.fetch;

import java.net.URI;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One GET for an {@link HttpTransport}.
 *
 * @param headers request headers besides User-Agent (Accept, Accept-Encoding, validators)
 * @param maxBodyBytes the most body bytes read (as sent, before content decoding)
 * @param keepOversizePrefix keep the first {@code maxBodyBytes} of a longer body (for robots.txt,
 *     read up to a limit) instead of dropping it
 * @param wantsBody whether the body of a response with this head is to be read at all
 */
record TransportRequest(
    URI uri,
    Map<String, String> headers,
    int maxBodyBytes,
    boolean keepOversizePrefix,
    Predicate<ResponseHead> wantsBody) {

  TransportRequest {
    headers = Map.copyOf(headers);
  }
}
