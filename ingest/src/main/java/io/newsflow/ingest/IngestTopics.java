package io.newsflow.ingest;

import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.Topic;
import io.newsflow.ingest.source.SourceRecord;
import io.newsflow.ingest.state.FetchState;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics ingest owns besides the public ones: the compacted source list that ingest instances
 * share out through their consumer group, the compacted fetch state they all read, and the
 * compacted status of each source after its last poll.
 */
public final class IngestTopics {
  public static final String SOURCES = "news-sources-v1";
  public static final String FETCH_STATE = "news-fetch-state-v1";
  public static final String SOURCE_STATUS = NewsTopics.SOURCE_STATUS;

  private static final Map<String, String> COMPACTED =
      Map.of("cleanup.policy", "compact", "min.cleanable.dirty.ratio", "0.1");

  private final NewsTopics news;
  private final Topic<String, SourceRecord> sources;
  private final Topic<String, FetchState> fetchState;
  private final Topic<String, SourceStatus> sourceStatus;

  public IngestTopics(NewsTopics news) {
    this.news = news;
    this.sources =
        new Topic<>(news.name(SOURCES), Serdes.String(), new JsonSerde<>(SourceRecord.class),
            COMPACTED);
    this.fetchState =
        new Topic<>(news.name(FETCH_STATE), Serdes.String(), new JsonSerde<>(FetchState.class),
            COMPACTED);
    this.sourceStatus = news.sourceStatus();
  }

  public NewsTopics news() {
    return news;
  }

  public Topic<String, SourceRecord> sources() {
    return sources;
  }

  public Topic<String, FetchState> fetchState() {
    return fetchState;
  }

  public Topic<String, SourceStatus> sourceStatus() {
    return sourceStatus;
  }

  /** Every topic the ingest stage reads or writes. */
  public List<Topic<?, ?>> all() {
    return List.of(news.raw(), news.fetchStatus(), news.deadLetters(), sources, fetchState,
        sourceStatus);
  }
}
