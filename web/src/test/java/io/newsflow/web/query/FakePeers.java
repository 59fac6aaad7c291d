package io.newsflow.web.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Other instances that answer with given values, recording what they were asked. */
public final class FakePeers implements Peers {
  private final List<Object> answers;
  private final List<String> missing;
  public final List<Map<String, String>> asked = new ArrayList<>();
  public final List<String> paths = new ArrayList<>();

  public FakePeers(List<?> answers, List<String> missing) {
    this.answers = List.copyOf(answers);
    this.missing = List.copyOf(missing);
  }

  @Override
  public <T> Gathered<T> ask(String store, String path, Map<String, String> params, Class<T> type) {
    asked.add(Map.copyOf(params));
    paths.add(path);
    return new Gathered<>(answers.stream().map(type::cast).toList(), missing);
  }
}
