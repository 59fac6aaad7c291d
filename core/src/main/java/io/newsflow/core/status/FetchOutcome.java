package io.newsflow.core.status;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Every way a fetch can end; none is dropped silently. */
public enum FetchOutcome {
  @JsonProperty("ok")
  OK,
  @JsonProperty("not-modified")
  NOT_MODIFIED,
  /** Fetched, but the content hash is the one already published. */
  @JsonProperty("unchanged")
  UNCHANGED,
  @JsonProperty("robots-denied")
  ROBOTS_DENIED,
  @JsonProperty("http-4xx")
  HTTP_4XX,
  @JsonProperty("http-5xx")
  HTTP_5XX,
  @JsonProperty("timeout")
  TIMEOUT,
  @JsonProperty("connection-error")
  CONNECTION_ERROR,
  @JsonProperty("too-large")
  TOO_LARGE,
  @JsonProperty("not-html")
  NOT_HTML,
  @JsonProperty("blocked-address")
  BLOCKED_ADDRESS,
  @JsonProperty("too-many-redirects")
  TOO_MANY_REDIRECTS,
  @JsonProperty("paywalled")
  PAYWALLED,
  /** The page was fetched but no article could be extracted from it. */
  @JsonProperty("not-article")
  NOT_ARTICLE,
  @JsonProperty("invalid")
  INVALID;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
