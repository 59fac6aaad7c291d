package io.newsflow.enrich.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Verbs of saying in all their inflected forms, with irregular forms spelled out. */
final class CueLexicon {
  private final Map<String, Cue> forms = new HashMap<>();

  CueLexicon() {
    // Strong cues attribute speech on their own.
    neutral(false, "say:says:said:saying", "tell:tells:told:telling", "state", "declare",
        "insist", "argue", "assert", "maintain", "contend", "announce", "confirm", "testify:"
            + "testifies:testified:testifying", "warn", "explain", "stress", "emphasize",
        "emphasise", "reiterate", "claim", "write:writes:wrote:written:writing", "report",
        "complain", "predict", "estimate", "suggest", "respond", "reply:replies:replied:replying",
        "tweet", "add", "note", "continue", "call", "describe", "acknowledge", "admit:admits:"
            + "admitted:admitting", "concede", "deny:denies:denied:denying", "reject", "dispute",
        "refute", "rebut:rebuts:rebutted:rebutting", "dismiss", "allege", "accuse", "charge",
        "contest", "disavow", "counter", "agree", "recall", "observe", "point", "post",
        "believe", "think:thinks:thought:thinking", "add", "vow", "pledge", "promise", "urge",
        "demand", "propose", "recommend", "caution", "indicate", "signal", "hint", "assure",
        "boast", "conclude", "find:finds:found:finding", "show:shows:showed:shown:showing",
        "reveal", "disclose", "expect", "fear", "hope", "feel:feels:felt:feeling", "stress",
        "affirm", "allege", "question", "criticize", "criticise", "praise", "announce",
        // Thought and belief: PolNeAR-style attribution covers what sources think as well as
        // what they say.
        "suspect", "speculate", "worry:worries:worried:worrying", "doubt", "grumble",
        // More verbs of saying and of finding.
        "remark", "comment", "mention", "recount", "retort", "quip:quips:quipped:quipping",
        "joke", "concur:concurs:concurred:concurring", "clarify:clarifies:clarified:clarifying",
        "lament", "rule", "forecast:forecasts:forecast:forecasted:forecasting", "tout",
        "inform", "remind", "notify:notifies:notified:notifying", "determine",
        "understand:understands:understood:understanding",
        // Asking reports a claim only with a quoted question (see AttributionFinder).
        "ask", "wonder");
    kind(Cue.Kind.ALLEGE, "allege", "accuse", "claim", "charge", "contend");
    kind(Cue.Kind.DENY, "deny", "reject", "dispute", "refute", "rebut", "dismiss", "contest",
        "disavow", "counter");
    kind(Cue.Kind.ADMIT, "admit", "acknowledge", "concede", "confirm");
    weak("add", "note", "continue", "call", "describe", "write", "report", "post", "tweet",
        "explain", "respond", "reply", "agree", "recall", "observe", "point", "believe", "think",
        "suggest", "predict", "estimate", "stress", "emphasize", "emphasise", "reiterate",
        "announce", "confirm", "acknowledge", "charge", "counter", "maintain", "complain",
        "dispute", "dismiss", "contest", "declare", "vow", "pledge", "promise", "urge",
        "demand", "propose", "recommend", "caution", "indicate", "signal", "hint", "assure",
        "boast", "conclude", "find", "show", "reveal", "disclose", "expect", "fear", "hope",
        "feel", "affirm", "question", "criticize", "criticise", "praise", "suspect", "speculate",
        "worry", "doubt", "grumble", "remark", "comment", "mention", "recount", "retort", "quip",
        "joke", "concur", "clarify", "lament", "rule", "forecast", "tout", "inform", "remind",
        "notify", "determine", "understand", "ask", "wonder");
  }

  Optional<Cue> lookup(String word) {
    return Optional.ofNullable(forms.get(word.toLowerCase(Locale.ROOT)));
  }

  private void neutral(boolean weak, String... specs) {
    for (String spec : specs) {
      List<String> parts = List.of(spec.split(":"));
      String lemma = parts.get(0);
      Cue cue = new Cue(lemma, Cue.Kind.NEUTRAL, weak);
      if (parts.size() > 1) {
        parts.forEach(f -> forms.put(f, cue));
      } else {
        regularForms(lemma).forEach(f -> forms.put(f, cue));
      }
    }
  }

  private void kind(Cue.Kind kind, String... lemmas) {
    forms.replaceAll((f, c) -> List.of(lemmas).contains(c.lemma())
        ? new Cue(c.lemma(), kind, c.weak()) : c);
  }

  private void weak(String... lemmas) {
    forms.replaceAll((f, c) -> List.of(lemmas).contains(c.lemma())
        ? new Cue(c.lemma(), c.kind(), true) : c);
  }

  private static List<String> regularForms(String lemma) {
    if (lemma.endsWith("e")) {
      String stem = lemma.substring(0, lemma.length() - 1);
      return List.of(lemma, lemma + "s", lemma + "d", stem + "ing");
    }
    if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch")) {
      return List.of(lemma, lemma + "es", lemma + "ed", lemma + "ing");
    }
    return List.of(lemma, lemma + "s", lemma + "ed", lemma + "ing");
  }
}
