package io.newsflow.core.testing;

import io.newsflow.core.kafka.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives tests a {@link KafkaBroker}: one in-process KRaft broker per test
 * JVM, started on first use and stopped when the JVM's tests are done. With {@code
 * -Dkafka.bootstrap=host:port} tests run against that external broker instead.
 */
public final class SharedKafkaBroker implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedKafkaBroker.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return broker(context);
  }

  /** The shared broker, started on first call. */
  public static KafkaBroker broker(ExtensionContext context) {
    String external = System.getProperty("kafka.bootstrap");
    if (external != null && !external.isBlank()) {
      return () -> external;
    }
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("broker", key -> Embedded.start(), Embedded.class);
  }

  /** Holds the broker in the root store, which closes it after the last test of the JVM. */
  static final class Embedded implements KafkaBroker, AutoCloseable {
    private final Path dir;
    private final EmbeddedKafkaBroker broker;

    private Embedded(Path dir, EmbeddedKafkaBroker broker) {
      this.dir = dir;
      this.broker = broker;
    }

    static Embedded start() {
      try {
        Path dir = Files.createTempDirectory("newsflow-test-kafka");
        return new Embedded(dir, EmbeddedKafkaBroker.start(dir));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String bootstrapServers() {
      return broker.bootstrapServers();
    }

    @Override
    public void close() throws IOException {
      broker.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
