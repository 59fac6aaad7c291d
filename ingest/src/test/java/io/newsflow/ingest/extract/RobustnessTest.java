package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.ExtractedArticle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Odd input never throws. The timeouts are hang guards (far above the expected milliseconds),
 * not performance assertions; speed is measured by {@link ExtractBenchmark}.
 */
class RobustnessTest {
  private static final String URL = "https://harborledger.example/odd";
  private final NewsArticleExtractor extractor = new NewsArticleExtractor();

  @Test
  void anEmptyPageYieldsEmptyText() {
    ExtractedArticle a = extractor.extract("", URL);
    assertThat(a.text()).isEmpty();
    assertThat(a.title()).isNull();
    assertThat(a.authors()).isEmpty();
  }

  @Test
  void aPageWithoutArticleYieldsEmptyText() {
    String html = "<html><body><nav><a href='/a'>Home</a> <a href='/b'>News</a></nav>"
        + "<footer>© Harbor Ledger</footer></body></html>";
    assertThat(extractor.extract(html, URL).text()).isEmpty();
  }

  @Test
  void aTruncatedPageKeepsTheTextItHas() {
    String html = Fixtures.html("news-article.html");
    String cut = html.substring(0, html.indexOf("The first intake"));
    assertThat(extractor.extract(cut, URL).text()).contains("Apprentices will be paid from their first day");
  }

  @Test
  void brokenJsonLdIsIgnored() {
    String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": [</script>"
        + "<meta name='author' content='Edda Strand'></head><body><p>Text of a short note here.</p></body></html>";
    assertThat(extractor.extract(html, URL).authors()).containsExactly("Edda Strand");
  }

  @Test
  void aNullUrlIsAccepted() {
    assertThat(extractor.extract(Fixtures.html("meta-only.html"), null).text()).contains("Three night bus lines");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a100000LevelDeepPageDoesNotOverflowTheStack() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder(depth * 12 + 200);
    sb.append("<html><body>");
    sb.append("<div>".repeat(depth));
    sb.append("<p>The deepest paragraph of a very strange page, with a few words, and commas.</p>");
    sb.append("</div>".repeat(depth));
    sb.append("</body></html>");
    ExtractedArticle a = extractor.extract(sb.toString(), URL);
    assertThat(a.text()).isNotNull();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a100000LevelDeepPageOfMixedTagsDoesNotOverflowTheStack() {
    int depth = 100_000;
    String[] tags = {"div", "span", "section", "b", "article", "i"};
    StringBuilder sb = new StringBuilder();
    sb.append("<html><body>");
    for (int i = 0; i < depth; i++) {
      sb.append('<').append(tags[i % tags.length]).append('>').append("w ");
    }
    sb.append("</body></html>");
    assertThat(extractor.extract(sb.toString(), URL).text()).isNotNull();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aHugePageIsExtracted() {
    String paragraph = "<p>The harbour committee met again on Thursday, and the minutes, which run to "
        + "many pages, record a long debate about crane maintenance and apprentices.</p>\n";
    StringBuilder sb = new StringBuilder(12_000_000);
    sb.append("<html><body><article>");
    while (sb.length() < 10_000_000) {
      sb.append(paragraph);
      sb.append("<div class='related'><a href='/x'>Another story</a></div>\n");
    }
    sb.append("</article></body></html>");
    ExtractedArticle a = extractor.extract(sb.toString(), URL);
    assertThat(a.text()).startsWith("The harbour committee met again").doesNotContain("Another story");
  }

  @Test
  void extractionIsSafeFromSeveralThreads() throws Exception {
    String html = Fixtures.html("news-article.html");
    String expected = extractor.extract(html, URL).text();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> extractor.extract(html, URL).text()));
      }
      for (var f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
