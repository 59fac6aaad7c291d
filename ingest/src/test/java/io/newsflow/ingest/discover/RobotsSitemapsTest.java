package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RobotsSitemapsTest {
  private static final String ROBOTS = "https://www.harbourview-courier.example/robots.txt";

  @Test
  void sitemapLinesAreReadInOrderResolvedAndDeduplicated() {
    String robots = """
        User-agent: *
        Disallow: /search
        Sitemap: https://www.harbourview-courier.example/sitemap.xml
        sitemap: /sitemaps/news.xml
        SITEMAP: https://www.harbourview-courier.example/sitemap.xml
        Sitemap: https://www.harbourview-courier.example/sitemaps/video.xml#fragment

        User-agent: BadBot
        Disallow: /
        """;

    assertThat(RobotsSitemaps.parse(robots.getBytes(StandardCharsets.UTF_8), ROBOTS))
        .containsExactly(
            "https://www.harbourview-courier.example/sitemap.xml",
            "https://www.harbourview-courier.example/sitemaps/news.xml",
            "https://www.harbourview-courier.example/sitemaps/video.xml");
  }

  @Test
  void robotsWithoutSitemapsYieldsNone() {
    assertThat(RobotsSitemaps.parse("User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8),
        ROBOTS)).isEmpty();
  }

  @Test
  void emptyOrHtmlRobotsYieldsNone() {
    assertThat(RobotsSitemaps.parse(new byte[0], ROBOTS)).isEmpty();
    assertThat(RobotsSitemaps.parse("<html><body>Oops</body></html>"
        .getBytes(StandardCharsets.UTF_8), ROBOTS)).isEmpty();
  }
}
