package io.newsflow.web.trending;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.web.query.BadQueryException;
import io.newsflow.web.query.JsonHandler;
import io.newsflow.web.query.QueryParams;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /api/trending?window=1h|24h&type=person&limit=10&scope=all|local&at=...}: a {@link
 * Trending} as JSON. Defaults: {@code window=1h}, every type, {@code limit=10}, {@code
 * scope=all}, {@code at} now (an ISO-8601 instant or epoch milliseconds; instances pass it on so
 * that all of them answer for the same windows). A bad parameter is a 400 with a one-line
 * {@code error}; stores not ready yet, a 503.
 */
public final class TrendingHandler extends JsonHandler {
  /** Where the handler must be served: other instances ask each other there. */
  public static final String PATH = "/api/trending";
  static final Set<String> PARAMS = Set.of("window", "type", "limit", "scope", "at");

  private final TrendingQuery query;

  public TrendingHandler(TrendingQuery query) {
    this.query = query;
  }

  @Override
  protected Trending query(URI uri) {
    QueryParams params = QueryParams.of(uri, PARAMS);
    TrendingWindow window = TrendingWindow.parse(params.get("window", TrendingWindow.HOUR.label()));
    EntityType type = type(params.get("type", null));
    int limit = params.intIn("limit", 1, TrendingQuery.MAX_LIMIT, TrendingQuery.DEFAULT_LIMIT);
    return query.top(window, type, limit, params.scope(), params.instant("at"));
  }

  private static EntityType type(String value) {
    if (value == null) {
      return null;
    }
    for (EntityType type : EntityType.values()) {
      if (type.name().equalsIgnoreCase(value)) {
        return type;
      }
    }
    throw new BadQueryException("type must be one of " + Arrays.stream(EntityType.values())
        .map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
        + ", not '" + value + "'");
  }
}
