package io.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cue verbs as read from cue-verbs.tsv, without the tagger. */
class CueLexiconTest {
  private final CueLexicon lexicon = new CueLexicon();

  @Test
  void anIrregularFormFindsItsVerb() {
    assertThat(lexicon.lookup("Said")).contains(new Cue("say", Cue.Kind.NEUTRAL, false));
  }

  @Test
  void aRegularFormFindsItsVerbWithItsStance() {
    assertThat(lexicon.lookup("denies")).contains(new Cue("deny", Cue.Kind.DENY, false));
    assertThat(lexicon.lookup("alleged")).contains(new Cue("allege", Cue.Kind.ALLEGE, false));
    assertThat(lexicon.lookup("conceding")).contains(new Cue("concede", Cue.Kind.ADMIT, false));
  }

  @Test
  void aWeakCueIsMarkedWeak() {
    assertThat(lexicon.lookup("added")).contains(new Cue("add", Cue.Kind.NEUTRAL, true));
  }

  @Test
  void aWordThatIsNoFormOfACueFindsNothing() {
    assertThat(lexicon.lookup("walked")).isEmpty();
  }

  @Test
  void theGrammarColumnsSelectTheirVerbs() {
    assertThat(CueLexicon.lemmas(CueLexicon.Column.QUESTION, "yes"))
        .containsExactlyInAnyOrder("ask", "wonder");
    assertThat(CueLexicon.lemmas(CueLexicon.Column.HEARER, "required"))
        .containsExactlyInAnyOrder("inform", "remind", "notify", "assure");
    assertThat(CueLexicon.lemmas(CueLexicon.Column.OBJECT, "both"))
        .contains("show", "reveal").doesNotContain("say", "call");
  }
}
