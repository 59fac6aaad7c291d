package io.newsflow.web.query;

import java.util.List;
import java.util.Map;

/** The other instances of the page's Kafka Streams application, and how to ask them. */
public interface Peers {
  /**
   * The answers of every other instance that holds {@code store} to a GET of {@code path} with
   * {@code params} and {@code scope=local}.
   *
   * @param type the JSON answer's type
   */
  <T> Gathered<T> ask(String store, String path, Map<String, String> params, Class<T> type);

  /** One instance alone: no one else to ask. */
  static Peers none() {
    return new Peers() {
      @Override
      public <T> Gathered<T> ask(
          String store, String path, Map<String, String> params, Class<T> type) {
        return new Gathered<>(List.of(), List.of());
      }
    };
  }

  /**
   * What the other instances answered.
   *
   * @param missing the instances that did not answer, each as {@code host:port: why}
   */
  record Gathered<T>(List<T> answers, List<String> missing) {
    public Gathered {
      answers = List.copyOf(answers);
      missing = List.copyOf(missing);
    }
  }
}
