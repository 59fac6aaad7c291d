package io.newsflow.app.cli;

import io.newsflow.sink.search.TopEntitiesFormatter;
import io.newsflow.sink.search.TopEntitiesQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow top}: the most mentioned entities, from the PostgreSQL tables. */
@Command(name = "top", mixinStandardHelpOptions = true,
    description = {
        "Lists the entities in the most articles written to PostgreSQL, with the number of "
            + "articles and of mentions, as a table, one JSON array or CSV.",
        "Exit code 2 with a one-line message on bad input or when PostgreSQL cannot be asked."})
public final class TopCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Mixin QueryOptions query;

  @Option(names = "--type", paramLabel = "TYPE", split = ",",
      description = "Only entities of these types: person, organization, location, misc, money, "
          + "percent, date (default: person, organization, location and misc).")
  List<String> types = new ArrayList<>();

  @Override
  public Integer call() {
    return query.run("top", options, parsed -> {
      TopEntitiesQuery q = new TopEntitiesQuery(parsed.since(), parsed.until(),
          TopEntitiesQuery.types(types), parsed.site(), parsed.limit());
      return search -> TopEntitiesFormatter.format(search.topEntities(q), parsed.format());
    });
  }
}
