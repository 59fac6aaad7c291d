package io.newsflow.app.cli;

import io.newsflow.core.config.DurationParser;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.sink.search.ArticleSearch;
import io.newsflow.sink.search.SearchQuery;
import io.newsflow.sink.search.SearchResultFormatter;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow search}: the common questions, answered from the PostgreSQL tables. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches the articles written to PostgreSQL: full-text with ranking, filtered "
        + "by time, entity and claim stance. Prints a table.")
public final class SearchCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Parameters(paramLabel = "QUERY", arity = "0..1",
      description = "Words to search for (web-search syntax: \"a phrase\", -excluded, or).")
  String query;

  @Option(names = "--since", paramLabel = "DURATION", description = "Only articles published "
      + "(or fetched) within this window, e.g. 24h or 7d.")
  String since;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles that mention it.")
  String entity;

  @Option(names = "--stance", paramLabel = "STANCE",
      description = "List claims with this stance: ALLEGATION, DENIAL or ASSERTION.")
  String stance;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20")
  int limit;

  @Option(names = "--postgres-url", paramLabel = "JDBC_URL")
  String postgresUrl;

  @Override
  public Integer call() {
    NewsflowConfig config =
        options.load(postgresUrl == null ? Map.of() : Map.of("sink.postgres.url", postgresUrl));
    if (!config.sink().postgres().enabled()) {
      System.err.println("newsflow search: no PostgreSQL configured (--postgres-url or "
          + "sink.postgres.url)");
      return 2;
    }
    SearchQuery q;
    try {
      q = new SearchQuery(query, since == null ? null
              : Instant.now().minus(DurationParser.parse(since)), entity,
          stance == null ? null : Stance.valueOf(stance.toUpperCase(Locale.ROOT)), limit);
    } catch (IllegalArgumentException e) {
      System.err.println("newsflow search: " + e.getMessage());
      return 2;
    }
    System.out.print(SearchResultFormatter.format(ArticleSearch.of(config.sink().postgres()).search(q)));
    return 0;
  }
}
