package io.newsflow.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Validates record values against the published JSON Schemas in {@code docs/schemas/}, found by
 * walking up from the module directory to the repository root.
 */
public final class TopicSchemas {
  private TopicSchemas() {}

  /** The schema of a topic's value, by base topic name (e.g. {@code news-raw-v1}). */
  public static JsonSchema of(String baseTopic) {
    Path file = schemaDir().resolve(baseTopic + ".schema.json");
    try (InputStream in = Files.newInputStream(file)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The violations of {@code json} against the topic's schema, empty when valid. */
  public static List<String> violations(String baseTopic, String json) {
    try {
      JsonNode node = Json.mapper().readTree(json);
      Set<ValidationMessage> messages = of(baseTopic).validate(node);
      return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path schemaDir() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("docs/schemas");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("docs/schemas not found above " + Path.of("").toAbsolutePath());
  }
}
