package io.newsflow.web.query;

import io.newsflow.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The other instances found through {@link KafkaStreams#metadataForAllStreamsClients()}, asked
 * over HTTP at the {@code application.server} each one advertises, all at once, each within a
 * timeout. An instance that does not answer in time or answers anything but 200 is reported
 * missing, not retried: the page asks again soon enough.
 */
public final class HttpPeers implements Peers {
  private static final Logger LOG = LoggerFactory.getLogger(HttpPeers.class);

  private final KafkaStreams streams;
  private final HostInfo self;
  private final HttpClient client;
  private final Duration timeout;

  /**
   * @param self this instance's {@code application.server}, skipped when asking
   * @param timeout how long to wait for all the others
   */
  public HttpPeers(KafkaStreams streams, HostInfo self, Duration timeout) {
    this.streams = streams;
    this.self = self;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public <T> Gathered<T> ask(String store, String path, Map<String, String> params, Class<T> type) {
    List<HostInfo> others = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    try {
      for (StreamsMetadata metadata : streams.metadataForAllStreamsClients()) {
        HostInfo host = metadata.hostInfo();
        if (host.equals(self) || !metadata.stateStoreNames().contains(store)) {
          continue;
        }
        if (host.port() < 0) {
          missing.add("an instance without application.server");
        } else {
          others.add(host);
        }
      }
    } catch (StreamsException | IllegalStateException e) {
      throw new NotReadyException("the page's streams are not running yet: " + e.getMessage(), e);
    }
    Map<String, String> local = new LinkedHashMap<>(params);
    local.put("scope", Scope.LOCAL.label());
    Map<HostInfo, CompletableFuture<HttpResponse<String>>> calls = new LinkedHashMap<>();
    for (HostInfo host : others) {
      HttpRequest request = HttpRequest.newBuilder(uri(host, path, local))
          .timeout(timeout).header("Accept", JsonAnswer.CONTENT_TYPE).GET().build();
      calls.put(host, client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    List<T> answers = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Map.Entry<HostInfo, CompletableFuture<HttpResponse<String>>> call : calls.entrySet()) {
      String name = call.getKey().host() + ":" + call.getKey().port();
      try {
        HttpResponse<String> response =
            call.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (response.statusCode() == 200) {
          answers.add(Json.mapper().readValue(response.body(), type));
        } else {
          missing.add(name + ": HTTP " + response.statusCode() + " " + oneLine(response.body()));
        }
      } catch (TimeoutException e) {
        call.getValue().cancel(true);
        missing.add(name + ": no answer within " + timeout.toMillis() + " ms");
      } catch (ExecutionException | IOException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        missing.add(name + ": " + cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        missing.add(name + ": interrupted");
      }
    }
    if (!missing.isEmpty()) {
      LOG.debug("Partial answer to {}: {}", path, missing);
    }
    return new Gathered<>(answers, missing);
  }

  static URI uri(HostInfo host, String path, Map<String, String> params) {
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> p : params.entrySet()) {
      query.append(query.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
    }
    String h = host.host().contains(":") ? "[" + host.host() + "]" : host.host();
    return URI.create("http://" + h + ":" + host.port() + path + "?" + query);
  }

  private static String oneLine(String body) {
    String line = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
