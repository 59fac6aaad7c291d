package io.newsflow.sink.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article found.
 *
 * @param time published, else fetched
 * @param rank full-text relevance in [0, 1), null without a query text
 * @param snippet the best-matching passage with the matched words in [brackets]; without a query
 *     text, the description or the start of the body
 * @param claims the claims matching the stance filter, in article order; empty without one
 */
public record SearchHit(
    String id,
    String title,
    String site,
    String url,
    OffsetDateTime time,
    Double rank,
    String snippet,
    List<ClaimHit> claims) {

  public SearchHit {
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  SearchHit withClaims(List<ClaimHit> claims) {
    return new SearchHit(id, title, site, url, time, rank, snippet, claims);
  }
}
