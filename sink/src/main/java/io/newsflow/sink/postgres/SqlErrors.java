package io.newsflow.sink.postgres;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientException;

/** Sorts PostgreSQL errors by what the sink should do about them, from their SQLSTATE. */
final class SqlErrors {
  private SqlErrors() {}

  enum Kind {
    /** The database cannot be reached or is not taking work now: retry the batch later. */
    UNAVAILABLE,
    /** The data itself is refused (a constraint, an invalid value): dead-letter the article. */
    BAD_RECORD,
    /** Anything else (a missing table, a permission): retry, it needs someone's attention. */
    OTHER
  }

  static Kind classify(SQLException e) {
    String state = e.getSQLState();
    if (state == null || state.length() < 2) {
      return hasIoCause(e) || e instanceof SQLTransientException ? Kind.UNAVAILABLE : Kind.OTHER;
    }
    String sqlClass = state.substring(0, 2);
    switch (sqlClass) {
      case "08": // connection exception
      case "53": // insufficient resources
      case "40": // serialization failure, deadlock: the same batch will pass on a retry
      case "57": // operator intervention: shutdown, crash recovery, statement timeout
      case "58": // system error (I/O) on the server
        return Kind.UNAVAILABLE;
      case "22": // data exception: NUL in text, a number out of range
      case "23": // integrity constraint violation
      case "54": // program limit exceeded: a value too large for an index or a tsvector
        return Kind.BAD_RECORD;
      default:
        return hasIoCause(e) ? Kind.UNAVAILABLE : Kind.OTHER;
    }
  }

  /** SQLSTATE and message, for logs and dead letters. */
  static String describe(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return e.getSQLState() == null ? message : "[" + e.getSQLState() + "] " + message;
  }

  private static boolean hasIoCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
