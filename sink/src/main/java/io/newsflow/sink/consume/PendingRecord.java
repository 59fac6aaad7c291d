package io.newsflow.sink.consume;

import io.newsflow.core.enrichment.EnrichedArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** A record read and not yet committed: its article, and which destinations already hold it. */
final class PendingRecord {
  private final ConsumerRecord<String, byte[]> record;
  private final EnrichedArticle article;
  private final boolean[] writtenTo;

  PendingRecord(ConsumerRecord<String, byte[]> record, EnrichedArticle article, int sinks) {
    this.record = record;
    this.article = article;
    this.writtenTo = new boolean[sinks];
  }

  ConsumerRecord<String, byte[]> record() {
    return record;
  }

  EnrichedArticle article() {
    return article;
  }

  TopicPartition partition() {
    return new TopicPartition(record.topic(), record.partition());
  }

  boolean writtenTo(int sink) {
    return writtenTo[sink];
  }

  void markWrittenTo(int sink) {
    writtenTo[sink] = true;
  }
}
