package io.newsflow.sink.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.newsflow.core.json.Json;
import java.util.List;

/**
 * Prints {@code newsflow top} in an {@link OutputFormat}.
 *
 * <ul>
 *   <li>{@code table}: rank, name, type, articles, mentions and key, aligned.
 *   <li>{@code json}: one array with an object per entity, most first: {@code key}, {@code name},
 *       {@code type} ({@code PERSON} ...), {@code articles}, {@code mentions}.
 *   <li>{@code csv}: the header {@value #CSV_HEADER}, then a row per entity, most first.
 * </ul>
 */
public final class TopEntitiesFormatter {
  static final String CSV_HEADER = "key,name,type,articles,mentions";

  private TopEntitiesFormatter() {}

  public static String format(List<TopEntity> entities, OutputFormat format) {
    return switch (format) {
      case TABLE -> table(entities);
      case JSON -> json(entities);
      case CSV -> csv(entities);
    };
  }

  private static String table(List<TopEntity> entities) {
    if (entities.isEmpty()) {
      return "No entities found.\n";
    }
    TextTable table =
        new TextTable()
            .column("#", 4, true)
            .column("ENTITY", 40)
            .column("TYPE", 12)
            .column("ARTICLES", 8, true)
            .column("MENTIONS", 8, true)
            .column("KEY", 50);
    int n = 0;
    for (TopEntity e : entities) {
      table.row(++n, e.name(), e.type(), e.articles(), e.mentions(), e.key());
    }
    return table.render();
  }

  private static String json(List<TopEntity> entities) {
    ArrayNode array = Json.mapper().createArrayNode();
    for (TopEntity e : entities) {
      array.addObject()
          .put("key", e.key())
          .put("name", e.name())
          .put("type", e.type().name())
          .put("articles", e.articles())
          .put("mentions", e.mentions());
    }
    return Json.writePretty(array) + "\n";
  }

  private static String csv(List<TopEntity> entities) {
    CsvRows rows = new CsvRows(CSV_HEADER.split(","));
    for (TopEntity e : entities) {
      rows.row(e.key(), e.name(), e.type().name(), e.articles(), e.mentions());
    }
    return rows.render();
  }
}
