package io.newsflow.core.enrichment;

/** What a claim does: alleges wrongdoing or a disputed fact, denies one, or simply asserts. */
public enum Stance {
  ALLEGATION,
  DENIAL,
  ASSERTION
}
