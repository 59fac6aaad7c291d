package io.newsflow.web.sources;

import io.newsflow.web.query.JsonHandler;
import io.newsflow.web.query.QueryParams;
import java.net.URI;
import java.util.Set;

/**
 * {@code GET /api/sources?scope=all|local&at=...}: a {@link SourceHealthReport} as JSON. A bad
 * parameter is a 400 with a one-line {@code error}; stores not ready yet, a 503.
 */
public final class SourceHealthHandler extends JsonHandler {
  /** Where the handler must be served: other instances ask each other there. */
  public static final String PATH = "/api/sources";
  static final Set<String> PARAMS = Set.of("scope", "at");

  private final SourceHealthQuery query;

  public SourceHealthHandler(SourceHealthQuery query) {
    this.query = query;
  }

  @Override
  protected SourceHealthReport query(URI uri) {
    QueryParams params = QueryParams.of(uri, PARAMS);
    return query.sources(params.scope(), params.instant("at"));
  }
}
