package io.newsflow.app.cli;

import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.config.IngestConfig;
import io.newsflow.ingest.extract.HtmlPages;
import io.newsflow.ingest.extract.NewsArticleExtractor;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.HttpPageFetcher;
import java.io.IOException;
import java.nio.file.Files;
import org.jsoup.nodes.Document;

/**
 * Loads and extracts one input of {@code extract} or {@code annotate}: a local HTML file, or a
 * URL fetched with the same fetcher ingest uses (limits, robots.txt and address guard included).
 */
final class PageLoader implements AutoCloseable {
  private final NewsArticleExtractor extractor = new NewsArticleExtractor();
  private final IngestConfig fetching;
  private HttpPageFetcher fetcher;

  PageLoader(IngestConfig fetching) {
    this.fetching = fetching;
  }

  ExtractedArticle extract(Inputs.Input input, String baseUrl) throws IOException {
    if (input.isUrl()) {
      FetchResult fetched = fetcher().fetch(FetchRequest.of(input.url()));
      if (!fetched.ok()) {
        throw new IOException(input.url() + ": " + fetched.outcome().label()
            + (fetched.reason() == null ? "" : " (" + fetched.reason() + ")"));
      }
      Document page = HtmlPages.parse(fetched.body(), fetched.charset(), fetched.finalUrl());
      return extractor.extract(page, fetched.finalUrl());
    }
    byte[] body = Files.readAllBytes(input.file());
    String url = baseUrl != null ? baseUrl : input.file().toAbsolutePath().toUri().toString();
    Document page = HtmlPages.parse(body, null, url);
    if (baseUrl == null) {
      // A saved page usually says where it lives; its URL dates and links then resolve right.
      String declared = declaredUrl(page);
      if (declared != null) {
        url = declared;
        page.setBaseUri(url);
      }
    }
    return extractor.extract(page, url);
  }

  private static String declaredUrl(Document page) {
    for (String selector : new String[] {"link[rel=canonical]", "meta[property=og:url]"}) {
      var element = page.selectFirst(selector);
      if (element != null) {
        String value = element.hasAttr("href") ? element.attr("href") : element.attr("content");
        if (value.startsWith("http://") || value.startsWith("https://")) {
          return value.strip();
        }
      }
    }
    return null;
  }

  /** Plain text read as UTF-8 with line breaks normalised; the first line is not a title. */
  static String readText(Inputs.Input input) throws IOException {
    return Files.readString(input.file()).replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  private HttpPageFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new HttpPageFetcher(fetching);
    }
    return fetcher;
  }

  @Override
  public void close() {
    if (fetcher != null) {
      fetcher.close();
    }
  }
}
