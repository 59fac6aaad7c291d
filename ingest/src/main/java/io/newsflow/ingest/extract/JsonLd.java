package io.newsflow.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened ({@code @graph} and arrays
 * unrolled), with the article among them: the first object whose type ends in "Article",
 * "BlogPosting", "Report" or similar, else a WebPage. Broken JSON is skipped.
 */
final class JsonLd {
  private final List<JsonNode> objects;
  private final JsonNode article;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
    this.article = findArticle(objects);
  }

  static JsonLd of(PageIndex index) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : index.jsonLdScripts) {
      String json = script.data().strip();
      if (json.isEmpty()) {
        continue;
      }
      try {
        flatten(Json.mapper().readTree(json), objects, 0);
      } catch (Exception e) {
        // Pages ship broken JSON-LD often enough; the other sources still apply.
      }
    }
    return new JsonLd(objects);
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        flatten(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        flatten(main, out, depth + 1);
      }
    }
  }

  private static JsonNode findArticle(List<JsonNode> objects) {
    JsonNode page = null;
    for (JsonNode o : objects) {
      for (String type : types(o)) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.endsWith("article") || t.equals("blogposting") || t.equals("report")
            || t.equals("liveblogposting") || t.equals("socialmediaposting")
            || t.equals("analysisnewsarticle") || t.equals("posting")) {
          return o;
        }
        if (page == null && t.endsWith("webpage")) {
          page = o;
        }
      }
    }
    return page;
  }

  static List<String> types(JsonNode o) {
    JsonNode t = o.get("@type");
    List<String> out = new ArrayList<>(1);
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      t.forEach(x -> out.add(x.asText()));
    } else {
      out.add(t.asText());
    }
    return out;
  }

  boolean hasArticle() {
    return article != null;
  }

  /** A text field of the article object, or null. */
  String articleText(String field) {
    return article == null ? null : text(article.get(field));
  }

  JsonNode articleField(String field) {
    return article == null ? null : article.get(field);
  }

  List<JsonNode> objects() {
    return objects;
  }

  /** The text of a value that may be a string, a number, an object with a name, or a list. */
  static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isTextual() || n.isNumber() || n.isBoolean()) {
      String s = n.asText().strip();
      return s.isEmpty() ? null : s;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      for (String key : new String[] {"name", "@value", "url", "@id"}) {
        String s = text(n.get(key));
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }
}
