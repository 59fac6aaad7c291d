package io.newsflow.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.core.error.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link NewsflowConfig}: the bundled defaults, then the user's YAML file, then {@code
 * NEWSFLOW_*} environment variables, then explicit overrides (command-line options), each layer
 * replacing what it names.
 */
public final class ConfigLoader {
  public static final String DEFAULTS = "/io/newsflow/core/config/newsflow-defaults.yaml";
  static final String ENV_PREFIX = "NEWSFLOW_";
  private static final String KAFKA_PROPERTIES_ENV = ENV_PREFIX + "KAFKA_PROPERTIES_";

  private final ObjectMapper yaml;

  public ConfigLoader() {
    SimpleModule durations = new SimpleModule();
    durations.addDeserializer(Duration.class, new DurationDeserializer());
    this.yaml =
        new ObjectMapper(new YAMLFactory())
            .registerModule(durations)
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * @param userFile a YAML file or null
   * @param env the environment, usually {@code System.getenv()}
   * @param overrides dotted key paths ({@code kafka.bootstrap-servers}) to values
   */
  public NewsflowConfig load(Path userFile, Map<String, String> env, Map<String, String> overrides) {
    ObjectNode tree = defaults();
    if (userFile != null) {
      merge(tree, readFile(userFile), "");
    }
    applyEnvironment(tree, env);
    overrides.forEach((path, value) -> set(tree, path, value));
    try {
      NewsflowConfig config = yaml.treeToValue(tree, NewsflowConfig.class);
      return resolveDataDir(config);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("invalid configuration: " + rootMessage(e), e);
    }
  }

  /** The defaults alone, without environment or file. */
  public NewsflowConfig defaultsOnly() {
    return load(null, Map.of(), Map.of());
  }

  private ObjectNode defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new ConfigException("defaults missing from the classpath: " + DEFAULTS);
      }
      return (ObjectNode) yaml.readTree(in);
    } catch (IOException e) {
      throw new ConfigException("cannot read the bundled defaults", e);
    }
  }

  private JsonNode readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("config file not found: " + file);
    }
    try {
      JsonNode node = yaml.readTree(file.toFile());
      if (node == null || node.isMissingNode() || node.isNull()) {
        return yaml.createObjectNode();
      }
      if (!node.isObject()) {
        throw new ConfigException("config file " + file + " must hold a YAML mapping");
      }
      return node;
    } catch (IOException e) {
      throw new ConfigException("cannot parse config file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Replaces in {@code base} what {@code layer} names; unknown keys are errors. */
  private static void merge(ObjectNode base, JsonNode layer, String path) {
    Iterator<Map.Entry<String, JsonNode>> fields = layer.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      String keyPath = path.isEmpty() ? key : path + "." + key;
      JsonNode current = base.get(key);
      boolean freeForm = keyPath.equals("kafka.properties");
      if (current == null && !freeForm && !path.equals("kafka.properties")) {
        throw new ConfigException("unknown configuration key: " + keyPath);
      }
      if (current != null && current.isObject() && field.getValue().isObject() && !freeForm) {
        merge((ObjectNode) current, field.getValue(), keyPath);
      } else if (freeForm && current != null && current.isObject()
          && field.getValue().isObject()) {
        ((ObjectNode) current).setAll((ObjectNode) field.getValue());
      } else {
        base.set(key, field.getValue());
      }
    }
  }

  private static void applyEnvironment(ObjectNode tree, Map<String, String> env) {
    for (String path : leafPaths(tree, "")) {
      String value = env.get(envName(path));
      if (value != null) {
        set(tree, path, value);
      }
    }
    ObjectNode properties = (ObjectNode) tree.path("kafka").path("properties");
    env.forEach(
        (name, value) -> {
          if (name.startsWith(KAFKA_PROPERTIES_ENV) && name.length() > KAFKA_PROPERTIES_ENV.length()) {
            String property =
                name.substring(KAFKA_PROPERTIES_ENV.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            properties.put(property, value);
          }
        });
  }

  /** The environment variable that overrides the key at {@code path}. */
  public static String envName(String path) {
    return ENV_PREFIX + path.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  static List<String> leafPaths(JsonNode node, String path) {
    List<String> paths = new ArrayList<>();
    if (path.equals("kafka.properties")) {
      return paths;
    }
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> paths.addAll(leafPaths(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey())));
    } else {
      paths.add(path);
    }
    return paths;
  }

  private static void set(ObjectNode tree, String path, String value) {
    String[] parts = path.split("\\.");
    ObjectNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      boolean freeForm = parts[i].equals("properties") && i == 1 && parts[0].equals("kafka");
      if (child == null || !child.isObject()) {
        throw new ConfigException("unknown configuration key: " + path);
      }
      node = (ObjectNode) child;
      if (freeForm) {
        node.put(String.join(".", java.util.Arrays.copyOfRange(parts, i + 1, parts.length)), value);
        return;
      }
    }
    String last = parts[parts.length - 1];
    JsonNode current = node.get(last);
    if (current == null) {
      throw new ConfigException("unknown configuration key: " + path);
    }
    if (current.isArray()) {
      node.set(last, listOf(value));
    } else {
      node.set(last, TextNode.valueOf(value));
    }
  }

  /** A comma-separated value for a list key, e.g. NEWSFLOW_INGEST_ALLOW_ADDRESSES=10.0.0.0/8,::1. */
  private static JsonNode listOf(String value) {
    var array = new ObjectMapper().createArrayNode();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        array.add(item.strip());
      }
    }
    return array;
  }

  private static NewsflowConfig resolveDataDir(NewsflowConfig config) {
    Path dataDir = config.dataDir().toAbsolutePath().normalize();
    SinkConfig sink = config.sink();
    Path jsonlDir =
        sink.jsonl().dir() == null || sink.jsonl().dir().toString().isEmpty()
            ? dataDir.resolve("articles")
            : sink.jsonl().dir().toAbsolutePath().normalize();
    SinkConfig resolvedSink =
        new SinkConfig(
            sink.groupId(),
            new SinkConfig.Jsonl(
                sink.jsonl().enabled(), jsonlDir, sink.jsonl().maxFileBytes(), sink.jsonl().gzip()),
            sink.postgres(),
            sink.retry());
    String instanceId =
        config.instanceId().isBlank() ? InstanceNames.derived(dataDir) : config.instanceId().strip();
    return new NewsflowConfig(
        dataDir, config.kafka(), config.ingest(), config.enrich(), resolvedSink, config.http(),
        InstanceNames.checked(instanceId), config.web());
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String own = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
    return t == e ? own : own + " (" + t.getMessage() + ")";
  }

  private static final class DurationDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      if (text == null || text.isBlank()) {
        return null;
      }
      return DurationParser.parse(text);
    }
  }
}
