package io.newsflow.core.config;

/**
 * The live page served by {@code newsflow run} and {@code newsflow web} on {@code http.listen}.
 *
 * @param recentArticles how many recent articles the page holds, shows and searches (without
 *     PostgreSQL)
 * @param applicationId the Kafka Streams application id of the page's aggregations (trending
 *     entities, source health); instances with the same id share the work
 */
public record WebConfig(boolean enabled, int recentArticles, String applicationId) {

  public WebConfig {
    if (recentArticles < 1) {
      throw new IllegalArgumentException("web.recent-articles must be at least 1");
    }
    applicationId = applicationId == null || applicationId.isBlank() ? "newsflow-web" : applicationId;
  }
}
