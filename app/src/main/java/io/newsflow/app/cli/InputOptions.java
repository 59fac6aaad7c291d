package io.newsflow.app.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and output of {@code extract} and {@code annotate}. */
public final class InputOptions {
  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files, folders of files, or http(s) URLs.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write <name>.json per input here; default: stdout.")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The URL of a single local file, to resolve its links and dates.")
  String baseUrl;

  List<Inputs.Input> expand(List<String> extensions) {
    return Inputs.expand(inputs, extensions);
  }

  /** The base URL applies to a lone input only. */
  String baseUrlFor(List<Inputs.Input> all) {
    return all.size() == 1 ? baseUrl : null;
  }
}
