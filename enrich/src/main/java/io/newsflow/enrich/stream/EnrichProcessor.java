package io.newsflow.enrich.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.error.Reason;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.error.BadRecordException;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.RecordReader;
import io.newsflow.enrich.BoundedEnricher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each raw article and enriches it once per content: a repeat of an (id, content hash) already enriched
 * is dropped; anything else is enriched and forwarded. A failure is thrown to the processing
 * exception handler, which dead-letters the record: a record that is not a raw article as
 * {@link UnreadableRecordException} (with the {@link RecordReader}'s reason), an enriched article
 * larger than {@link NewsTopics#MAX_ARTICLE_BYTES} as {@code too-large}. Old dedup entries are
 * purged on a schedule so the store does not grow without bound.
 */
final class EnrichProcessor implements Processor<String, byte[], String, EnrichedArticle> {
  private static final JsonSerde<EnrichedArticle> ENRICHED = new JsonSerde<>(EnrichedArticle.class);
  private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

  private final RecordReader<RawArticle> reader;
  private final Supplier<BoundedEnricher> enricher;
  private final Duration retention;
  private final Counter enriched;
  private final Counter duplicates;
  private final Counter skipped;
  private final Timer duration;
  private ProcessorContext<String, EnrichedArticle> context;
  private KeyValueStore<String, DedupEntry> seen;

  EnrichProcessor(RecordReader<RawArticle> reader, Supplier<BoundedEnricher> enricher,
      Duration retention, MeterRegistry registry) {
    this.reader = reader;
    this.enricher = enricher;
    this.retention = retention;
    this.enriched = registry.counter("newsflow.enrich.enriched");
    this.duplicates = registry.counter("newsflow.enrich.duplicates");
    this.skipped = registry.counter("newsflow.enrich.skipped");
    this.duration = registry.timer("newsflow.enrich.duration");
  }

  @Override
  public void init(ProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
    this.seen = context.getStateStore(EnrichTopology.DEDUP_STORE);
    Duration every = retention.dividedBy(24).compareTo(Duration.ofHours(1)) > 0
        ? Duration.ofHours(1)
        : retention.dividedBy(24).isZero() ? Duration.ofSeconds(1) : retention.dividedBy(24);
    context.schedule(every, PunctuationType.WALL_CLOCK_TIME, this::purgeOlderThanRetention);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    RawArticle article = read(record);
    if (article == null) {
      LOG.debug("Ignoring a null value with key {}", record.key());
      return;
    }
    DedupEntry previous = seen.get(article.id());
    if (previous != null && previous.contentHash().equals(article.contentHash())) {
      duplicates.increment();
      return;
    }
    long started = System.nanoTime();
    EnrichedArticle result = enricher.get().enrich(article);
    duration.record(Duration.ofNanos(System.nanoTime() - started));
    if (result.enrichment() != null && result.enrichment().skipped() != null) {
      skipped.increment();
    }
    requireFits(result);
    seen.put(
        article.id(),
        new DedupEntry(article.contentHash(), article.version(), context.currentSystemTimeMs()));
    context.forward(record.withKey(article.id()).withValue(result));
    enriched.increment();
  }

  /**
   * Values are read here rather than by the source's serde so that unreadable records reach the
   * processing exception handler, the one path that dead-letters them under every runtime
   * (TopologyTestDriver included).
   */
  private RawArticle read(Record<String, byte[]> record) {
    try {
      RawArticle article = reader.read(record.key(), record.value());
      if (article != null) {
        validate(article);
      }
      return article;
    } catch (BadRecordException e) {
      throw new UnreadableRecordException(e);
    }
  }

  /** The sink refuses larger articles: one that cannot be written whole is dead-lettered here. */
  private static void requireFits(EnrichedArticle article) {
    int bytes = ENRICHED.serialize(article).length;
    if (bytes > NewsTopics.MAX_ARTICLE_BYTES) {
      throw new BadRecordException(Reason.TOO_LARGE, String.format(
          "article %s enriched is %d bytes; an article may be at most %d", article.id(), bytes,
          NewsTopics.MAX_ARTICLE_BYTES));
    }
  }

  private static void validate(RawArticle article) {
    if (article.id() == null || article.id().isBlank()) {
      throw new BadRecordException("raw article without an id");
    }
    if (article.contentHash() == null || article.contentHash().isBlank()) {
      throw new BadRecordException("raw article " + article.id() + " without a content hash");
    }
    if (article.url() == null || article.url().isBlank()) {
      throw new BadRecordException("raw article " + article.id() + " without a url");
    }
  }

  private void purgeOlderThanRetention(long nowMs) {
    long cutoff = nowMs - retention.toMillis();
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, DedupEntry> all = seen.all()) {
      while (all.hasNext()) {
        KeyValue<String, DedupEntry> entry = all.next();
        if (entry.value == null || entry.value.seenAtMs() < cutoff) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(seen::delete);
    if (!expired.isEmpty()) {
      LOG.info("Purged {} dedup entries older than {}", expired.size(), retention);
    }
  }
}
