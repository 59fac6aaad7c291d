package io.newsflow.ingest.extract;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds when an article was published and last modified, most trusted source first: JSON-LD
 * ({@code datePublished}, {@code dateModified}), meta tags ({@code article:published_time} and
 * the other common names), microdata and {@code <time datetime>}, and for the publication date
 * a date in the URL.
 *
 * <p>Offsets: a date keeps the offset the page gave. A date or date-time without one takes the
 * offset of the other date of the page when that one has it (pages are consistent in their local
 * time), else UTC; a date without a time is taken as midnight at that offset.
 */
final class DateFinder {
  private static final String[] PUBLISHED_META = {
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "publishdate", "publish-date", "publish_date",
    "pubdate", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
    "date", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime"
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "article.updated", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod",
    "revised"
  };
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|_|\\.|$)");

  record Dates(OffsetDateTime published, OffsetDateTime modified) {}

  private DateFinder() {}

  static Dates find(PageIndex doc, MetaTags meta, JsonLd ld, String url) {
    PageDates.PageDate published = PageDates.parse(ld.articleText("datePublished"));
    if (published == null) {
      published = PageDates.parse(meta.first(PUBLISHED_META));
    }
    if (published == null) {
      published = fromMarkup(doc, "datePublished", true);
    }
    if (published == null) {
      published = PageDates.parse(ld.articleText("dateCreated"));
    }
    if (published == null && url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        published = PageDates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      }
    }
    PageDates.PageDate modified = PageDates.parse(ld.articleText("dateModified"));
    if (modified == null) {
      modified = PageDates.parse(meta.first(MODIFIED_META));
    }
    if (modified == null) {
      modified = fromMarkup(doc, "dateModified", false);
    }
    ZoneOffset pageOffset = firstOffset(published, modified);
    return new Dates(
        published == null ? null : published.at(pageOffset),
        modified == null ? null : modified.at(pageOffset));
  }

  private static ZoneOffset firstOffset(PageDates.PageDate a, PageDates.PageDate b) {
    if (a != null && a.offset() != null) {
      return a.offset();
    }
    if (b != null && b.offset() != null) {
      return b.offset();
    }
    return ZoneOffset.UTC;
  }

  private static PageDates.PageDate fromMarkup(PageIndex doc, String itemprop, boolean anyTime) {
    for (Element e : doc.itemprop(itemprop)) {
      PageDates.PageDate d = PageDates.parse(firstNonEmpty(e.attr("datetime"), e.attr("content")));
      if (d != null) {
        return d;
      }
    }
    if (!anyTime) {
      return null;
    }
    for (Element time : doc.articleTimes()) {
      if (time.hasAttr("datetime")) {
        PageDates.PageDate d = PageDates.parse(time.attr("datetime"));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static String firstNonEmpty(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
