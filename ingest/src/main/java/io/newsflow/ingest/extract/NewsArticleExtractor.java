package io.newsflow.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.article.ExtractedArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts news articles from pages: metadata from JSON-LD, meta tags and markup, and the main
 * text from the body with boilerplate removed (see {@link BodyExtractor}). Stateless and
 * thread-safe; modifies the pages it is given.
 */
public final class NewsArticleExtractor implements ArticleExtractor {

  public NewsArticleExtractor() {}

  /** Parses {@code html} and extracts the article from it. */
  public ExtractedArticle extract(String html, String url) {
    return extract(Jsoup.parse(html == null ? "" : html, url == null ? "" : url), url);
  }

  @Override
  public ExtractedArticle extract(Document page, String url) {
    PageIndex index = PageIndex.of(page);
    MetaTags meta = MetaTags.of(index);
    JsonLd ld = JsonLd.of(index);
    String siteName = siteName(meta, ld);
    String title = TitleFinder.find(index, meta, ld, siteName);
    List<String> authors = AuthorFinder.find(index, meta, ld);
    DateFinder.Dates dates = DateFinder.find(index, meta, ld, url);
    String declaredLanguage = LanguageFinder.declared(index, meta, ld);
    boolean paywalled = PaywallDetector.isPaywalled(index, meta, ld);
    String canonical = canonical(page, index, meta, url);
    String description = clean(meta.first("og:description", "description", "twitter:description"));
    if (description == null) {
      description = clean(ld.articleText("description"));
    }
    String image = absolute(page, meta.first("og:image", "og:image:url", "twitter:image"));
    if (image == null) {
      image = absolute(page, JsonLd.text(ld.articleField("image")));
    }
    String section = clean(meta.first("article:section"));
    if (section == null) {
      section = clean(ld.articleText("articleSection"));
    }
    List<String> tags = tags(meta, ld, index);

    Element body = page.body();
    String text = body == null ? "" : BodyExtractor.extract(body, title, authors, index);
    String language = LanguageFinder.of(declaredLanguage, text);
    return new ExtractedArticle(
        url,
        canonical,
        title,
        text,
        authors,
        dates.published(),
        dates.modified(),
        language,
        description,
        image,
        section,
        tags,
        siteName,
        paywalled);
  }

  private static String siteName(MetaTags meta, JsonLd ld) {
    String site = clean(meta.first("og:site_name"));
    if (site == null) {
      site = clean(JsonLd.text(ld.articleField("publisher")));
      if (site != null && site.startsWith("http")) {
        site = null;
      }
    }
    // application-name is often the site's name, but some pages put the page title there.
    return site != null ? site : clean(meta.first("application-name", "publisher"));
  }

  private static String canonical(Document page, PageIndex index, MetaTags meta, String url) {
    Element link = index.canonical;
    String declared = link != null ? link.absUrl("href") : null;
    if (declared == null || declared.isEmpty()) {
      declared = absolute(page, meta.first("og:url"));
    }
    try {
      return CanonicalUrl.choose(url, declared);
    } catch (IllegalArgumentException e) {
      try {
        return declared == null ? null : CanonicalUrl.of(declared);
      } catch (IllegalArgumentException e2) {
        return null;
      }
    }
  }

  private static List<String> tags(MetaTags meta, JsonLd ld, PageIndex index) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> raw = new ArrayList<>(meta.all("article:tag"));
    JsonNode keywords = ld.articleField("keywords");
    if (keywords != null) {
      if (keywords.isArray()) {
        keywords.forEach(k -> raw.add(k.asText()));
      } else {
        raw.addAll(List.of(keywords.asText().split(",")));
      }
    }
    String news = meta.first("news_keywords");
    if (news != null) {
      raw.addAll(List.of(news.split(",")));
    }
    if (raw.isEmpty()) {
      for (Element a : index.tagLinks) {
        raw.add(a.text());
      }
    }
    for (String t : raw) {
      String tag = clean(t);
      if (tag != null && tag.length() <= 80) {
        out.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static String absolute(Document page, String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    String h = href.strip();
    if (h.startsWith("http://") || h.startsWith("https://")) {
      return h;
    }
    try {
      String base = page.location();
      if (base == null || base.isEmpty()) {
        return h;
      }
      return java.net.URI.create(base).resolve(h.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return h;
    }
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }
}
