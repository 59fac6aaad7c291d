package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.DurationParser;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.sink.SinkService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What can be checked of docker-compose.yml without a Docker engine: it parses, the Newsflow
 * services run real subcommands, the configuration their environment gives loads, the data stays
 * on volumes, nothing listens beyond the loopback address or starts with a default password, the
 * stages get time to close and are checked for readiness, and the Prometheus profile scrapes
 * them. Also the image's Jib configuration in app/pom.xml, which the healthchecks rely on.
 */
class DockerComposeTest {
  private static final Path COMPOSE = Path.of("..", "docker-compose.yml");
  /** The app module, where the tests run. */
  private static final Path APP = Path.of(".");
  /** Where Jib's default layout puts the classpath file of the entry point. */
  private static final String JIB_CLASSPATH_FILE = "/app/jib-classpath-file";

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
          env.put(var.getKey(), interpolate(var.getValue().asText()));
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

  @Test
  void kafkaKeepsItsLogDirectoriesOnAMountedVolume() throws IOException {
    JsonNode compose = compose();
    JsonNode kafka = compose.path("services").path("kafka");
    List<String> mounts = new ArrayList<>();
    for (JsonNode volume : kafka.path("volumes")) {
      Mount mount = Mount.of(volume);
      assertThat(compose.path("volumes").has(mount.source()) || mount.source().startsWith("."))
          .as("%s is a named volume or a directory of the host", mount.source()).isTrue();
      mounts.add(mount.target());
    }
    String logDirs = kafka.path("environment").path("KAFKA_LOG_DIRS").asText();

    assertThat(logDirs).as("KAFKA_LOG_DIRS").isNotBlank();
    for (String dir : logDirs.split(",")) {
      assertThat(mounts).as("a mount holding %s", dir)
          .anyMatch(target -> Path.of(dir.strip()).normalize().startsWith(Path.of(target)));
    }
  }

  @Test
  void everyPublishedPortListensOnTheLoopbackAddressOnly() throws IOException {
    for (Map.Entry<String, JsonNode> service : compose().path("services").properties()) {
      for (JsonNode port : service.getValue().path("ports")) {
        String published = port.isObject()
            ? port.path("host_ip").asText() + ":" + port.path("published").asText()
            : port.asText();
        assertThat(published).as("%s publishes %s", service.getKey(), port)
            .startsWith("127.0.0.1:");
      }
    }
  }

  @Test
  void postgresHasNoDefaultPasswordAndTheSinkUsesTheSameVariable() throws IOException {
    JsonNode services = compose().path("services");
    JsonNode postgres = services.path("postgres").path("environment");
    String required = "\\$\\{NEWSFLOW_DB_PASSWORD:?\\?[^}]+}";

    assertThat(postgres.has("POSTGRES_HOST_AUTH_METHOD")).isFalse();
    assertThat(postgres.path("POSTGRES_PASSWORD").asText()).matches(required);
    assertThat(services.path("sink").path("environment").path("NEWSFLOW_SINK_POSTGRES_PASSWORD")
        .asText()).matches(required);
  }

  @Test
  void theStagesHaveMoreTimeToStopThanTheirCloseTimeoutsAndKafkaTimeToo() throws Exception {
    JsonNode services = compose().path("services");
    Duration enrichClose = EnrichService.CLOSE_TIMEOUT;
    Duration sinkStop = sinkStopTimeout();
    // One grace period for all: a stage closes in less than the longest of these.
    Duration longest = enrichClose.compareTo(sinkStop) > 0 ? enrichClose : sinkStop;

    for (String stage : new String[] {"ingest", "enrich", "sink"}) {
      Duration grace = composeDuration(services.path(stage).path("stop_grace_period").asText());
      assertThat(grace).as(stage).isGreaterThan(longest);
    }
    assertThat(composeDuration(services.path("kafka").path("stop_grace_period").asText()))
        .as("kafka, more than Docker's default 10 s")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void everyStageListensOnAllItsInterfacesAndIsHealthyWhenReady() throws IOException {
    JsonNode services = compose().path("services");
    for (String stage : new String[] {"ingest", "enrich", "sink"}) {
      JsonNode service = services.path(stage);
      String listen = service.path("environment").path("NEWSFLOW_HTTP_LISTEN").asText();
      assertThat(listen).as(stage).startsWith("0.0.0.0:");
      List<String> test = new ArrayList<>();
      service.path("healthcheck").path("test").forEach(arg -> test.add(arg.asText()));

      // The exec form, on the image's own classpath (Jib's layout) and entry point class.
      assertThat(test).as(stage).startsWith("CMD", "java");
      assertThat(test).as(stage).containsSubsequence("-cp", "@" + JIB_CLASSPATH_FILE,
          Newsflow.class.getName(), "health");
      // The arguments of the main class, as `newsflow` would parse them.
      CommandSpec health = new CommandLine(new Newsflow())
          .parseArgs(test.subList(test.indexOf("health"), test.size()).toArray(String[]::new))
          .subcommand().commandSpec();
      assertThat(health.name()).isEqualTo("health");
      URI url = URI.create(health.findOption("--url").getValue().toString());
      assertThat(url.getHost()).as(stage).isEqualTo("127.0.0.1");
      assertThat(url.getPort()).as(stage).isEqualTo(Integer.parseInt(listen.split(":")[1]));
      assertThat(url.getPath()).as(stage).isEqualTo("/health/ready");
      Duration timeout = DurationParser.parse(
          health.findOption("--timeout").getValue().toString());
      assertThat(composeDuration(service.path("healthcheck").path("timeout").asText()))
          .as("%s: Docker waits longer than the command does, JVM start included", stage)
          .isGreaterThan(timeout.plusSeconds(5));
    }
  }

  @Test
  void prometheusIsOptionalAndScrapesEveryReplicaOfEveryStage() throws IOException {
    JsonNode services = compose().path("services");
    JsonNode prometheus = services.path("prometheus");
    assertThat(prometheus.path("image").asText()).startsWith("prom/prometheus:");
    assertThat(prometheus.path("profiles")).isNotEmpty();
    Path config = null;
    for (JsonNode volume : prometheus.path("volumes")) {
      Mount mount = Mount.of(volume);
      if (mount.target().equals("/etc/prometheus/prometheus.yml")) {
        config = COMPOSE.resolveSibling(mount.source()).normalize();
      }
    }
    assertThat(config).as("a prometheus.yml of the repository").isNotNull().isRegularFile();

    List<JsonNode> discoveries = new ArrayList<>();
    new ObjectMapper(new YAMLFactory()).readTree(config.toFile()).path("scrape_configs")
        .forEach(job -> job.path("dns_sd_configs").forEach(discoveries::add));
    for (String stage : new String[] {"ingest", "enrich", "sink"}) {
      String port = services.path(stage).path("environment").path("NEWSFLOW_HTTP_LISTEN").asText()
          .split(":")[1];
      // Docker's DNS answers a service name with one A record per container: replicas included.
      assertThat(discoveries).as(stage).anySatisfy(sd -> {
        List<String> names = new ArrayList<>();
        sd.path("names").forEach(name -> names.add(name.asText()));
        assertThat(names).contains(stage);
        assertThat(sd.path("type").asText()).isEqualTo("A");
        assertThat(sd.path("port").asText()).isEqualTo(port);
      });
    }
  }

  @Test
  void theImageRunsAsANonRootUserWhoCanWriteItsDataDirectory() throws Exception {
    Element jib = jibConfiguration();
    Element container = child(jib, "container");
    String user = child(container, "user").getTextContent().strip();
    String uid = user.split(":")[0];
    assertThat(uid).isNotBlank().isNotIn("0", "root");
    assertThat(child(container, "workingDirectory").getTextContent().strip()).isEqualTo("/data");

    // Jib writes every file as root:root; /data is writable by the others, so by that user.
    Element extra = child(jib, "extraDirectories");
    String from = child((Element) extra.getElementsByTagName("path").item(0), "from")
        .getTextContent().strip();
    assertThat(APP.resolve(from).resolve("data")).isDirectory();
    NodeList permissions = extra.getElementsByTagName("permission");
    String dataMode = null;
    for (int i = 0; i < permissions.getLength(); i++) {
      Element permission = (Element) permissions.item(i);
      if (child(permission, "file").getTextContent().strip().equals("/data")) {
        dataMode = child(permission, "mode").getTextContent().strip();
      }
    }
    assertThat(dataMode).as("the mode of /data").isNotNull();
    assertThat(Integer.parseInt(dataMode, 8) & 03).as("others may write and enter /data")
        .isEqualTo(03);
  }

  @Test
  void theImageKeepsJibsDefaultLayoutWhichTheHealthchecksName() throws Exception {
    Element jib = jibConfiguration();
    Element container = child(jib, "container");
    // Jib's default app root is /app, with the classpath file of its entry point in it; an
    // entry point of our own would not use the jvmFlags.
    assertThat(container.getElementsByTagName("appRoot").getLength()).isZero();
    assertThat(container.getElementsByTagName("entrypoint").getLength()).isZero();
    assertThat(container.getElementsByTagName("jvmFlag").getLength()).isPositive();
    assertThat(child(container, "mainClass").getTextContent().strip())
        .isIn(Newsflow.class.getName(), "${main.class}");
  }

  /** The configuration of the jib-maven-plugin in app/pom.xml. */
  private static Element jibConfiguration() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = factory.newDocumentBuilder().parse(APP.resolve("pom.xml").toFile());
    NodeList plugins = pom.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if (child(plugin, "artifactId").getTextContent().strip().equals("jib-maven-plugin")) {
        return child(plugin, "configuration");
      }
    }
    throw new AssertionError("no jib-maven-plugin in app/pom.xml");
  }

  private static Element child(Element parent, String name) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static Duration sinkStopTimeout() {
    return SinkService.STOP_TIMEOUT;
  }

  /** A Compose duration: Go's syntax, e.g. {@code 1m30s}, {@code 90s}, {@code 1.5s}. */
  static Duration composeDuration(String text) {
    Matcher part = COMPOSE_DURATION_PART.matcher(text);
    double nanos = 0;
    int end = 0;
    while (end < text.length() && part.find(end) && part.start() == end) {
      double unit = switch (part.group(2)) {
        case "us" -> 1e3;
        case "ms" -> 1e6;
        case "s" -> 1e9;
        case "m" -> 60e9;
        default -> 3600e9;
      };
      nanos += Double.parseDouble(part.group(1)) * unit;
      end = part.end();
    }
    assertThat(end).as("a Compose duration: '%s'", text).isPositive().isEqualTo(text.length());
    return Duration.ofNanos(Math.round(nanos));
  }

  private static final Pattern COMPOSE_DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(us|ms|s|m|h)");

  @Test
  void composeDurationsReadAsComposeReadsThem() {
    assertThat(composeDuration("2m30s")).isEqualTo(Duration.ofSeconds(150));
    assertThat(composeDuration("45s")).isEqualTo(Duration.ofSeconds(45));
    assertThat(composeDuration("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(composeDuration("1.5s")).isEqualTo(Duration.ofMillis(1500));
  }

  /** A volume of a service, in the short ({@code source:target[:mode]}) or the long syntax. */
  private record Mount(String source, String target) {
    static Mount of(JsonNode volume) {
      if (volume.isObject()) {
        return new Mount(volume.path("source").asText(), volume.path("target").asText());
      }
      String[] parts = volume.asText().split(":");
      return parts.length == 1 ? new Mount("", parts[0]) : new Mount(parts[0], parts[1]);
    }
  }

  /**
   * A NEWSFLOW_* variable something reads; an unknown one would be silently ignored. The config
   * loader reads NEWSFLOW_ + a key path of the defaults; the logging set-up reads
   * NEWSFLOW_LOG_FORMAT itself, before any configuration is loaded.
   */
  private static boolean knownVariable(String name) {
    return name.startsWith("NEWSFLOW_KAFKA_PROPERTIES_")
        || name.equals("NEWSFLOW_LOG_FORMAT")
        || ConfigLoaderKeys.ENV_NAMES.contains(name);
  }

  /**
   * The value Compose would give: {@code ${VAR:-default}} becomes its default, and a required
   * {@code ${VAR:?message}} a stand-in, as if the user had set it.
   */
  private static String interpolate(String value) {
    return value
        .replaceAll("\\$\\{[^:}]+:-([^}]*)}", "$1")
        .replaceAll("\\$\\{[^:}?]+:?\\?[^}]*}", "set-by-the-user");
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
