package io.newsflow.app.cli;

import io.newsflow.app.metrics.ServiceMetrics;
import io.newsflow.app.page.LivePage;
import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.app.runtime.Monitoring;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.error.ConfigException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow web}: the live page alone, against any cluster. */
@Command(name = "web", mixinStandardHelpOptions = true,
    description = {"Serves the live page (articles with their entities and claims, the claims "
        + "view, trending entities, source health, search) on http.listen, reading the topics "
        + "of the cluster given with --bootstrap-servers, or of the newsflow run already "
        + "running on --data-dir.",
        "Instances with the same web.application-id share the page's aggregations."})
public final class WebCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.load();
    if (!config.http().enabled()) {
      throw new ConfigException("newsflow web serves a page: set http.listen (--http HOST:PORT)");
    }
    try (ServiceMetrics metrics = new ServiceMetrics();
        Monitoring monitoring = Monitoring.start(config.http(), metrics.registry());
        KafkaRuntime kafka = KafkaRuntime.start(config);
        LivePage page = LivePage.start(kafka.config(), monitoring.boundAddress().orElseThrow())) {
      monitoring.connect(kafka.config());
      monitoring.mount(page.routes());
      monitoring.health().ready(page.readiness());
      monitoring.health().started();
      System.out.println("Live page: http://" + monitoring.httpAddress().orElseThrow() + "/");
      StageRunner.awaitShutdown(null);
    }
    return 0;
  }
}
