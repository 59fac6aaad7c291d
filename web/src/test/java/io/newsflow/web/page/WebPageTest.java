package io.newsflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.web.feed.RecentArticles;
import io.newsflow.web.search.RecentArticleFinder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebPageTest {
  private static final String HOSTILE_TITLE = "<img src=x onerror=alert(1)> Breaking";
  private static final String HOSTILE_TEXT =
      "Tessaly council met. <script>alert('text')</script> It adjourned.";

  private final RecentArticles articles = new RecentArticles(100);
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer server;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    server.setExecutor(Executors.newCachedThreadPool());
    new WebPage(articles, new RecentArticleFinder(articles)).routes()
        .forEach(server::createContext);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void thePageShowsTheNewestArticlesWithTheirClaimsInTheirStancesColours() throws Exception {
    articles.add(Articles.lawsuit("a1", 1, Instant.parse("2026-03-12T10:00:00Z")));
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Lawsuit alleges Corvia Mills poisoned the river")
        .contains("href=\"https://harbour-ledger.example/lawsuit\"")
        .contains("class=\"claim stance-allegation\"")
        .contains("class=\"claim stance-denial\"")
        .contains("id=\"c-a1-1\"")
        .contains("href=\"#c-a1-1\"")
        .contains("<mark class=\"ent ent-organization\"")
        .contains("Harbour Ledger");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
  }

  @Test
  void markupFromAnArticleIsShownAsTextNeverAsMarkup() throws Exception {
    EnrichedArticle hostile = Articles.article("h1", 1, HOSTILE_TITLE,
        "javascript:alert(document.cookie)", HOSTILE_TEXT, List.of(), List.of(), Instant.now());
    articles.add(new EnrichedArticle(hostile.schemaVersion(), hostile.id(), 1, false,
        hostile.url(), hostile.canonicalUrl(), hostile.source(), hostile.site(),
        hostile.fetchedAt(), hostile.contentHash(), hostile.title(), hostile.text(),
        List.of("<b onmouseover=alert(2)>Ed</b>"), hostile.published(), null, "en", null, null,
        null, List.of(), "<i>Outlet</i>", false, List.of(), List.of(), hostile.enrichment()));
    String body = get("/").body();
    assertThat(body)
        .contains("&lt;img src=x onerror=alert(1)&gt; Breaking")
        .contains("&lt;script&gt;alert(")
        .contains("&lt;b onmouseover=alert(2)&gt;Ed&lt;/b&gt;")
        .contains("&lt;i&gt;Outlet&lt;/i&gt;")
        .doesNotContain("<img src=x", "<script>alert", "<b onmouseover", "javascript:alert");
    String search = get("/search?q=Tessaly").body();
    assertThat(search).contains("&lt;script&gt;").doesNotContain("<script>alert");
  }

  @Test
  void theClaimsViewFiltersByStanceAndByEntity() throws Exception {
    articles.add(Articles.lawsuit("a1", 1, Instant.now()));
    String all = get("/claims").body();
    assertThat(all).contains("stance-allegation").contains("stance-denial");
    String denials = get("/claims?stance=denial").body();
    assertThat(denials).contains("badge stance-denial").doesNotContain("badge stance-allegation");
    assertThat(get("/claims?entity=Corvia%20Mills").body()).contains("badge stance-allegation");
    assertThat(get("/claims?entity=Nobody").body()).doesNotContain("claim-row");
  }

  @Test
  void searchFindsTheRecentArticlesAndMarksTheWords() throws Exception {
    articles.add(Articles.lawsuit("a1", 1, Instant.now()));
    String body = get("/search?q=river+corvia").body();
    assertThat(body).contains("1 results").contains("<mark>river</mark>");
    assertThat(get("/search?q=zebra").body()).contains("0 results");
  }

  @Test
  void aNewVersionReplacesTheOldOneAndAReplayChangesNothing() {
    assertThat(articles.add(Articles.lawsuit("a1", 1, Instant.parse("2026-03-12T10:00:00Z"))))
        .isTrue();
    assertThat(articles.add(Articles.lawsuit("a1", 2, Instant.parse("2026-03-12T11:00:00Z"))))
        .isTrue();
    assertThat(articles.add(Articles.lawsuit("a1", 1, Instant.parse("2026-03-12T10:00:00Z"))))
        .isFalse();
    assertThat(articles.newest(10)).singleElement()
        .satisfies(a -> assertThat(a.version()).isEqualTo(2));
  }

  @Test
  void anOpenPageReceivesANewArticleAsAnEventWithItsRenderedCard() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri("/events")).build();
    HttpResponse<java.io.InputStream> events =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(events.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/event-stream");
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
      assertThat(reader.readLine()).isEqualTo("retry: 3000");
      // The listener is registered once the stream started; add after the first line.
      Thread adder = new Thread(() -> {
        try {
          TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
        articles.add(Articles.lawsuit("a9", 1, Instant.now()));
      });
      adder.start();
      String line;
      StringBuilder data = new StringBuilder();
      String event = null;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.append(line.substring(6)).append('\n');
        } else if (line.isEmpty() && event != null) {
          break;
        }
      }
      assertThat(event).isEqualTo("article");
      assertThat(data.toString()).contains("id=\"a-a9\"").contains("stance-denial");
    }
  }

  @Test
  void theStylesheetAndTheScriptComeFromTheJarAndNothingElseDoes() throws Exception {
    HttpResponse<String> css = get("/static/app.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(get("/static/app.js").statusCode()).isEqualTo(200);
    assertThat(get("/static/..%2Fpage%2FWebPage.class").statusCode()).isEqualTo(404);
    assertThat(get("/static/nothing.css").statusCode()).isEqualTo(404);
    assertThat(get("/nothing").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }
}
