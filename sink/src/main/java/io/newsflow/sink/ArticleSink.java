package io.newsflow.sink;

import io.newsflow.core.enrichment.EnrichedArticle;
import java.util.List;

/**
 * A destination for enriched articles. {@link #write} returns only when the batch is durable, so
 * the caller may then commit the batch's offsets. Writing the same (id, version) twice must not
 * duplicate it for readers of the destination, or, where the format cannot avoid it (an
 * append-only file after a crash), must repeat it identically so readers can drop it.
 */
public interface ArticleSink extends AutoCloseable {

  /** A short name for logs and metrics, e.g. "jsonl" or "postgres". */
  String name();

  /**
   * Writes {@code batch} durably.
   *
   * @throws io.newsflow.core.error.RetriableException when the destination is unavailable; the
   *     caller retries the same batch later
   * @throws io.newsflow.core.error.BadRecordException when one article cannot be written; the
   *     caller dead-letters that article and retries the rest ({@link RejectedArticleException}
   *     names it; a plain one makes the caller find it by writing the articles one by one)
   */
  void write(List<EnrichedArticle> batch);

  /**
   * Called now and then while no records arrive, so time-driven work (closing the file of an
   * hour that has ended) does not wait for the next record. Failures are the sink's to log.
   */
  default void idle() {}

  @Override
  void close();
}
