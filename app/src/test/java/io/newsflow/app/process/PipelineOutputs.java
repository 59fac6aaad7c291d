package io.newsflow.app.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a pipeline under test left where its users read it: the committed records of a topic, the
 * JSON Lines files, and the series of its {@code /metrics}. Every reader answers "nothing yet"
 * rather than failing while the process or its broker is restarting.
 */
public final class PipelineOutputs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PipelineOutputs() {}

  /** Every committed record of {@code topic} at {@code bootstrap}, read from the start. */
  public static List<ConsumerRecord<String, String>> committed(String bootstrap, String topic) {
    Map<String, Object> props = Map.of("bootstrap.servers", bootstrap,
        "isolation.level", "read_committed", "enable.auto.commit", false,
        "default.api.timeout.ms", 10_000, "request.timeout.ms", 10_000,
        "max.partition.fetch.bytes", 16 * 1024 * 1024);
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
          && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    } catch (RuntimeException e) {
      return List.of();
    }
    return records;
  }

  /**
   * The offsets consumer group {@code group} has committed on {@code topic}, by partition (a
   * partition with none is absent), or null while the broker does not answer.
   */
  public static Map<Integer, Long> groupOffsets(String bootstrap, String group, String topic) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap,
        "default.api.timeout.ms", 10_000, "request.timeout.ms", 10_000))) {
      Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
      Map<Integer, Long> byPartition = new TreeMap<>();
      offsets.forEach((tp, o) -> {
        if (tp.topic().equals(topic) && o != null) {
          byPartition.put(tp.partition(), o.offset());
        }
      });
      return byPartition;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return null;
    }
  }

  /** The keys of {@link #committed}. */
  public static List<String> committedKeys(String bootstrap, String topic) {
    return committed(bootstrap, topic).stream().map(ConsumerRecord::key).toList();
  }

  /** The values of {@link #committed}, parsed as JSON (a value that is not JSON is left out). */
  public static List<JsonNode> committedValues(String bootstrap, String topic) {
    List<JsonNode> values = new ArrayList<>();
    for (ConsumerRecord<String, String> record : committed(bootstrap, topic)) {
      try {
        values.add(JSON.readTree(record.value()));
      } catch (IOException | RuntimeException notJson) {
        // a tombstone or a foreign record: not a value to look at
      }
    }
    return values;
  }

  /** Every whole line of every JSON Lines file under {@code dir}, open or closed, in file order. */
  public static List<JsonNode> jsonlLines(Path dir) {
    List<JsonNode> lines = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return lines;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.contains(".jsonl")) {
          continue;
        }
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            try {
              lines.add(JSON.readTree(line));
            } catch (IOException halfWritten) {
              // the line the sink is writing now; it is whole at the next look
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** The distinct (id, version) pairs of the JSON Lines files, as {@code id#version}. */
  public static Set<String> jsonlPairs(Path dir) {
    Set<String> pairs = new HashSet<>();
    for (JsonNode article : jsonlLines(dir)) {
      pairs.add(article.path("id").asText() + "#" + article.path("version").asInt());
    }
    return pairs;
  }

  /**
   * Lines of the JSON Lines files that are not whole JSON objects (a torn write): always empty
   * for a sink that keeps its promise, since a line is either all there or not at all.
   */
  public static List<String> brokenLines(Path dir) {
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.contains(".jsonl") || name.endsWith(".open")) {
          continue;
        }
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            try {
              if (!JSON.readTree(line).isObject()) {
                broken.add(name + ": " + line);
              }
            } catch (IOException e) {
              broken.add(name + ": " + line);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return broken;
  }

  /** The HTTP status of a GET, or -1 while nothing answers. */
  public static int status(String url) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
          .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The body of a GET, or "" while nothing answers. */
  public static String body(String url) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
          .build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /**
   * The value of a series on {@code metricsUrl} (its first line when labelled: pass the labels
   * in {@code name}, e.g. {@code newsflow_sink_pending}), or -1 while the server does not answer.
   */
  public static double metric(String metricsUrl, String name) {
    String body = body(metricsUrl);
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$")
        .matcher(body);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
