package io.newsflow.sink.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells as RFC 4180 CSV with a header row: a cell is quoted only when it holds a comma, a
 * double quote (doubled inside), a line break or leading or trailing space; null is an empty cell;
 * lines end with {@code \n}.
 */
final class CsvRows {
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final List<String> header;
  private final List<Object[]> rows = new ArrayList<>();

  CsvRows(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row, one cell per column: strings, numbers, booleans or null. */
  CsvRows row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(cells.clone());
    return this;
  }

  String render() {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    header.forEach(schema::addColumn);
    try {
      return CSV.writer(schema.build()).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
