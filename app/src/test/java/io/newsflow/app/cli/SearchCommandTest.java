package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code newsflow search} and {@code newsflow top} refuse bad input and an unreachable database
 * with one line on stderr and exit code 2, reading every option before asking the database. No
 * database: a closed port on this host stands for one that is down.
 */
class SearchCommandTest {
  private static String downUrl;
  private static String downUrlRedacted;

  @BeforeAll
  static void aClosedPort() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    downUrl = "jdbc:postgresql://127.0.0.1:" + port + "/news?password=s3cret&connectTimeout=2";
    downUrlRedacted =
        "jdbc:postgresql://127.0.0.1:" + port + "/news?password=****&connectTimeout=2";
  }

  private static void assertOneLineError(CommandRun run, String line) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(line + System.lineSeparator());
  }

  @Test
  void anUnknownEntityTypeIsOneLineAndExitCode2() {
    assertOneLineError(CommandRun.of("top", "--type", "person,persons", "--postgres-url", downUrl),
        "newsflow top: unknown entity type 'persons': use one of person, organization, "
            + "location, misc, money, percent, date");
  }

  @Test
  void aBadDurationIsOneLineAndExitCode2() {
    assertOneLineError(CommandRun.of("search", "rider", "--since", "3 fortnights",
            "--postgres-url", downUrl),
        "newsflow search: --since: not a duration, date or time: '3 fortnights' "
            + "(use 24h, 7d, 2031-03-14 or 2031-03-14T09:30:00Z)");
    assertOneLineError(CommandRun.of("top", "--until", "2031-13-01", "--postgres-url", downUrl),
        "newsflow top: --until: not a duration, date or time: '2031-13-01' "
            + "(use 24h, 7d, 2031-03-14 or 2031-03-14T09:30:00Z)");
  }

  @Test
  void anEmptyTimeWindowIsOneLineAndExitCode2() {
    CommandRun run = CommandRun.of("top", "--since", "2031-03-14", "--until", "2031-03-13",
        "--postgres-url", downUrl);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("newsflow top: the time window is empty").hasLineCount(1);
  }

  @Test
  void anUnknownFormatIsOneLineAndExitCode2() {
    assertOneLineError(CommandRun.of("search", "rider", "--format", "xml", "--postgres-url",
        downUrl), "newsflow search: unknown format 'xml': use one of table, json, csv");
  }

  @Test
  void aBadLimitIsOneLineAndExitCode2() {
    assertOneLineError(CommandRun.of("top", "--limit", "lots", "--postgres-url", downUrl),
        "newsflow top: --limit must be a whole number from 1 to 1000: 'lots'");
    assertOneLineError(CommandRun.of("top", "--limit", "0", "--postgres-url", downUrl),
        "newsflow top: --limit must be a whole number from 1 to 1000: '0'");
  }

  @Test
  void anUnknownStanceOrABadSiteIsOneLineAndExitCode2() {
    assertOneLineError(CommandRun.of("search", "--stance", "rebuttal", "--postgres-url", downUrl),
        "newsflow search: unknown stance 'rebuttal': use one of [ALLEGATION, DENIAL, ASSERTION]");
    assertOneLineError(CommandRun.of("top", "--site", "not a host", "--postgres-url", downUrl),
        "newsflow top: not a site: 'not a host' (use a host name such as harbour-gazette.test)");
  }

  @Test
  void aSearchWithoutAnyFilterIsRefused() {
    assertOneLineError(CommandRun.of("search", "--postgres-url", downUrl),
        "newsflow search: give a query text, an entity, a stance, a site or a time window");
  }

  @Test
  void withoutADatabaseConfiguredTheCommandSaysHowToGiveOne() {
    assertOneLineError(CommandRun.of("top", "--set", "sink.postgres.url="),
        "newsflow top: no PostgreSQL configured (--postgres-url or sink.postgres.url)");
  }

  @Test
  void anUnreachableDatabaseIsNamedByItsUrlWithoutThePassword() {
    for (String command : new String[] {"search", "top"}) {
      CommandRun run = CommandRun.of(command, "--since", "24h", "--postgres-url", downUrl);
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("newsflow " + command + ": cannot reach PostgreSQL at " + downUrlRedacted
              + ": ")
          .doesNotContain("s3cret")
          .hasLineCount(1);
    }
  }

  @Test
  void anAgeCountsBackFromNow() {
    QueryOptions options = new QueryOptions();
    new CommandLine(options).parseArgs("--since", "24h", "--until", "2h", "--format", "CSV");
    Instant now = Instant.parse("2031-03-14T12:00:00Z");
    QueryOptions.Parsed parsed = options.parse(now);
    assertThat(parsed.since()).isEqualTo(Instant.parse("2031-03-13T12:00:00Z"));
    assertThat(parsed.until()).isEqualTo(Instant.parse("2031-03-14T10:00:00Z"));
    assertThat(parsed.limit()).isEqualTo(20);
    assertThat(parsed.format()).isEqualTo(io.newsflow.sink.search.OutputFormat.CSV);
  }

  @Test
  void topIsACommandWithItsOwnHelp() {
    CommandRun run = CommandRun.of("top", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--type").contains("--since").contains("--until")
        .contains("--site").contains("--format");
  }
}
