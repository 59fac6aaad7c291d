package io.newsflow.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds an article's authors as a clean list of person or organisation names: JSON-LD
 * {@code author} first, then meta tags whose value is a name rather than a URL, then byline
 * markup ({@code [itemprop=author]}, {@code [rel=author]}, {@code .byline}, {@code .author}).
 * Prefixes such as "By", dates, e-mail addresses and job titles after a separator are removed.
 */
final class AuthorFinder {
  private static final String[] META = {
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
    "sailthru.author", "byl", "og:article:author", "twitter:creator:name"
  };
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?:written by|posted by|reported by|story by|words by|by|von|par|por|di|door|av"
              + "|przez|от|de|da|autor|author|auteur|redacci[óo]n|text)\\s*:?\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|\\||/|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bi\\b)\\s*");
  private static final Pattern DATE_OR_TIME =
      Pattern.compile(
          "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}:\\d{2}|\\b(?:19|20)\\d{2}\\b"
              + "|\\b(?:updated|published|posted|am|um|le|el|il)\\b.*$",
          Pattern.CASE_INSENSITIVE);

  private AuthorFinder() {}

  static List<String> find(PageIndex doc, MetaTags meta, JsonLd ld) {
    List<String> names = fromJsonLd(ld);
    if (names.isEmpty()) {
      for (String key : META) {
        for (String value : meta.all(key)) {
          if (!looksLikeUrl(value)) {
            names.addAll(clean(value));
          }
        }
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    if (names.isEmpty()) {
      names = fromByline(doc);
    }
    return dedupe(names);
  }

  private static List<String> fromJsonLd(JsonLd ld) {
    List<String> out = new ArrayList<>();
    JsonNode author = ld.articleField("author");
    if (author == null) {
      author = ld.articleField("creator");
    }
    if (author == null) {
      return out;
    }
    List<JsonNode> items = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(items::add);
    } else {
      items.add(author);
    }
    for (JsonNode item : items) {
      String name = null;
      if (item.isTextual()) {
        name = item.asText();
      } else if (item.isObject()) {
        name = JsonLd.text(item.get("name"));
        if (name == null && item.has("@id")) {
          name = resolve(ld, item.get("@id").asText());
        }
      }
      if (name != null && !looksLikeUrl(name)) {
        out.addAll(clean(name));
      }
    }
    return out;
  }

  private static String resolve(JsonLd ld, String id) {
    for (JsonNode o : ld.objects()) {
      JsonNode oid = o.get("@id");
      if (oid != null && oid.asText().equals(id)) {
        return JsonLd.text(o.get("name"));
      }
    }
    return null;
  }

  private static List<String> fromByline(PageIndex doc) {
    List<String> out = new ArrayList<>();
    for (Element e : doc.bylines) {
      Element name = e.selectFirst("[itemprop=name]");
      String text = name != null ? name.text() : e.text();
      if (text.length() > 120) {
        continue;
      }
      out.addAll(clean(text));
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  /** The names in one author string. */
  static List<String> clean(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    String s = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (looksLikeUrl(s)) {
      return out;
    }
    s = DATE_OR_TIME.matcher(s).replaceAll(" ").strip();
    s = PREFIX.matcher(s).replaceFirst("");
    for (String part : SPLIT.split(s)) {
      String name = PREFIX.matcher(part.strip()).replaceFirst("");
      name = name.replaceAll("^[\\p{Punct}\\s·•–—]+|[\\p{Punct}\\s·•–—]+$", "");
      if (isName(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static boolean isName(String s) {
    if (s.length() < 2 || s.length() > 60 || s.contains("@") || looksLikeUrl(s)) {
      return false;
    }
    int words = s.split(" ").length;
    if (words > 6) {
      return false;
    }
    return Character.isLetter(s.codePointAt(0));
  }

  private static boolean looksLikeUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("www.")
        || l.startsWith("/");
  }

  private static List<String> dedupe(List<String> names) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (String n : names) {
      seen.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
    }
    return new ArrayList<>(seen.values());
  }
}
