package io.newsflow.sink.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

/** A column a statement writes, and how a Java value is bound to its parameter. */
record Column(String name, Type type) {

  enum Type {
    TEXT,
    INTEGER,
    BOOLEAN,
    DOUBLE,
    TIMESTAMPTZ,
    TEXT_ARRAY
  }

  static Column text(String name) {
    return new Column(name, Type.TEXT);
  }

  static Column integer(String name) {
    return new Column(name, Type.INTEGER);
  }

  static Column bool(String name) {
    return new Column(name, Type.BOOLEAN);
  }

  static Column dbl(String name) {
    return new Column(name, Type.DOUBLE);
  }

  static Column timestamp(String name) {
    return new Column(name, Type.TIMESTAMPTZ);
  }

  static Column textArray(String name) {
    return new Column(name, Type.TEXT_ARRAY);
  }

  /** Binds {@code value} (null, or the Java type of this column) to parameter {@code index}. */
  void bind(Connection connection, PreparedStatement statement, int index, Object value)
      throws SQLException {
    switch (type) {
      case TEXT -> statement.setString(index, (String) value);
      case INTEGER -> {
        if (value == null) {
          statement.setNull(index, Types.INTEGER);
        } else {
          statement.setInt(index, (Integer) value);
        }
      }
      case BOOLEAN -> {
        if (value == null) {
          statement.setNull(index, Types.BOOLEAN);
        } else {
          statement.setBoolean(index, (Boolean) value);
        }
      }
      case DOUBLE -> {
        if (value == null) {
          statement.setNull(index, Types.DOUBLE);
        } else {
          statement.setDouble(index, (Double) value);
        }
      }
      case TIMESTAMPTZ -> {
        if (value == null) {
          statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
          statement.setObject(index, (OffsetDateTime) value, Types.TIMESTAMP_WITH_TIMEZONE);
        }
      }
      case TEXT_ARRAY -> {
        if (value == null) {
          statement.setNull(index, Types.ARRAY);
        } else {
          List<?> list = (List<?>) value;
          statement.setArray(index, connection.createArrayOf("text", list.toArray()));
        }
      }
    }
  }
}
