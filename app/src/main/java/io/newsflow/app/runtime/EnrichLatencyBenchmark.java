package io.newsflow.app.runtime;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.enrich.EnrichFailure;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.NamedText;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Time from {@code news-raw-v1} to {@code news-enriched-v1} through a real broker and the real
 * enrich application (exactly-once), at a fixed arrival rate: each raw record's timestamp is its
 * send time, and the enriched record keeps it, so latency is read-committed arrival minus that.
 * An article the engine fails on arrives on {@code news-dlq-v1} instead: it is counted and named
 * with the dead letter's reason, and the run goes on.
 */
public final class EnrichLatencyBenchmark {
  private static final JsonSerde<RawArticle> RAW = new JsonSerde<>(RawArticle.class);
  private static final JsonSerde<DeadLetter> DEAD_LETTER = new JsonSerde<>(DeadLetter.class);

  /**
   * Latencies in milliseconds of the measured articles, after the warm-up ones.
   *
   * @param articles the measured articles that arrived enriched
   * @param failures the measured articles that were dead-lettered instead
   */
  public record Result(int articles, double ratePerSecond, double p50, double p95, double p99,
      double max, List<EnrichFailure> failures) {
    public Result {
      failures = List.copyOf(failures);
    }
  }

  /** What arrived for the articles sent. */
  private record Arrivals(List<Double> latencies, List<EnrichFailure> failures) {}

  private EnrichLatencyBenchmark() {}

  public static Result run(NewsflowConfig base, List<NamedText> texts, double rate, int articles,
      int warmup, PrintStream out) throws InterruptedException {
    String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    NewsflowConfig config = new io.newsflow.core.config.ConfigLoader().load(null, Map.of(),
        Map.of("data-dir", base.dataDir().toString(),
            "kafka.bootstrap-servers", base.kafka().bootstrapServers(),
            "kafka.topic-prefix", prefix,
            "kafka.partitions", "2",
            "enrich.application-id", "newsflow-bench-" + prefix.replace(".", ""),
            "enrich.threads", String.valueOf(base.enrich().threads())));
    NewsTopics topics = NewsTopics.withPrefix(prefix);
    KafkaClients clients = new KafkaClients(config.kafka());
    try (var admin = clients.admin()) {
      new io.newsflow.core.topic.TopicCreator(admin, 2, (short) 1).ensure(topics.all());
    }
    try (EnrichService enrich = new EnrichService(config, Stages.enricherFactory(),
            new SimpleMeterRegistry());
        var producer = new KafkaProducer<>(clients.producer("bench"), new StringSerializer(),
            new ByteArraySerializer());
        var consumer = new KafkaConsumer<>(clients.consumer("bench-" + prefix, "bench"),
            new StringDeserializer(), new ByteArrayDeserializer())) {
      enrich.start();
      if (!enrich.awaitRunning(Duration.ofMinutes(2))) {
        throw new IllegalStateException("the enrich application did not start");
      }
      consumer.subscribe(List.of(topics.enriched().name(), topics.deadLetters().name()));
      out.printf("warming up with %d articles...%n", warmup);
      sendAndCollect(producer, consumer, topics, texts, 0, warmup, 10.0, out, false);
      out.printf("measuring %d articles at %.1f/s...%n", articles, rate);
      Arrivals arrivals =
          sendAndCollect(producer, consumer, topics, texts, warmup, articles, rate, out, true);
      List<Double> latencies = new ArrayList<>(arrivals.latencies());
      Collections.sort(latencies);
      Result result = new Result(latencies.size(), rate, pct(latencies, 50), pct(latencies, 95),
          pct(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1),
          arrivals.failures());
      out.printf("raw -> enriched latency over %d articles at %.1f/s: p50 %.0f ms, p95 %.0f ms, "
          + "p99 %.0f ms, max %.0f ms%n", result.articles(), rate, result.p50(), result.p95(),
          result.p99(), result.max());
      out.printf("%d of %d articles failed%s%n", result.failures().size(), articles,
          result.failures().isEmpty() ? "" : " (dead-lettered):");
      for (EnrichFailure failure : result.failures()) {
        out.printf("  %s: %s%n", failure.name(), failure.reason());
      }
      return result;
    }
  }

  private static Arrivals sendAndCollect(KafkaProducer<String, byte[]> producer,
      KafkaConsumer<String, byte[]> consumer, NewsTopics topics, List<NamedText> texts,
      int offset, int count, double rate, PrintStream out, boolean report) {
    long intervalNanos = (long) (1e9 / rate);
    long start = System.nanoTime();
    int sent = 0;
    List<Double> latencies = new ArrayList<>();
    List<EnrichFailure> failures = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    long deadline = Long.MAX_VALUE;
    while (latencies.size() + failures.size() < count && System.nanoTime() < deadline) {
      while (sent < count && System.nanoTime() - start >= sent * intervalNanos) {
        NamedText text = texts.get((offset + sent) % texts.size());
        RawArticle article = article(text.text(), offset + sent);
        names.put(article.id(), text.name());
        producer.send(new ProducerRecord<>(topics.raw().name(), null, System.currentTimeMillis(),
            article.id(), RAW.serialize(article)));
        producer.flush();
        sent++;
        if (sent == count) {
          deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        }
      }
      for (var record : consumer.poll(Duration.ofMillis(20))) {
        if (record.topic().equals(topics.deadLetters().name())) {
          DeadLetter letter = DEAD_LETTER.deserialize(record.value());
          failures.add(new EnrichFailure(names.getOrDefault(record.key(), record.key()),
              simpleName(letter.errorClass()) + ": " + letter.detail()));
        } else {
          latencies.add((double) (System.currentTimeMillis() - record.timestamp()));
        }
      }
    }
    if (report && latencies.size() + failures.size() < count) {
      out.printf("only %d of %d articles arrived within the deadline%n",
          latencies.size() + failures.size(), count);
    }
    return new Arrivals(latencies, failures);
  }

  private static String simpleName(String className) {
    return className == null ? "?" : className.substring(className.lastIndexOf('.') + 1);
  }

  private static RawArticle article(String text, int n) {
    ExtractedArticle a = new ExtractedArticle("https://bench.newsflow.example/article/" + n,
        null, "Benchmark article " + n, text, List.of(), null, null, "en", null, null, null,
        List.of(), null, false);
    return RawArticle.of(a, "bench", 1, Instant.now());
  }

  private static double pct(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
