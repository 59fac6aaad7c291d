package io.newsflow.ingest.fetch;

import io.newsflow.core.status.FetchOutcome;

/**
 * What one HTTP exchange (one request, no redirect followed) gave: a response head with what was
 * read of its body (still content-encoded), or a failure with no usable response.
 *
 * @param body the body bytes read: all of them when {@link BodyState#COMPLETE}, the first {@code
 *     maxBodyBytes} when {@link BodyState#OVERSIZE} and a prefix was asked for, else none
 * @param failure the outcome when no response arrived ({@code timeout}, {@code connection-error}
 *     ...), else null
 * @param retriable whether trying the same request again may help, for failures
 */
record Exchange(
    ResponseHead head,
    byte[] body,
    BodyState bodyState,
    FetchOutcome failure,
    String reason,
    boolean retriable) {

  /** How much of the body was read. */
  enum BodyState {
    COMPLETE,
    /** Not wanted (an error status, a content type not expected): not downloaded. */
    SKIPPED,
    /** Longer than the limit: reading stopped there. */
    OVERSIZE
  }

  static Exchange received(ResponseHead head, byte[] body, BodyState state) {
    return new Exchange(head, body == null ? new byte[0] : body, state, null, null, false);
  }

  static Exchange failed(FetchOutcome outcome, String reason, boolean retriable) {
    return new Exchange(null, new byte[0], BodyState.SKIPPED, outcome, reason, retriable);
  }

  boolean hasFailed() {
    return failure != null;
  }
}
