package io.newsflow.web.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.core.json.Json;
import java.util.Map;

/**
 * An HTTP status and a JSON body. Errors are one object with a one-line {@code error}.
 *
 * @param body the JSON text
 */
public record JsonAnswer(int status, String body) {
  public static final String CONTENT_TYPE = "application/json";

  public static JsonAnswer ok(Object value) {
    return new JsonAnswer(200, write(value));
  }

  public static JsonAnswer error(int status, String message) {
    String line = message == null ? "error" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    return new JsonAnswer(status, write(Map.of("error", line)));
  }

  private static String write(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
  }
}
