package io.newsflow.app;

import io.newsflow.app.cli.AnnotateCommand;
import io.newsflow.app.cli.BenchCommand;
import io.newsflow.app.cli.BrokerCommand;
import io.newsflow.app.cli.EnrichCommand;
import io.newsflow.app.cli.ExtractCommand;
import io.newsflow.app.cli.HealthCommand;
import io.newsflow.app.cli.IngestCommand;
import io.newsflow.app.cli.LogFormat;
import io.newsflow.app.cli.RunCommand;
import io.newsflow.app.cli.SearchCommand;
import io.newsflow.app.cli.SinkCommand;
import io.newsflow.app.cli.SourcesCommand;
import io.newsflow.app.cli.StageRunner;
import io.newsflow.app.cli.TopCommand;
import io.newsflow.app.cli.WebCommand;
import io.newsflow.core.error.ConfigException;
import io.newsflow.core.error.RetriableException;
import java.util.Locale;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Entry point of the {@code newsflow} command. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    version = "newsflow 0.1.0",
    description = "Streaming news ingestion on Apache Kafka: fetch, extract, enrich with entities "
        + "and claims, and write the results onward.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      EnrichCommand.class,
      SinkCommand.class,
      ExtractCommand.class,
      AnnotateCommand.class,
      SourcesCommand.class,
      SearchCommand.class,
      TopCommand.class,
      WebCommand.class,
      BrokerCommand.class,
      HealthCommand.class,
      BenchCommand.class
    })
public final class Newsflow implements Runnable {
  @Option(names = "--log-format", paramLabel = "text|json", scope = ScopeType.INHERIT,
      description = "Log lines as text with the date (default) or one JSON object per line; "
          + "also NEWSFLOW_LOG_FORMAT.")
  String logFormat;

  public static void main(String[] args) {
    try {
      // Before the first logger is made: logback reads the choice when it starts.
      LogFormat.choose(args, System.getenv());
    } catch (ConfigException e) {
      System.err.println("newsflow: " + e.getMessage());
      System.exit(2);
    }
    int code = execute(args);
    // After Ctrl-C the JVM is already exiting; System.exit would wait for the hook that waits
    // for this thread.
    if (!StageRunner.stopping()) {
      System.exit(code);
    }
  }

  /** Runs the command line and returns its exit code; used by tests too. */
  public static int execute(String... args) {
    // Figures are read by scripts: "12.5 s", never "12,5 s", whatever the user's locale.
    Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    CommandLine cli = new CommandLine(new Newsflow());
    cli.setExecutionExceptionHandler(
        (error, command, parsed) -> {
          // Expected conditions (a bad setting, a broker or database out of reach) are one line;
          // only a bug prints a stack trace.
          if (error instanceof ConfigException) {
            command.getErr().println("newsflow: " + error.getMessage());
            return 2;
          }
          if (error instanceof RetriableException) {
            command.getErr().println("newsflow: " + error.getMessage());
            return 1;
          }
          throw error;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
