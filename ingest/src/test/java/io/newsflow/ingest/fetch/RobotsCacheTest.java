package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsCacheTest {

  @Test
  void theRobotNameIsTheProductTokenOfTheUserAgentInLowerCase() {
    assertThat(RobotsCache.robotName("Newsflow/0.1 (+https://newsflow.example/bot)"))
        .isEqualTo("newsflow");
    assertThat(RobotsCache.robotName("Larkspur-Crawler 2")).isEqualTo("larkspur-crawler");
    assertThat(RobotsCache.robotName("")).isEqualTo("newsflow");
  }
}
