package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} values by lower-cased name, property, itemprop or http-equiv. */
final class MetaTags {
  private final Map<String, List<String>> values = new HashMap<>();

  private MetaTags() {}

  static MetaTags of(PageIndex index) {
    MetaTags m = new MetaTags();
    for (Element meta : index.metas) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attr).strip();
        if (!key.isEmpty()) {
          m.values
              .computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
              .add(content);
        }
      }
    }
    return m;
  }

  /** The first value of the first key present, or null. */
  String first(String... keys) {
    for (String key : keys) {
      List<String> v = values.get(key);
      if (v != null && !v.isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }

  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
