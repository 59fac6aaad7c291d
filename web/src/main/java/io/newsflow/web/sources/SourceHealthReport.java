package io.newsflow.web.sources;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a source health query: every source with articles or fetches in the last 24
 * hours or a status, by source id.
 *
 * @param at the reference time
 * @param from the start of the 24 hours counted: {@code [from, to)}, whole hours
 * @param complete false when an instance did not answer: the counts it holds are missing
 * @param missing the instances that did not answer, and why
 */
public record SourceHealthReport(
    Instant at,
    Instant from,
    Instant to,
    boolean complete,
    List<String> missing,
    List<SourceHealth> sources) {

  public SourceHealthReport {
    missing = missing == null ? List.of() : List.copyOf(missing);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
