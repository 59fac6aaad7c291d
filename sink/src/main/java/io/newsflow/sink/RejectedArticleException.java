package io.newsflow.sink;

import io.newsflow.core.error.Reason;
import io.newsflow.core.error.BadRecordException;

/**
 * One article a destination refuses for good (a constraint it violates, a character the database
 * cannot store), named by its id and version so the caller can dead-letter exactly that record
 * and write the rest.
 */
public class RejectedArticleException extends BadRecordException {
  private final String articleId;
  private final int version;

  public RejectedArticleException(String articleId, int version, String message, Throwable cause) {
    super(Reason.REFUSED, message, cause);
    this.articleId = articleId;
    this.version = version;
  }

  public String articleId() {
    return articleId;
  }

  public int version() {
    return version;
  }
}
