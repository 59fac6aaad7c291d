package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What can be checked of docker-compose.yml without a Docker engine: it parses, the Newsflow
 * services run real subcommands, and the configuration their environment gives loads.
 */
class DockerComposeTest {
  private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

  /** Read with SnakeYAML, which applies YAML merge keys (<<: *anchor) as Compose does. */
  private static JsonNode compose() throws IOException {
    Object yaml = new org.yaml.snakeyaml.Yaml().load(Files.readString(COMPOSE));
    return new ObjectMapper().valueToTree(yaml);
  }

  @Test
  void kafkaIsTheOfficialImageInKraftModeAndPostgresIsThere() throws IOException {
    JsonNode services = compose().path("services");
    assertThat(services.path("kafka").path("image").asText()).startsWith("apache/kafka:");
    assertThat(services.path("kafka").path("environment").path("KAFKA_PROCESS_ROLES").asText())
        .isEqualTo("broker,controller");
    assertThat(services.path("postgres").path("image").asText()).startsWith("postgres:");
  }

  @Test
  void eachStageRunsAsItsOwnServiceWithASubcommandThatExists() throws IOException {
    JsonNode services = compose().path("services");
    CommandLine cli = new CommandLine(new Newsflow());
    for (String stage : new String[] {"ingest", "enrich", "sink"}) {
      JsonNode command = services.path(stage).path("command");
      assertThat(command.get(0).asText()).isEqualTo(stage);
      assertThat(cli.getSubcommands()).containsKey(stage);
    }
  }

  @Test
  void theEnvironmentOfEveryStageIsAValidConfiguration() throws IOException {
    JsonNode services = compose().path("services");
    for (String stage : new String[] {"ingest", "enrich", "sink"}) {
      Map<String, String> env = new HashMap<>();
      Iterator<Map.Entry<String, JsonNode>> vars = services.path(stage).path("environment").fields();
      while (vars.hasNext()) {
        Map.Entry<String, JsonNode> var = vars.next();
        if (var.getKey().startsWith("NEWSFLOW_")) {
          env.put(var.getKey(), var.getValue().asText().replaceAll("\\$\\{[^:}]+:-([^}]*)}", "$1"));
        }
      }
      assertThat(env).containsEntry("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
      NewsflowConfig config = new ConfigLoader().load(null, env, Map.of());
      assertThat(config.embeddedBroker()).isFalse();
      env.keySet().forEach(name -> assertThat(knownVariable(name)).as(name).isTrue());
      if (stage.equals("sink")) {
        assertThat(config.sink().postgres().enabled()).isTrue();
        assertThat(config.sink().postgres().password()).isNotBlank();
      }
    }
  }

  /** A NEWSFLOW_* variable the loader reads; an unknown one would be silently ignored. */
  private static boolean knownVariable(String name) {
    return name.startsWith("NEWSFLOW_KAFKA_PROPERTIES_")
        || ConfigLoaderKeys.ENV_NAMES.contains(name);
  }

  /** The environment names of every leaf key of the defaults. */
  private static final class ConfigLoaderKeys {
    static final java.util.Set<String> ENV_NAMES = envNames();

    private static java.util.Set<String> envNames() {
      try (var in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEFAULTS)) {
        JsonNode defaults = new ObjectMapper(new YAMLFactory()).readTree(in);
        java.util.Set<String> names = new java.util.HashSet<>();
        collect(defaults, "", names);
        return names;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void collect(JsonNode node, String path, java.util.Set<String> names) {
      if (node.isObject() && !path.equals("kafka.properties")) {
        node.fields().forEachRemaining(f -> collect(f.getValue(),
            path.isEmpty() ? f.getKey() : path + "." + f.getKey(), names));
      } else {
        names.add(ConfigLoader.envName(path));
      }
    }
  }
}
