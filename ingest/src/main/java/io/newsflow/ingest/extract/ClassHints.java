package io.newsflow.ingest.extract;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: likely boilerplate (share bars, comments,
 * related stories, ...), possibly boilerplate (headers, sidebars, widgets, which sometimes wrap
 * the article too), or likely content.
 */
final class ClassHints {
  /** Boilerplate whatever its size: these names are rarely put on an article's wrapper. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?:^|[^a-z])(?:comment(?!ary)|disqus|respond|replies|share|sharing|sharer|social"
              + "|related|recommend|newsletter|subscri|cookie|consent|gdpr|banner|advert|adsense"
              + "|adslot|adunit|ad-slot|ad-unit|ad-container|ad-wrapper|dfp|sponsor|promo|outbrain"
              + "|taboola|popup|popmake|modal|breadcrumb|byline|author-?bio|authorbox|author-?box"
              + "|author-?info|about-?the-?author|tagcloud|tag-?list|post-?tags|article-?tags"
              + "|entry-?tags|tags-?list|caption|credit|pagination|pager|print-?only|skip-?link"
              + "|most-?read|most-?popular|mostread|popular-?posts|trending|read-?more|readmore"
              + "|more-?from|more-?stories|more-?articles|see-?also|also-?read|signup|sign-?up"
              + "|login|paywall|jp-relatedposts|yarpp|addthis|sharedaddy|print-?link|toolbar"
              + "|rating|voting|poll|next-?post|prev-?post|post-?nav|nav-?links|navigation"
              + "|masthead|copyright|disclaimer|post-?meta|entry-?meta|article-?meta|postmetadata"
              + "|entry-?utility|entry-?footer|post-?footer|article-?footer"
              // The same in the languages of the sites' developers.
              + "|kommentar|commentaire|comentario|commento|komentarz|relacionad|correlat"
              + "|weitere-?artikel|mehr-?zum-?thema|lesetipp|empfehlung|a-?lire|voir-?aussi"
              + "|abonn|teilen|partage|compartir|autor-?box|autor-?info|autor-?bio)");

  /** Whole class names that mark boilerplate, too short to match inside other names. */
  private static final Pattern BOILERPLATE_TOKEN =
      Pattern.compile(
          "(?:^|\\s)(?:ad|ads|adv|nav|navbar|menu|tags|tag|meta|print|share|social|author"
              + "|skip|widget-area|overlay|teaser-list|subnav|topbar|bottombar|sr-only"
              + "|visually-hidden|screen-reader-text|d-none)(?:$|\\s)");

  /** Boilerplate unless it wraps the article, which page layouts sometimes do. */
  private static final Pattern LAYOUT =
      Pattern.compile(
          "(?:^|[^a-z])(?:header|footer|sidebar|side-bar|aside|widget-?area|rail|menu|extra|carousel|swiper|slider|slideshow"
              + "|supplemental|links|community|shoutbox|combx|remark|rss|sitemap|legends)");

  private static final Pattern CONTENT =
      Pattern.compile(
          "(?:^|[^a-z])(?:article|body|content|entry|hentry|h-entry|main|post|story|text|blog"
              + "|single|prose|page-?content|column)");

  private static final Pattern LAYOUT_ROLES =
      Pattern.compile(
          "navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar"
              + "|toolbar|tablist");

  private ClassHints() {}

  /**
   * Lower-cased class names and id, without the taxonomy classes CMSs add to a post's wrapper
   * ("tag-politics", "category-social-media"), which say nothing about the element's role.
   */
  static String names(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    String names = (cls + " " + id).toLowerCase(Locale.ROOT);
    if (names.contains("tag-") || names.contains("category-") || names.contains("format-")) {
      names = TAXONOMY.matcher(names).replaceAll(" ");
    }
    return names;
  }

  private static final Pattern TAXONOMY =
      Pattern.compile("(?:^|\\s)(?:tag|category|cat|format|topic|status|type)-\\S*");

  static boolean isBoilerplate(String names) {
    return (flags(names) & BOILERPLATE_FLAG) != 0;
  }

  static boolean isLayout(String names) {
    return (flags(names) & LAYOUT_FLAG) != 0;
  }

  static boolean isContent(String names) {
    return (flags(names) & CONTENT_FLAG) != 0;
  }

  private static final int BOILERPLATE_FLAG = 1;
  private static final int LAYOUT_FLAG = 2;
  private static final int CONTENT_FLAG = 4;
  private static final int CACHE_LIMIT = 100_000;

  /**
   * What the names match, cached: pages and sites repeat the same class names, and the patterns
   * are the costliest part of the extraction otherwise. Cleared when it grows past a limit.
   */
  private static final ConcurrentHashMap<String, Integer> CACHE = new ConcurrentHashMap<>();

  private static int flags(String names) {
    if (names.isEmpty()) {
      return 0;
    }
    Integer cached = CACHE.get(names);
    if (cached != null) {
      return cached;
    }
    int f = 0;
    if (BOILERPLATE.matcher(names).find() || BOILERPLATE_TOKEN.matcher(names).find()) {
      f |= BOILERPLATE_FLAG;
    }
    if (LAYOUT.matcher(names).find()) {
      f |= LAYOUT_FLAG;
    }
    if (CONTENT.matcher(names).find()) {
      f |= CONTENT_FLAG;
    }
    if (CACHE.size() > CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(names, f);
    return f;
  }

  static boolean hasLayoutRole(Element e) {
    String role = e.attr("role");
    return !role.isEmpty() && LAYOUT_ROLES.matcher(role.toLowerCase(Locale.ROOT)).matches();
  }

  /** Readability's class weight: positive for content names, negative for boilerplate. */
  static int weight(Element e) {
    String names = names(e);
    if (names.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (isBoilerplate(names) || isLayout(names)) {
      w -= 25;
    }
    if (isContent(names)) {
      w += 25;
    }
    return w;
  }
}
