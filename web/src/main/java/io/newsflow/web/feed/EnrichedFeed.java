package io.newsflow.web.feed;

import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.kafka.KafkaClients;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code news-enriched-v1} into a {@link RecentArticles}: assigned every partition (no
 * group: every page instance shows every article), reading committed records only, starting
 * {@code backfill} records before each partition's end so a page opened after a restart is not
 * empty. Records that are not readable articles are skipped with a warning (the sink
 * dead-letters them; the page only shows).
 */
public final class EnrichedFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichedFeed.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final String topic;
  private final long backfill;
  private final RecentArticles store;
  private final JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private final Thread thread;

  public EnrichedFeed(KafkaClients clients, String topic, long backfill, RecentArticles store) {
    Map<String, Object> props = clients.consumer("unused", "newsflow-web-feed");
    props.remove("group.id");
    props.put("max.poll.records", 200);
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    this.topic = topic;
    this.backfill = backfill;
    this.store = store;
    this.thread = new Thread(this::run, "web-feed");
    thread.setDaemon(true);
  }

  public EnrichedFeed start() {
    thread.start();
    return this;
  }

  /** Waits until the backfill has been read. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void run() {
    try {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofMinutes(2))
          .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
      Map<TopicPartition, Long> target = new HashMap<>();
      for (TopicPartition tp : partitions) {
        long from = Math.max(begin.get(tp), end.get(tp) - backfill);
        consumer.seek(tp, from);
        target.put(tp, end.get(tp));
      }
      while (!closed.get()) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          take(r);
        }
        if (caughtUp.getCount() > 0
            && target.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
          caughtUp.countDown();
          LOG.info("The page holds {} recent articles", store.size());
        }
      }
    } catch (WakeupException e) {
      if (!closed.get()) {
        LOG.error("The page's article feed stopped unexpectedly", e);
      }
    } catch (RuntimeException e) {
      LOG.error("The page's article feed stopped: {}", e.toString());
    } finally {
      caughtUp.countDown();
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void take(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    try {
      EnrichedArticle article = serde.deserialize(record.value());
      if (article.id() != null && article.version() >= 1) {
        store.add(article);
      }
    } catch (RuntimeException e) {
      LOG.warn("Not showing {}-{}@{}: not a readable article ({})", record.topic(),
          record.partition(), record.offset(), e.getMessage());
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      consumer.wakeup();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
