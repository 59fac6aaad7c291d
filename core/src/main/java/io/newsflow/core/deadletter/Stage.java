package io.newsflow.core.deadletter;

/** Where in the pipeline a record failed; the label is what {@link DeadLetter#stage()} holds. */
public enum Stage {
  INGEST_EXTRACT("ingest.extract"),
  INGEST_PUBLISH("ingest.publish"),
  ENRICH_DESERIALIZE("enrich.deserialize"),
  ENRICH_PROCESS("enrich.process"),
  SINK_DESERIALIZE("sink.deserialize"),
  SINK_WRITE("sink.write");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
