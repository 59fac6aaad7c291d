package io.newsflow.app.cli;

import io.newsflow.sink.search.SearchQuery;
import io.newsflow.sink.search.SearchResultFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow search}: the common questions, answered from the PostgreSQL tables. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {
        "Searches the articles written to PostgreSQL: full-text with ranking, filtered by time, "
            + "site, entity and claim stance. Prints each article with its best-matching "
            + "passage (matched words in [brackets]) as a table, one JSON array or CSV.",
        "Exit code 2 with a one-line message on bad input or when PostgreSQL cannot be asked."})
public final class SearchCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Mixin QueryOptions query;

  @Parameters(paramLabel = "QUERY", arity = "0..1",
      description = "Words to search for (web-search syntax: \"a phrase\", -excluded, or).")
  String text;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles that mention it.")
  String entity;

  @Option(names = "--stance", paramLabel = "STANCE",
      description = "List claims with this stance: ALLEGATION, DENIAL or ASSERTION.")
  String stance;

  @Override
  public Integer call() {
    return query.run("search", options, parsed -> {
      SearchQuery q = new SearchQuery(text, parsed.since(), parsed.until(), entity,
          stance == null ? null : SearchQuery.stance(stance), parsed.site(), parsed.limit());
      return search -> SearchResultFormatter.format(search.search(q), parsed.format());
    });
  }
}
