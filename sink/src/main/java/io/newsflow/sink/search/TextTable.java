package io.newsflow.sink.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-text table with aligned columns for a terminal: a header, a rule, one line per row, and
 * under a row, if given, a note line indented to the second column. Cells longer than their
 * column's maximum width are cut with {@code ...}; line breaks and tabs in cells become spaces.
 * The table's own characters are ASCII, so it prints the same under any console encoding.
 */
public final class TextTable {
  static final String ELLIPSIS = "...";
  private static final String GAP = "  ";

  private final List<Column> columns = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();
  private final Map<Integer, String> notes = new HashMap<>();

  /** A column whose cells are cut at {@code maxWidth} characters. */
  public TextTable column(String header, int maxWidth, boolean alignRight) {
    if (maxWidth < ELLIPSIS.length() + 1) {
      throw new IllegalArgumentException("a column needs room for at least one character");
    }
    if (!rows.isEmpty()) {
      throw new IllegalStateException("declare the columns before adding rows");
    }
    columns.add(new Column(header, maxWidth, alignRight));
    return this;
  }

  public TextTable column(String header, int maxWidth) {
    return column(header, maxWidth, false);
  }

  /** Adds a row of cells, one per column; null prints as an empty cell. */
  public TextTable row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "expected " + columns.size() + " cells, got " + cells.length);
    }
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = fit(cells[i] == null ? "" : cells[i].toString(), columns.get(i).maxWidth);
    }
    rows.add(row);
    return this;
  }

  /**
   * Puts {@code text} on a line of its own under the last row, cut at {@code maxWidth}
   * characters; null or blank adds nothing.
   */
  public TextTable note(String text, int maxWidth) {
    if (rows.isEmpty()) {
      throw new IllegalStateException("a note goes under a row: add the row first");
    }
    if (text != null && !text.isBlank()) {
      notes.put(rows.size() - 1, fit(text, maxWidth));
    }
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table, each line ending with {@code \n}, without trailing spaces. */
  public String render() {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      widths[i] = Math.min(columns.get(i).maxWidth, columns.get(i).header.length());
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    String[] header = new String[columns.size()];
    String[] rule = new String[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      header[i] = fit(columns.get(i).header, widths[i]);
      rule[i] = "-".repeat(widths[i]);
    }
    line(out, header, widths);
    line(out, rule, widths);
    String indent = columns.size() > 1 ? " ".repeat(widths[0] + GAP.length()) : "";
    for (int r = 0; r < rows.size(); r++) {
      line(out, rows.get(r), widths);
      String note = notes.get(r);
      if (note != null) {
        out.append(indent).append(note).append('\n');
      }
    }
    return out.toString();
  }

  private void line(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String pad = " ".repeat(widths[i] - cells[i].length());
      if (columns.get(i).alignRight) {
        line.append(pad).append(cells[i]);
      } else {
        line.append(cells[i]).append(pad);
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** The text on one line, cut to {@code width} characters with an ellipsis. */
  static String fit(String text, int width) {
    String flat = text.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").strip();
    if (flat.codePointCount(0, flat.length()) <= width) {
      return flat;
    }
    int end = flat.offsetByCodePoints(0, width - ELLIPSIS.length());
    return flat.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  private record Column(String header, int maxWidth, boolean alignRight) {}
}
