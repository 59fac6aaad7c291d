package io.newsflow.enrich.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Nouns that tell what kind of source a description names. */
final class SourceNouns {
  private SourceNouns() {}

  /** Texts that make claims. */
  static final Set<String> DOCUMENTS =
      Set.of("lawsuit", "suit", "complaint", "filing", "filings", "document", "documents",
          "indictment", "petition", "motion", "affidavit", "ruling", "judgment", "verdict",
          "report", "study", "survey", "analysis", "memo", "letter", "statement", "records",
          "paper", "audit", "review", "investigation", "probe", "inquiry", "charges", "charge",
          "warrant", "brief", "testimony", "transcript", "email", "emails", "post", "tweet",
          "release", "order", "bill", "proposal", "plan", "agreement", "contract", "policy",
          "notice", "summons", "subpoena", "poll", "polls", "data", "figures", "statistics",
          "estimates", "forecast", "forecasts", "census", "count", "research", "findings",
          "projections", "numbers", "minutes", "book", "memoir", "memoirs", "article",
          "editorial", "column", "website", "message", "messages", "video", "footage", "results",
          "tally", "returns", "papers", "files", "cables", "logs", "text", "draft", "accounts",
          "account", "register", "transcripts", "recordings", "reporting", "regulations",
          "legislation", "guidance", "guidelines", "invitation", "evidence", "ordinance");

  /** "according to plan": nouns after "according to" that cite no one. */
  static final Set<String> NOT_SOURCES =
      Set.of("plan", "plans", "schedule", "taste", "tradition", "custom", "law", "laws", "rules",
          "rule", "script", "design", "legend", "protocol", "instructions", "needs", "size",
          "age", "type", "season", "weather", "preference", "preferences", "merit", "priority");

  /** Documents of a legal dispute: what they say is an allegation until proven. */
  static final Set<String> LEGAL_DOCUMENTS =
      Set.of("lawsuit", "suit", "complaint", "filing", "filings", "indictment", "petition",
          "motion", "affidavit", "charges", "charge", "subpoena", "summons", "warrant",
          "brief", "documents", "document");

  /** People who accuse in a legal dispute. */
  static final Set<String> ACCUSERS =
      Set.of("plaintiff", "plaintiffs", "prosecutor", "prosecutors", "prosecution", "accuser",
          "accusers",
          "complainant", "complainants", "claimant", "claimants", "petitioner", "petitioners");

  /** Organisations named by a common noun. */
  static final Set<String> ORGANIZATIONS =
      Set.of("company", "firm", "government", "ministry", "agency", "department", "police",
          "military", "army", "court", "campaign", "administration", "party", "group", "team",
          "network", "union", "bloc", "council", "committee", "board", "commission", "giant",
          "startup",
          "bank", "club", "league", "organization", "organisation", "office", "embassy",
          "regulator", "authority", "authorities", "service", "platform", "outlet", "newspaper",
          "broadcaster", "university", "school", "hospital", "charity", "foundation",
          "institute", "parliament", "congress", "senate", "white", "kremlin", "pentagon",
          "operator", "manufacturer", "maker", "retailer", "carrier", "airline", "insurer",
          "lender", "conglomerate", "corporation", "corp", "inc", "business", "brand", "county",
          "city", "state", "province", "municipality", "town", "prosecution", "defence",
          "defense", "opposition", "coalition", "alliance", "movement", "supplier", "producer",
          "publisher", "developer", "utility", "exchange", "fund", "chamber", "watchdog", "panel",
          "inspectorate", "tribunal", "assembly", "legislature", "cabinet", "bureau",
          "directorate", "federation", "confederation", "consortium", "lobby", "nonprofit",
          "regime", "junta", "rebels", "navy", "force", "forces", "trust");

  /** Unnamed people: "officials", "a source familiar with". */
  static final Set<String> ANONYMOUS =
      Set.of("official", "officials", "source", "sources", "people", "person", "insider",
          "insiders", "expert", "experts", "analyst", "analysts", "critic", "critics",
          "observer", "observers", "witness", "witnesses", "resident", "residents", "someone",
          "aide", "aides", "diplomat", "diplomats", "staff", "employees", "employee", "workers",
          "activists", "protesters", "investigators", "researchers", "scientists", "reports",
          "others", "many", "some", "one", "another", "backbencher", "backbenchers", "lawmaker",
          "lawmakers", "legislator", "legislators", "mps", "senators", "colleagues", "allies",
          "supporters", "opponents", "rivals", "donors", "voters", "economists", "traders",
          "investors", "doctors", "nurses", "teachers", "parents", "students", "farmers",
          "families", "villagers", "campaigners", "advocates", "environmentalists", "historians",
          "commentators", "strategists", "pollsters", "negotiators", "mediators", "locals",
          "neighbours", "neighbors", "relatives", "survivors", "veterans",
          "organisers", "organizers", "leaders", "ministers", "judges", "regulators",
          "executives", "bankers", "whistleblower", "whistleblowers", "employers", "companies",
          "firms", "businesses", "groups", "unions", "governments", "countries", "pair", "duo",
          "feds");

  /** People named by their role. */
  static final Set<String> ROLES =
      Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople", "director", "chief",
          "president", "minister", "secretary", "chairman", "chairwoman", "ceo", "founder",
          "executive", "manager", "head", "lawyer", "lawyers", "attorney", "attorneys",
          "counsel", "judge", "senator", "representative", "governor", "mayor", "leader",
          "officer", "commissioner", "adviser", "advisor", "author", "authors", "owner",
          "businessman", "businesswoman", "billionaire", "professor", "doctor", "economist",
          "member", "members", "candidate", "prime", "king", "queen", "pope", "chancellor",
          "ambassador", "general", "coach", "player", "actor", "singer", "star", "victim",
          "victims", "defendant", "defendants", "father", "mother", "wife", "husband", "son",
          "daughter", "brother", "sister", "friend", "woman", "man", "user", "users",
          "customer", "customers", "citizen", "citizens", "couple", "family");

  /** People named by whom they serve: "counsel to the inquiry", "adviser to the president". */
  static final Set<String> ADVISERS =
      Set.of("counsel", "adviser", "advisor", "advisers", "advisors", "ambassador", "envoy",
          "aide", "aides", "assistant", "secretary", "spokesman", "spokeswoman", "spokesperson",
          "consultant", "consultants", "lawyer", "lawyers", "attorney", "attorneys", "successor",
          "heir", "deputy", "special", "rapporteur", "observer", "observers", "delegate");

  /** Words before "of" that count their people: "a string of Tory MPs", "a handful of aides". */
  static final Set<String> PARTITIVES =
      Set.of("string", "number", "handful", "majority", "minority", "dozen", "dozens", "series",
          "host", "couple", "pair", "trio", "lot", "lots", "slew", "raft", "chorus", "range",
          "bunch", "crowd", "details", "copy", "copies", "version", "section", "sections",
          "excerpts", "third", "thirds", "half", "quarter", "quarters", "fifth", "fifths",
          "percent", "share", "proportion");

  /** Endings of plural nouns for people: "councilmembers", "campaigners", "Democrats". */
  private static final List<String> PEOPLE_ENDINGS =
      List.of("members", "ers", "ists", "ians", "ants", "ents", "ors", "ees", "crats", "cans",
          "ives", "men", "women", "folks");
  /**
   * Endings of singular nouns for people: "the strategist", "a councilwoman". Narrower than the
   * plural ones: "the tender", "the order" and "the agent" are no speakers.
   */
  private static final List<String> PERSON_ENDINGS =
      List.of("ist", "ian", "man", "woman", "person");
  /** Singular nouns for people that no ending gives away. */
  private static final Set<String> PERSONS =
      Set.of("parent", "dispatcher", "reporter", "trooper", "worker", "teacher", "voter",
          "volunteer", "organizer", "organiser", "supporter", "neighbour", "neighbor", "survivor",
          "veteran", "consultant", "operative", "investigator", "commentator", "donor", "nurse",
          "student", "protester", "campaigner", "passenger", "driver", "caller", "viewer",
          "reader", "listener", "shopper", "customer", "patient", "tenant", "landlord",
          "homeowner", "retiree", "insider", "participant", "attendee", "bystander");

  /** Nouns for unnamed people beyond the listed ones, recognised by their ending. */
  static boolean isPeople(String word, boolean plural) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (ANONYMOUS.contains(lower)) {
      return true;
    }
    if (!plural && PERSONS.contains(lower)) {
      return true;
    }
    List<String> endings = plural ? PEOPLE_ENDINGS : PERSON_ENDINGS;
    return endings.stream().anyMatch(lower::endsWith)
        && !DOCUMENTS.contains(lower) && !NOT_SOURCES.contains(lower);
  }

  static boolean isIn(Set<String> set, String word) {
    return set.contains(word.toLowerCase(Locale.ROOT));
  }
}
