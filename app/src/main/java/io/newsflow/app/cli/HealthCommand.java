package io.newsflow.app.cli;

import io.newsflow.core.config.DurationParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow health}: asks a running Newsflow process over HTTP whether it is ready. Made for
 * container healthchecks: the image has a JVM but maybe no curl or wget.
 *
 * <p>Exit code 0 when the URL answers 200, 1 otherwise (another status, no answer, a bad option
 * value), as Docker expects of a healthcheck. The body goes to stdout on one line; a failure is
 * one line on stderr, never a stack trace.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
    description = "Checks a running Newsflow process: exit code 0 when the URL answers 200, "
        + "1 otherwise. Prints the answer's body on one line. For container healthchecks.")
public final class HealthCommand implements Callable<Integer> {
  static final String DEFAULT_URL = "http://127.0.0.1:8080/health/ready";

  /** A health body is a few lines of JSON; a wrong URL may answer a whole page. */
  private static final int MAX_PRINTED = 2000;

  @Spec CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL", defaultValue = DEFAULT_URL,
      description = "The URL to ask (default: ${DEFAULT-VALUE}).")
  String url;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s",
      description = "How long to wait for a connection, then for the answer (default: "
          + "${DEFAULT-VALUE}).")
  String timeout;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HttpClient client;
    HttpRequest request;
    try {
      Duration wait = DurationParser.parse(timeout);
      URI uri = URI.create(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("not an http(s) URL: '" + url + "'");
      }
      // No proxy, no redirect: the process checked is on this host.
      client = HttpClient.newBuilder()
          .connectTimeout(wait)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
      request = HttpRequest.newBuilder(uri).timeout(wait).GET().build();
    } catch (IllegalArgumentException e) {
      err.println("newsflow health: " + e.getMessage());
      return 1;
    }
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String body = oneLine(response.body());
      if (!body.isEmpty()) {
        out.println(body);
      }
      if (response.statusCode() != 200) {
        err.println("newsflow health: " + url + " answered " + response.statusCode());
        return 1;
      }
      return 0;
    } catch (ConnectException e) {
      if (causedBy(e, UnresolvedAddressException.class)) {
        err.println("newsflow health: unknown host in " + url);
      } else {
        err.println("newsflow health: nothing answers at " + url + detail(e));
      }
    } catch (HttpTimeoutException e) {
      err.println("newsflow health: no answer from " + url + " within " + timeout);
    } catch (IOException e) {
      String detail = detail(e);
      err.println("newsflow health: cannot ask " + url
          + (detail.isEmpty() ? " (" + e.getClass().getSimpleName() + ")" : detail));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("newsflow health: interrupted");
    }
    return 1;
  }

  /** The body with its line breaks and runs of spaces made single spaces, cut if long. */
  static String oneLine(String body) {
    String line = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_PRINTED ? line : line.substring(0, MAX_PRINTED) + " ...";
  }

  /** The first message down the causes, in parentheses; the HTTP client's often have none. */
  private static String detail(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return " (" + cause.getMessage() + ")";
      }
    }
    return "";
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
