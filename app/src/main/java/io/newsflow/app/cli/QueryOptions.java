package io.newsflow.app.cli;

import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.error.NewsflowException;
import io.newsflow.sink.search.ArticleSearch;
import io.newsflow.sink.search.OutputFormat;
import io.newsflow.sink.search.SearchQuery;
import io.newsflow.sink.search.TimeBound;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The options of the commands that ask the sink's PostgreSQL tables ({@code search}, {@code
 * top}), and how they run: every option is read before the database is asked, and bad input, a
 * database that cannot be reached or has no tables end with one line on stderr and exit code 2.
 */
public final class QueryOptions {
  @Option(names = "--since", paramLabel = "WHEN",
      description = "Only articles published (else fetched) at or after this: an age such as 24h "
          + "or 7d, a date (2031-03-14: midnight UTC) or an instant (2031-03-14T09:30:00Z).")
  String since;

  @Option(names = "--until", paramLabel = "WHEN",
      description = "Only articles published (else fetched) before this; the same forms as "
          + "--since.")
  String until;

  @Option(names = "--site", paramLabel = "HOST",
      description = "Only articles of this site, e.g. harbour-gazette.test (its subdomains such "
          + "as www. too; a URL gives its host).")
  String site;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "At most this many results, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  String limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), json (one JSON array) or csv (a header row, then RFC 4180 "
          + "rows); json and csv are written in UTF-8.")
  String format;

  @Option(names = "--postgres-url", paramLabel = "JDBC_URL",
      description = "The database the sink writes to (default: sink.postgres.url).")
  String postgresUrl;

  /** The shared options, read and checked. */
  record Parsed(Instant since, Instant until, String site, int limit, OutputFormat format) {}

  /**
   * Reads the options, builds the query with {@code request} (which may refuse its own options
   * with an {@link IllegalArgumentException}), asks the configured database and prints the
   * answer to stdout.
   *
   * @param command the command's name, for error messages
   * @return the exit code: 0, or 2 after a one-line error on stderr
   */
  int run(String command, ConfigOptions config,
      Function<Parsed, Function<ArticleSearch, String>> request) {
    try {
      Parsed parsed = parse(Instant.now());
      Function<ArticleSearch, String> answer = request.apply(parsed);
      NewsflowConfig loaded =
          config.load(postgresUrl == null ? Map.of() : Map.of("sink.postgres.url", postgresUrl));
      if (!loaded.sink().postgres().enabled()) {
        throw new IllegalArgumentException(
            "no PostgreSQL configured (--postgres-url or sink.postgres.url)");
      }
      print(answer.apply(ArticleSearch.of(loaded.sink().postgres())), parsed.format(), System.out);
      return 0;
    } catch (IllegalArgumentException | NewsflowException e) {
      System.err.println("newsflow " + command + ": " + e.getMessage());
      return 2;
    }
  }

  Parsed parse(Instant now) {
    return new Parsed(
        since == null ? null : bound("--since", since, now),
        until == null ? null : bound("--until", until, now),
        SearchQuery.site(site),
        limit(),
        OutputFormat.of(format));
  }

  private static Instant bound(String option, String text, Instant now) {
    try {
      return TimeBound.parse(text, now);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  private int limit() {
    try {
      int n = Integer.parseInt(limit.strip());
      if (n >= 1 && n <= SearchQuery.MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        "--limit must be a whole number from 1 to " + SearchQuery.MAX_LIMIT + ": '" + limit + "'");
  }

  /** A table in the console's encoding; JSON and CSV always in UTF-8, for the programs reading. */
  static void print(String text, OutputFormat format, PrintStream out) {
    if (format == OutputFormat.TABLE) {
      out.print(text);
    } else {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
    }
    out.flush();
  }
}
