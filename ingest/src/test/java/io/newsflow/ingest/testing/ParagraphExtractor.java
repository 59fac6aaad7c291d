package io.newsflow.ingest.testing;

import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.ingest.extract.ArticleExtractor;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A deliberately small extractor for tests of the orchestration: the title from {@code <h1>} or
 * {@code <title>}, the text from the {@code <p>} elements, the declared canonical URL, and
 * paywalled when {@code article:content_tier} is {@code locked}.
 */
public final class ParagraphExtractor implements ArticleExtractor {

  @Override
  public ExtractedArticle extract(Document page, String url) {
    Element h1 = page.selectFirst("h1");
    String title = h1 != null ? h1.text() : page.title();
    String text =
        page.select("p").stream()
            .map(Element::text)
            .filter(t -> !t.isBlank())
            .collect(Collectors.joining("\n\n"));
    Element canonical = page.selectFirst("link[rel=canonical]");
    Element tier = page.selectFirst("meta[property=article:content_tier]");
    boolean paywalled = tier != null && tier.attr("content").equalsIgnoreCase("locked");
    return new ExtractedArticle(
        url,
        canonical == null ? null : canonical.absUrl("href"),
        title,
        text,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        paywalled);
  }
}
