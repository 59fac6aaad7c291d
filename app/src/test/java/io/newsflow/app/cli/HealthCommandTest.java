package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.Newsflow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code newsflow health} against a local HTTP server on the loopback address. */
class HealthCommandTest {
  private HttpServer server;
  private final CountDownLatch release = new CountDownLatch(1);
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.createContext("/health/ready", exchange -> answer(exchange, 200,
        "{\n  \"status\": \"UP\",\n  \"checks\": {\"kafka\": \"UP\"}\n}\n"));
    server.createContext("/health/starting", exchange -> answer(exchange, 503,
        "{\"status\":\"DOWN\",\"checks\":{\"kafka\":\"DOWN\"}}"));
    server.createContext("/health/empty", exchange -> {
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.createContext("/health/slow", exchange -> {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      answer(exchange, 200, "{}");
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private int health(String... args) {
    CommandLine cli = new CommandLine(new HealthCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aReadyProcessExitsZeroAndPrintsItsBodyOnOneLine() {
    int code = health("--url", url("/health/ready"));

    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .containsExactly("{ \"status\": \"UP\", \"checks\": {\"kafka\": \"UP\"} }");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aProcessAnswering503ExitsOneAndStillPrintsItsBody() {
    int code = health("--url", url("/health/starting"));

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("\"status\":\"DOWN\"");
    assertThat(err.toString().strip())
        .isEqualTo("newsflow health: " + url("/health/starting") + " answered 503");
  }

  @Test
  void anEmptyBodyPrintsNothingAndA200IsStillHealthy() {
    assertThat(health("--url", url("/health/empty"))).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aMissingPathIsUnhealthy() {
    assertThat(health("--url", url("/nowhere"))).isEqualTo(1);
    assertThat(err.toString()).contains("answered 404");
  }

  @Test
  void nothingListeningIsOneLineOnStderrAndNoStackTrace() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    String nowhere = "http://127.0.0.1:" + port + "/health/ready";

    int code = health("--url", nowhere);

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("newsflow health: nothing answers at " + nowhere);
  }

  @Test
  void aProcessThatDoesNotAnswerInTimeIsUnhealthy() {
    long start = System.nanoTime();

    int code = health("--url", url("/health/slow"), "--timeout", "300ms");

    assertThat(code).isEqualTo(1);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
    assertThat(err.toString().strip())
        .isEqualTo("newsflow health: no answer from " + url("/health/slow") + " within 300ms");
  }

  @Test
  void aBadTimeoutOrUrlIsOneLineOnStderrAndExitCodeOne() {
    assertThat(health("--timeout", "soon")).isEqualTo(1);
    assertThat(health("--url", "ftp://127.0.0.1/health")).isEqualTo(1);
    assertThat(health("--url", "http://")).isEqualTo(1);
    assertThat(health("--timeout", "0s")).isEqualTo(1);
    assertThat(err.toString().lines())
        .hasSize(4)
        .allMatch(line -> line.startsWith("newsflow health: "))
        .startsWith(
            "newsflow health: not a duration: 'soon' (use 500ms, 30s, 15m, 2h, 7d or ISO-8601)",
            "newsflow health: not an http(s) URL: 'ftp://127.0.0.1/health'");
  }

  @Test
  void theDefaultUrlIsTheReadinessEndpointOnTheLoopbackPort8080() {
    CommandLine cli = new CommandLine(new HealthCommand());
    cli.parseArgs();

    assertThat(cli.getCommandSpec().findOption("--url").getValue().toString())
        .isEqualTo("http://127.0.0.1:8080/health/ready");
    assertThat(cli.getCommandSpec().findOption("--timeout").getValue().toString()).isEqualTo("5s");
  }

  @Test
  void newsflowHasTheHealthSubcommand() {
    assertThat(new CommandLine(new Newsflow()).getSubcommands()).containsKey("health");
  }

  @Test
  void aLongBodyIsCut() {
    assertThat(HealthCommand.oneLine("x".repeat(5000))).hasSize(2004).endsWith(" ...");
  }
}
