package io.newsflow.ingest.fetch;

import io.newsflow.core.status.FetchOutcome;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one try ended: an outcome (with the response head and body when there was one), or a redirect
 * to follow ({@code location} set, {@code outcome} null).
 */
record Step(
    FetchOutcome outcome,
    ResponseHead head,
    byte[] body,
    String reason,
    boolean retriable,
    Duration retryAfter,
    String location,
    String etag,
    String lastModified) {

  static Step failure(
      FetchOutcome outcome,
      ResponseHead head,
      String reason,
      boolean retriable,
      Duration retryAfter) {
    return new Step(outcome, head, null, reason, retriable, retryAfter, null, null, null);
  }

  Integer status() {
    return head == null ? null : head.status();
  }

  Step withReason(String newReason) {
    return new Step(
        outcome, head, body, newReason, retriable, retryAfter, location, etag, lastModified);
  }

  FetchResult toResult(FetchTarget target, URI finalUri, long tookMs) {
    boolean ok = outcome == FetchOutcome.OK;
    return new FetchResult(
        target.url(),
        finalUri.toString(),
        outcome,
        status(),
        head == null ? null : head.header("Content-Type").orElse(null),
        ok ? head.charset() : null,
        ok ? body : null,
        etag,
        lastModified,
        reason,
        tookMs);
  }

  /** What {@code exchange} means for {@code target}, its body cut at {@code limit}. */
  static Step read(Exchange exchange, FetchTarget target, int limit, Instant now) {
    if (exchange.hasFailed()) {
      return Step.failure(exchange.failure(), null, exchange.reason(), exchange.retriable(), null);
    }
    ResponseHead head = exchange.head();
    int status = head.status();
    if (status == 304) {
      return new Step(
          FetchOutcome.NOT_MODIFIED,
          head,
          null,
          null,
          false,
          null,
          null,
          head.header("ETag").orElse(target.etag()),
          head.header("Last-Modified").orElse(target.lastModified()));
    }
    if (status >= 300 && status < 400) {
      Optional<String> location = head.header("Location");
      if (location.isEmpty()) {
        return Step.failure(
            FetchOutcome.INVALID, head, "HTTP " + status + " without a Location", false, null);
      }
      return new Step(null, head, null, null, false, null, location.get(), null, null);
    }
    if (status >= 200 && status < 300) {
      return body(exchange, target, limit);
    }
    if (status >= 400 && status < 500) {
      boolean retriable = status == 408 || status == 429;
      return Step.failure(
          FetchOutcome.HTTP_4XX,
          head,
          "HTTP " + status,
          retriable,
          status == 429 ? retryAfter(head, now) : null);
    }
    if (status >= 500) {
      boolean retriable = status != 501 && status != 505;
      return Step.failure(
          FetchOutcome.HTTP_5XX,
          head,
          "HTTP " + status,
          retriable,
          status == 503 ? retryAfter(head, now) : null);
    }
    return Step.failure(FetchOutcome.INVALID, head, "unexpected HTTP " + status, false, null);
  }

  private static Step body(Exchange exchange, FetchTarget target, int limit) {
    ResponseHead head = exchange.head();
    if (!target.expected().accepts(head.mediaType())) {
      return Step.failure(
          FetchOutcome.NOT_HTML,
          head,
          "content type " + head.mediaType() + " is not " + describe(target.expected()),
          false,
          null);
    }
    if (exchange.bodyState() == Exchange.BodyState.OVERSIZE && !target.robotsTxt()) {
      return Step.failure(
          FetchOutcome.TOO_LARGE, head, "body longer than " + limit + " bytes", false, null);
    }
    String encoding = head.header("Content-Encoding").orElse(null);
    ContentDecoder.Decoded decoded;
    try {
      decoded = ContentDecoder.decode(exchange.body(), encoding, limit, target.robotsTxt());
    } catch (ContentDecoder.UnknownCodingException e) {
      return Step.failure(FetchOutcome.INVALID, head, e.getMessage(), false, null);
    } catch (IOException e) {
      return Step.failure(
          FetchOutcome.INVALID,
          head,
          "body is not valid " + encoding + ": " + e.getMessage(),
          false,
          null);
    }
    if (decoded.oversize() && !target.robotsTxt()) {
      return Step.failure(
          FetchOutcome.TOO_LARGE,
          head,
          "body longer than " + limit + " bytes once decoded from " + encoding,
          false,
          null);
    }
    return new Step(
        FetchOutcome.OK,
        head,
        decoded.bytes(),
        null,
        false,
        null,
        null,
        head.header("ETag").orElse(null),
        head.header("Last-Modified").orElse(null));
  }

  private static Duration retryAfter(ResponseHead head, Instant now) {
    return head.header("Retry-After").flatMap(v -> Backoff.retryAfter(v, now)).orElse(null);
  }

  private static String describe(ExpectedContent expected) {
    switch (expected) {
      case HTML:
        return "HTML or XHTML";
      case XML_OR_TEXT:
        return "XML or text";
      default:
        return "acceptable";
    }
  }
}
