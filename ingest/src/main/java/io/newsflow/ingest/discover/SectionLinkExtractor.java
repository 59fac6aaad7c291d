package io.newsflow.ingest.discover;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article links on a home or section page: links on the same site whose URL and anchor
 * look like an article's, in document order.
 *
 * <p>A link is scored on its URL (a date in the path, a long hyphenated slug, a numeric id, an
 * {@code .html} file, an {@code /article/} or {@code /story/} segment, a {@code ?p=} or {@code
 * ?id=} query) and its anchor (text of several words, a heading, an {@code <article>} around it;
 * navigation, header and footer blocks count against it). Links to tag, category, author, about,
 * contact, login, search, video, gallery, feed, podcast, legal and pagination pages and to static
 * assets are never articles. The same URL linked several times keeps its best score and its best
 * title (a heading inside the anchor, else the longest anchor text).
 *
 * <p>The extractor reads one page and never follows links. Depth is the caller's: depth 0 takes
 * {@link #articleLinks} of the configured page alone; depth 1 also fetches the pages {@link
 * #sectionLinks} returns and takes their article links, and so on, each level multiplying the
 * fetches, so depth should stay at 0 or 1. {@code maxLinks} bounds each call's result (the first
 * links in document order, where the lead stories are). Thread-safe.
 */
public final class SectionLinkExtractor {
  public static final int DEFAULT_MAX_LINKS = 200;

  /** Score from which a link counts as an article. */
  static final double ARTICLE_THRESHOLD = 3.0;

  /** Which links count as "on the same site". */
  public enum Scope {
    /** The page's host, with a leading {@code www.} folded ({@code www.a.com} = {@code a.com}). */
    HOST,
    /** The page's registered domain: {@code news.a.co.uk} = {@code www.a.co.uk}. */
    REGISTERED_DOMAIN
  }

  private static final Set<String> EXCLUDED_SEGMENTS =
      Set.of(
          "tag", "tags", "category", "categories", "author", "authors", "autor", "auteur",
          "autore", "kategorie", "categoria", "categorie", "rubrique", "etiqueta", "schlagwort",
          "topic", "topics", "about", "about-us", "contact", "contact-us", "kontakt", "login",
          "log-in", "signin", "sign-in", "signup", "sign-up", "register", "logout", "account",
          "my-account", "profile", "user", "users", "subscribe", "subscription", "subscriptions",
          "newsletter", "newsletters", "search", "suche", "buscar", "recherche", "video", "videos",
          "gallery", "galleries", "photo-gallery", "photos", "slideshow", "feed", "feeds", "rss",
          "atom", "page", "seite", "pagina", "podcast", "podcasts", "privacy", "privacy-policy",
          "terms", "cookies", "cookie-policy", "legal", "imprint", "impressum", "advertise",
          "advertising", "careers", "jobs", "help", "faq", "sitemap", "wp-admin", "wp-login.php",
          "wp-content", "wp-includes", "wp-json", "cdn-cgi", "static", "assets", "shop", "store",
          "cart", "checkout", "weather", "horoscope", "horoscopes", "crossword", "puzzles",
          "games", "comments", "print", "share", "email", "druckansicht", "drucken", "imprimir",
          "imprimer", "stampa", "mailtofriend", "sendtofriend", "tipafriend", "timeline",
          "revisions", "trackback", "attachment", "karriere", "stellenangebote", "praktikum",
          "termine", "calendar", "kalender", "veranstaltung", "veranstaltungen", "fotos", "foto",
          "bilder", "bildergalerie", "fotogalerie", "galeria", "galerie");

  private static final Set<String> ASSET_EXTENSIONS =
      Set.of(
          "jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "avif", "bmp", "css", "js", "json",
          "xml", "rss", "atom", "pdf", "zip", "gz", "mp3", "mp4", "m4a", "m3u8", "avi", "mov",
          "webm", "ogg", "wav", "woff", "woff2", "ttf", "eot", "txt", "csv", "doc", "docx", "xls",
          "xlsx", "ppt", "pptx", "epub", "exe", "dmg", "apk");

  private static final Set<String> PAGE_EXTENSIONS =
      Set.of("html", "htm", "shtml", "php", "asp", "aspx", "jsp", "cms", "ece");

  private static final Set<String> ARTICLE_SEGMENTS =
      Set.of("article", "articles", "story", "stories", "post", "posts", "a", "news-story");

  private static final Set<String> EXCLUDED_QUERY_PARAMS =
      Set.of("page", "paged", "s", "q", "query", "search", "replytocom", "share", "action",
          "output", "format", "showcomment", "print", "tb_iframe", "lightbox", "like_comment",
          "_wpnonce", "add-to-cart", "attachment_id");

  private static final Set<String> ID_QUERY_PARAMS =
      Set.of("p", "id", "article", "articleid", "article_id", "story", "storyid", "story_id",
          "newsid", "news_id", "nid", "aid", "sid");

  private static final Pattern EXCLUDED_SLUG =
      Pattern.compile(
          "^(?:privacy|terms|cookie|about|contact|subscri|newsletter|advertis|careers|jobs|help"
              + "|faq|login|log-in|register|sign-?in|sign-?up|legal|imprint|impressum|accessibility"
              + "|corrections|editorial-standards|code-of-conduct|masthead|staff|our-team)");

  private static final Pattern FULL_DATE =
      Pattern.compile("/(?:19|20)\\d{2}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/[^/]+");
  private static final Pattern YEAR_MONTH_SLUG =
      Pattern.compile("/(?:19|20)\\d{2}/(?:0?[1-9]|1[0-2])/[^/]*[a-z][^/]*");
  private static final Pattern COMPACT_DATE =
      Pattern.compile("(?<!\\d)(?:19|20)\\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\\d|3[01])(?!\\d)");
  private static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9])\\d{5,}(?![0-9])");
  private static final Pattern NAVIGATION_CLASS =
      Pattern.compile("(?:^|[\\s_-])(?:nav|navbar|navigation|menu|footer|breadcrumbs?|masthead"
          + "|site-header|topbar|social|share|sharing)(?:$|[\\s_-])");
  private static final Set<String> GENERIC_ANCHORS =
      Set.of("read more", "more", "continue reading", "read the full story", "full story",
          "comments", "continue", "read on", "details", "more...", "read more...", "»", "›");

  /** Short anchors naming service pages, whatever their URL looks like. */
  private static final Pattern SERVICE_ANCHOR =
      Pattern.compile("(?:cookie|privacy|datenschutz|impressum|imprint|terms (?:of|and)|"
          + "nutzungsbedingungen|agb\\b|contact us|kontakt\\b|about us|über uns|mentions légales"
          + "|aviso legal|política de privacidad|informativa|accessibility|barrierefreiheit|"
          + "print\\b|drucken|artikel drucken|send to a friend|weiterempfehlen|show activity)");

  private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4");
  private static final Evaluator ALL_HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

  private final Scope scope;

  public SectionLinkExtractor() {
    this(Scope.HOST);
  }

  public SectionLinkExtractor(Scope scope) {
    this.scope = scope;
  }

  /**
   * The article links of {@code page}, at most {@code maxLinks}, in document order. Relative links
   * resolve against the page's base URI ({@link Document#location()}, or its {@code <base href>}).
   *
   * @throws IllegalArgumentException when the page has no http(s) location to judge "same site" by
   */
  public List<DiscoveredLink> articleLinks(Document page, int maxLinks) {
    List<DiscoveredLink> found = new ArrayList<>();
    for (Candidate c : candidates(page).values()) {
      if (found.size() >= maxLinks) {
        break;
      }
      if (c.score >= ARTICLE_THRESHOLD) {
        found.add(new DiscoveredLink(c.url, c.title, null, null));
      }
    }
    return found;
  }

  /** {@link #articleLinks(Document, int)} with {@link #DEFAULT_MAX_LINKS}. */
  public List<DiscoveredLink> articleLinks(Document page) {
    return articleLinks(page, DEFAULT_MAX_LINKS);
  }

  /**
   * The links of {@code page} that look like other section pages of the same site (short paths,
   * not articles, not excluded), at most {@code maxLinks}, in document order: what a caller
   * crawling to depth 1 fetches next.
   */
  public List<String> sectionLinks(Document page, int maxLinks) {
    List<String> found = new ArrayList<>();
    for (Candidate c : candidates(page).values()) {
      if (found.size() >= maxLinks) {
        break;
      }
      if (c.score < ARTICLE_THRESHOLD && c.sectionLike) {
        found.add(c.url);
      }
    }
    return found;
  }

  /** Every same-site, non-excluded link with its score, for measuring the heuristics. */
  List<Scored> scored(Document page) {
    List<Scored> all = new ArrayList<>();
    for (Candidate c : candidates(page).values()) {
      all.add(new Scored(c.url, c.title, c.score, c.sectionLike));
    }
    return all;
  }

  record Scored(String url, String title, double score, boolean sectionLike) {}

  private Map<String, Candidate> candidates(Document page) {
    String location = LinkUrls.clean(page.location());
    if (location == null) {
      throw new IllegalArgumentException(
          "the page needs an http(s) location to resolve links against: '" + page.location() + "'");
    }
    String site = site(location);
    String self = withoutTrailingSlash(location);
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    Set<Element> navigation = navigationBlocks(page);
    Elements anchors = page.select("a[href]");
    for (Element a : anchors) {
      String href = a.attr("href").strip();
      String lowerHref = href.toLowerCase(Locale.ROOT);
      if (lowerHref.startsWith("javascript:") || lowerHref.startsWith("mailto:")
          || lowerHref.startsWith("tel:") || href.startsWith("#")) {
        continue;
      }
      String absolute = a.absUrl("href");
      String url = absolute.isEmpty() ? LinkUrls.resolve(location, href) : LinkUrls.clean(absolute);
      if (url == null || withoutTrailingSlash(url).equals(self) || !site.equals(site(url))) {
        continue;
      }
      UrlShape shape = UrlShape.of(url);
      if (shape == null || shape.excluded) {
        continue;
      }
      String text = a.text().strip();
      if (words(text) <= 4 && SERVICE_ANCHOR.matcher(text.toLowerCase(Locale.ROOT)).lookingAt()) {
        continue; // "Privacy policy", not "Privacy fears grow as the harbour installs cameras"
      }
      double score = shape.score + anchorScore(a, text, navigation);
      String title = title(a, text);
      Candidate existing = candidates.get(url);
      if (existing == null) {
        candidates.put(url, new Candidate(url, score, title, shape.sectionLike));
      } else {
        existing.merge(score, title);
      }
    }
    return candidates;
  }

  private String site(String url) {
    String host = LinkUrls.siteHost(url);
    if (scope == Scope.REGISTERED_DOMAIN && !host.isEmpty()) {
      String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
      return domain == null ? host : domain;
    }
    return host;
  }

  /** The blocks whose links are site navigation rather than content, found once per page. */
  private static Set<Element> navigationBlocks(Document page) {
    Set<Element> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : page.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("nav") || tag.equals("header") || tag.equals("footer")
          || e.attr("role").equalsIgnoreCase("navigation")) {
        blocks.add(e);
      } else if (e.hasAttr("class") || e.hasAttr("id")) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (NAVIGATION_CLASS.matcher(names).find()) {
          blocks.add(e);
        }
      }
    }
    return blocks;
  }

  private static double anchorScore(Element a, String anchorText, Set<Element> navigation) {
    double score = 0;
    String text = anchorText.toLowerCase(Locale.ROOT);
    int words = words(text);
    if (GENERIC_ANCHORS.contains(text)) {
      // "Read more" says nothing either way; the URL decides.
    } else if (words >= 5) {
      score += 2;
    } else if (words >= 3) {
      score += 1;
    } else if (words == 1) {
      score -= 0.5;
    }
    if (a.selectFirst(HEADINGS) != null) {
      score += 1;
    }
    boolean inNavigation = false;
    for (Element e = a.parent(); e != null; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("h1") || tag.equals("h2") || tag.equals("h3") || tag.equals("h4")
          || tag.equals("article")) {
        score += 1;
      }
      inNavigation |= navigation.contains(e);
    }
    return inNavigation ? Math.min(score, 3.0) - 1.5 : Math.min(score, 3.0);
  }

  /** Words of {@code text}; a run of CJK or Thai script counts a word per two characters. */
  private static int words(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int words = 0;
    int dense = 0;
    for (String token : text.split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
          || script == Character.UnicodeScript.HANGUL) {
        dense++;
      }
      i += Character.charCount(cp);
    }
    return Math.max(words, dense / 2);
  }

  private static String title(Element a, String anchorText) {
    Element heading = a.selectFirst(ALL_HEADINGS);
    String text = heading != null ? heading.text() : anchorText;
    if (GENERIC_ANCHORS.contains(text.strip().toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (text.isBlank()) {
      text = a.attr("title");
    }
    if (text.isBlank()) {
      Element img = a.selectFirst("img[alt]");
      text = img == null ? "" : img.attr("alt");
    }
    return FeedParser.plainText(text);
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** A link seen on the page, merged over its occurrences. */
  private static final class Candidate {
    final String url;
    final boolean sectionLike;
    double score;
    String title;

    Candidate(String url, double score, String title, boolean sectionLike) {
      this.url = url;
      this.score = score;
      this.title = title;
      this.sectionLike = sectionLike;
    }

    void merge(double otherScore, String otherTitle) {
      score = Math.max(score, otherScore);
      if (otherTitle != null && (title == null || otherTitle.length() > title.length())) {
        title = otherTitle;
      }
    }
  }

  /** What a URL's path and query say about it. */
  static final class UrlShape {
    final boolean excluded;
    final boolean sectionLike;
    final double score;

    private UrlShape(boolean excluded, boolean sectionLike, double score) {
      this.excluded = excluded;
      this.sectionLike = sectionLike;
      this.score = score;
    }

    static UrlShape of(String url) {
      URL parsed;
      try {
        parsed = new URL(url);
      } catch (MalformedURLException e) {
        return null;
      }
      String path = parsed.getPath().toLowerCase(Locale.ROOT);
      String query = parsed.getQuery() == null ? "" : parsed.getQuery().toLowerCase(Locale.ROOT);
      List<String> segments = new ArrayList<>();
      for (String segment : path.split("/")) {
        if (!segment.isEmpty()) {
          segments.add(segment);
        }
      }
      boolean queryId = false;
      for (String param : query.split("&")) {
        int eq = param.indexOf('=');
        String name = eq < 0 ? param : param.substring(0, eq);
        String value = eq < 0 ? "" : param.substring(eq + 1);
        if (EXCLUDED_QUERY_PARAMS.contains(name)) {
          return new UrlShape(true, false, 0);
        }
        if (ID_QUERY_PARAMS.contains(name) && value.matches("\\d{2,}")) {
          queryId = true;
        }
      }
      if (segments.isEmpty()) {
        return new UrlShape(!queryId, false, queryId ? 2 : 0);
      }
      for (String segment : segments) {
        if (EXCLUDED_SEGMENTS.contains(segment) || segment.startsWith("comment-page-")) {
          return new UrlShape(true, false, 0);
        }
      }
      String last = segments.get(segments.size() - 1);
      String extension = "";
      int dot = last.lastIndexOf('.');
      if (dot > 0) {
        extension = last.substring(dot + 1);
        if (ASSET_EXTENSIONS.contains(extension)) {
          return new UrlShape(true, false, 0);
        }
        last = last.substring(0, dot);
      }
      int slugWords = slugWords(last);
      // "privacy-policy", "terms-and-conditions-of-use"; not "privacy-fears-grow-over-new-cameras"
      if (slugWords <= 5 && EXCLUDED_SLUG.matcher(last).find()) {
        return new UrlShape(true, false, 0);
      }
      double score = 0;
      if (FULL_DATE.matcher(path).find()) {
        score += 3;
      } else if (YEAR_MONTH_SLUG.matcher(path).find() || COMPACT_DATE.matcher(path).find()) {
        score += 2;
      }
      if (slugWords >= 5) {
        score += 3;
      } else if (slugWords >= 3) {
        score += 2;
      } else if (slugWords == 2) {
        score += 1;
      }
      if (LONG_NUMBER.matcher(path).find() || queryId) {
        score += 2;
      }
      if (PAGE_EXTENSIONS.contains(extension) && !last.equals("index") && !last.equals("default")) {
        score += 1;
      }
      for (String segment : segments) {
        if (ARTICLE_SEGMENTS.contains(segment)) {
          score += 1;
          break;
        }
      }
      boolean sectionLike = segments.size() <= 2 && slugWords <= 3 && score < ARTICLE_THRESHOLD
          && (extension.isEmpty() || last.equals("index"))
          && segments.stream().noneMatch(segment -> segment.matches("\\d+"));
      return new UrlShape(false, sectionLike, score);
    }

    /** Words of letters in a slug such as "mayor-opens-new-bridge" (numbers do not count). */
    private static int slugWords(String slug) {
      int words = 0;
      for (String part : slug.split("[-_+]|%20")) {
        if (part.length() >= 1 && part.chars().anyMatch(Character::isLetter)) {
          words++;
        }
      }
      return slug.contains("-") || slug.contains("_") || slug.contains("+") ? words : 0;
    }
  }
}
