package io.newsflow.web.trending;

import io.newsflow.core.enrichment.EntityMentionRecord;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * The time axis of trending: when the article was <em>published</em>, as the page gave it, so an
 * article fetched or enriched late (a feed polled hourly, enrich catching up after a restart, a
 * replay) counts in the hour it came out and a backfill of old articles does not trend now. An
 * article without a date, or dated after it reached Kafka (more than {@link #MAX_SKEW}: a wrong
 * time zone), falls back to the record's timestamp, when its version was published to Kafka.
 */
public final class PublishedTimeExtractor implements TimestampExtractor {
  /** How far a publication date may lie after the record's timestamp (clocks differ). */
  public static final Duration MAX_SKEW = Duration.ofMinutes(10);

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    long recordTime = record.timestamp() >= 0 ? record.timestamp() : partitionTime;
    if (record.value() instanceof EntityMentionRecord mention && mention.published() != null) {
      long published = mention.published().toInstant().toEpochMilli();
      if (recordTime < 0 || published <= recordTime + MAX_SKEW.toMillis()) {
        return published;
      }
    }
    return recordTime;
  }
}
