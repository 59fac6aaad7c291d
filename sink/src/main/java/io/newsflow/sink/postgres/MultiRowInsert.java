package io.newsflow.sink.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One INSERT of many rows with a {@code VALUES (?, ?), (?, ?)} list, the fastest plain-JDBC
 * write to PostgreSQL after COPY, with an optional clause after it (ON CONFLICT, RETURNING). Rows
 * are split so that one statement stays under the protocol's limit on bind parameters.
 */
record MultiRowInsert(String table, List<Column> columns, String tail) {
  /** The wire protocol counts parameters in 16 bits; stay well below. */
  static final int MAX_PARAMETERS = 30_000;

  MultiRowInsert {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("an insert needs columns");
    }
  }

  /** How many rows one statement takes at most. */
  int maxRows() {
    return Math.max(1, MAX_PARAMETERS / columns.size());
  }

  /** The SQL for {@code rows} rows; values are always bind parameters, never inlined. */
  String sql(int rows) {
    if (rows < 1 || rows > maxRows()) {
      throw new IllegalArgumentException("rows must be in [1, " + maxRows() + "]: " + rows);
    }
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String row = "(" + "?, ".repeat(columns.size() - 1) + "?)";
    StringBuilder sql = new StringBuilder(64 + names.length() + rows * (row.length() + 2));
    sql.append("INSERT INTO ").append(table).append(" (").append(names).append(") VALUES ");
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        sql.append(", ");
      }
      sql.append(row);
    }
    if (!tail.isEmpty()) {
      sql.append(' ').append(tail);
    }
    return sql.toString();
  }

  /**
   * Prepares the statement for {@code rows} (at most {@link #maxRows()}), each an array of values
   * in column order, and binds them.
   */
  PreparedStatement prepare(Connection connection, List<Object[]> rows) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql(rows.size()));
    try {
      int index = 1;
      for (Object[] row : rows) {
        if (row.length != columns.size()) {
          throw new IllegalArgumentException(
              table + " takes " + columns.size() + " values per row, not " + row.length);
        }
        for (int c = 0; c < row.length; c++) {
          columns.get(c).bind(connection, statement, index++, row[c]);
        }
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }
}
