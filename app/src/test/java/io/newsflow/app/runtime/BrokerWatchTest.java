package io.newsflow.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.app.health.HealthCheck;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class BrokerWatchTest {
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(Monitoring.class);

  @BeforeEach
  void listen() {
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void stop() {
    logger.detachAppender(logged);
  }

  @Test
  void saysOnceWhenTheBrokerGoesAndOnceWhenItComesBack() {
    AtomicBoolean up = new AtomicBoolean(true);
    Monitoring.BrokerWatch watch = new Monitoring.BrokerWatch(HealthCheck.of("broker",
        () -> up.get() ? Optional.empty() : Optional.of("broker unreachable")), "k:9092");
    watch.look();
    up.set(false);
    watch.look();
    watch.look();
    up.set(true);
    watch.look();
    watch.look();
    assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
        "Kafka does not answer at k:9092: the stages wait and retry; nothing is dropped",
        "Kafka answers again at k:9092 after 0 s");
  }
}
