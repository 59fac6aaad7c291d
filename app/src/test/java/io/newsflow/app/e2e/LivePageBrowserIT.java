package io.newsflow.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.process.NewsflowProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live page in a real browser (Debian's headless Chromium through chromedriver), served by
 * {@code newsflow run --demo} in a process of its own: the demo's articles with their claims, the
 * trending panel, a second page instance ({@code newsflow web}) answering the same counts, a new
 * article arriving while the page is open, and an article whose title, byline and text carry
 * markup, fetched and enriched like any other, shown as text.
 */
class LivePageBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path LOGS = Path.of("target", "it-logs", "LivePageBrowserIT");
  private static final Path SCREENSHOTS = Path.of("target");

  @TempDir Path dir;
  private NewsflowProcess newsflow;
  private NewsflowProcess web;
  private HttpServer hostileSite;
  private WebDriver browser;

  @AfterEach
  void stop() throws InterruptedException {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
    if (newsflow != null) {
      newsflow.close();
    }
    if (hostileSite != null) {
      hostileSite.stop(0);
    }
  }

  @Test
  void thePageShowsTheDemoLiveAndAnArticlesMarkupAsText() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && System.getenv("CI") != null) {
      throw new AssertionError("chromium and chromium-driver must be installed in CI (.ci/run)");
    }
    Assumptions.assumeTrue(installed, "chromium and chromedriver are not installed");
    String hostileUrl = startHostileSite();
    int kafkaPort = NewsflowProcess.freePort();
    int httpPort = NewsflowProcess.freePort();
    Path data = dir.resolve("data");
    newsflow = NewsflowProcess.start(LOGS, "run", "2g", "run", "--demo", "--data-dir",
        data.toString(), "--set", "kafka.embedded.listen=127.0.0.1:" + kafkaPort,
        "--http", "127.0.0.1:" + httpPort, "--progress-every", "1s");
    String page = "http://127.0.0.1:" + httpPort + "/";
    newsflow.await("the demo articles in the sink", Duration.ofMinutes(4),
        () -> metric(page, "newsflow_sink_written_total") >= 30);

    browser = chromium();
    browser.get(page);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.until(b -> b.findElements(By.cssSelector("article.card")).size() >= 30);
    assertThat(browser.findElements(By.cssSelector(".claim.stance-allegation"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".claim.stance-denial"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("mark.ent.ent-organization"))).isNotEmpty();
    // Trending: the running story's company is among the entities of the demo's last 24 hours.
    wait.until(b -> {
      b.navigate().refresh();
      return b.findElement(By.id("trending")).getText().contains("Corvia Mills");
    });

    screenshot("live-page.png");
    aSecondPageAloneSharesTheCountsOfTheFirst(data, page);

    // Live: an article published while the page is open appears without a reload.
    ((JavascriptExecutor) browser).executeScript("window.newsflowNoReload = true;");
    NewsflowProcess add = NewsflowProcess.run(LOGS, "sources-add", Duration.ofMinutes(2),
        "sources", "add", "--type", "page", hostileUrl, "--data-dir", data.toString());
    assertThat(add.exitCode()).as(add.stderr()).isZero();
    WebElement hostile = new WebDriverWait(browser, Duration.ofMinutes(3)).until(b ->
        b.findElements(By.cssSelector("article.card h2.title")).stream()
            .filter(t -> t.getText().contains("onerror")).findFirst().orElse(null));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.newsflowNoReload"))
        .isEqualTo(true);

    // Its markup is text: the title reads as written, nothing ran, no element was made of it.
    assertThat(hostile.getText()).contains("<img src=x onerror=alert(1)> Council minutes leak");
    WebElement card = hostile.findElement(By.xpath("./ancestor::article"));
    assertThat(card.getText()).contains("<script>alert(3)</script>");
    assertThat(card.findElements(By.cssSelector("img, script, b"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert ran: the page executed an article's markup");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    screenshot("live-page-markup.png");

    // On a phone's width the columns stack and nothing is wider than the screen.
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.navigate().refresh();
    wait.until(b -> b.findElements(By.cssSelector("article.card")).size() >= 30);
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).as("horizontal overflow on a phone").isLessThanOrEqualTo(0);
    screenshot("live-page-phone.png");
  }

  /**
   * {@code newsflow web} on the same data directory joins the running broker and serves the same
   * page; with two page instances the trending counts are split between them, and either answers
   * for both.
   */
  private void aSecondPageAloneSharesTheCountsOfTheFirst(Path data, String page) throws Exception {
    int port = NewsflowProcess.freePort();
    String second = "http://127.0.0.1:" + port + "/";
    web = NewsflowProcess.start(LOGS, "web", "1g", "web", "--data-dir", data.toString(),
        "--http", "127.0.0.1:" + port);
    web.await("the second page ready", Duration.ofMinutes(3),
        () -> status(second + "health/ready") == 200 && body(second).contains("article class=\"card\""));
    assertThat(web.stderr()).contains("Connected to the broker already running");
    String query = "api/trending?window=24h&limit=5";
    web.await("the same trending counts from both pages", Duration.ofMinutes(2),
        () -> entities(body(page + query)).equals(entities(body(second + query)))
            && entities(body(second + query)).contains("Corvia Mills"));
  }

  private static String entities(String json) {
    int at = json.indexOf("\"entities\"");
    return at < 0 ? "" : json.substring(at);
  }

  private static int status(String url) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String body(String url) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** Saves what the browser shows under target/. */
  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private WebDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,1600",
        "--user-data-dir=" + dir.resolve("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }

  /** A local page whose title, byline and text carry markup, as a hostile site would. */
  private String startHostileSite() throws IOException {
    hostileSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    String html = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>&lt;img src=x onerror=alert(1)&gt; Council minutes leak</title>
        <meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt; Council minutes leak">
        <meta name="author" content="&lt;b onmouseover=alert(2)&gt;Staff&lt;/b&gt;">
        <meta property="article:published_time" content="2026-03-14T08:00:00Z">
        </head><body><article><h1>&lt;img src=x onerror=alert(1)&gt; Council minutes leak</h1>
        <p>The minutes of the Wrenfield council meeting leaked on Friday, and residents said the
        document showed the budget had been discussed in private for weeks.</p>
        <p>One page of the leaked file contained the string &lt;script&gt;alert(3)&lt;/script&gt;,
        which the council's clerk, Oren Vale, said was a test left by a contractor.</p>
        <p>"We take the security of our records seriously," Vale told reporters at the town hall,
        adding that the contractor, Kestrel Digital, had been asked to explain the file.</p>
        <script>alert(4)</script>
        <p>The council will publish the full minutes next week, the clerk said, once the names of
        private residents have been removed from the record.</p></article></body></html>
        """;
    hostileSite.createContext("/wrenfield/minutes-leak.html", exchange -> {
      byte[] body = html.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    hostileSite.start();
    return "http://127.0.0.1:" + hostileSite.getAddress().getPort() + "/wrenfield/minutes-leak.html";
  }

  private static double metric(String page, String name) {
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(page + "metrics")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(r.body());
      return m.find() ? Double.parseDouble(m.group(1)) : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
