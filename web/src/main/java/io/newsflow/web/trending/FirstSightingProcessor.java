package io.newsflow.web.trending;

import io.newsflow.core.enrichment.EntityMentionRecord;
import io.newsflow.core.enrichment.EntityType;
import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns mention records (one per entity per article <em>version</em>) into increments that count
 * each article once. The first version of an article seen for an entity adds one article and its
 * mentions at its own event time; a later version adds no article, only the change in mentions,
 * at the <em>first</em> version's time (so an update fetched hours later, or re-dated, stays in
 * the window the article was counted in); the same or an older version again (a replay, or
 * versions out of order) adds nothing. Only names count ({@link #NAMES}). Sightings older than the retention are forgotten, by
 * stream time, every {@link #PURGE_EVERY}.
 */
final class FirstSightingProcessor
    implements FixedKeyProcessor<String, EntityMentionRecord, EntityCounts> {
  static final Duration PURGE_EVERY = Duration.ofHours(1);
  /**
   * Who and what trends: people, organisations, places and other names. Dates, amounts and
   * percentages are entities of the contract, but "Saturday" or "$4 million" trending says
   * nothing about the news.
   */
  static final java.util.Set<EntityType> NAMES = java.util.EnumSet.of(EntityType.PERSON,
      EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);

  private final String storeName;
  private final Duration retention;
  private FixedKeyProcessorContext<String, EntityCounts> context;
  private KeyValueStore<String, FirstSighting> sightings;

  FirstSightingProcessor(String storeName, Duration retention) {
    this.storeName = storeName;
    this.retention = retention;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, EntityCounts> context) {
    this.context = context;
    this.sightings = context.getStateStore(storeName);
    context.schedule(PURGE_EVERY, PunctuationType.STREAM_TIME, this::purge);
  }

  @Override
  public void process(FixedKeyRecord<String, EntityMentionRecord> record) {
    EntityMentionRecord mention = record.value();
    if (record.key() == null || mention == null || mention.articleId() == null
        || !NAMES.contains(mention.type())) {
      return;
    }
    String key = record.key() + " " + mention.articleId();
    FirstSighting seen = sightings.get(key);
    if (seen == null) {
      sightings.put(key, new FirstSighting(record.timestamp(), mention.articleVersion(),
          mention.mentionCount()));
      context.forward(record.withValue(
          new EntityCounts(mention.name(), mention.type(), 1, mention.mentionCount())));
    } else if (mention.articleVersion() > seen.version()) {
      sightings.put(key, new FirstSighting(seen.at(), mention.articleVersion(),
          mention.mentionCount()));
      context.forward(record
          .withValue(new EntityCounts(mention.name(), mention.type(), 0,
              mention.mentionCount() - seen.mentions()))
          .withTimestamp(seen.at()));
    }
  }

  private void purge(long streamTime) {
    long oldest = streamTime - retention.toMillis();
    try (KeyValueIterator<String, FirstSighting> all = sightings.all()) {
      while (all.hasNext()) {
        KeyValue<String, FirstSighting> entry = all.next();
        if (entry.value == null || entry.value.at() < oldest) {
          sightings.delete(entry.key);
        }
      }
    }
  }
}
