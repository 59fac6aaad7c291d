package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.lexicon.Lexicon;
import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Repairs what a sentence-by-sentence tagger gets wrong about a whole article: one name gets one
 * type (a weighted vote over its mentions), a name tagged once is found where the tagger missed it,
 * a surname alone is found once the full name is known, an untagged name in a list of companies
 * is a company, and "Tesla founder Elon Musk" makes Tesla an organisation.
 */
final class DocumentConsistency {

  /** Nouns that, between a name and a person, make the name an organisation. */
  private static final Set<String> ROLE_NOUNS = Lexicon.ORGANISATION_ROLE_NOUNS.words();

  /** Words that open a two-word surname: "De Vries" for "Anneke De Vries". */
  private static final Set<String> SURNAME_PARTICLES = Lexicon.SURNAME_PARTICLES.words();

  /** Roles that make a place-typed name before a person a company ("Tessaly founder ..."). */
  private static final Set<String> CORPORATE_ROLES = Lexicon.CORPORATE_ROLES.words();

  /** Capitalised words that often start a sentence and are no names there. */
  private static final Set<String> SENTENCE_STARTERS = Lexicon.SENTENCE_STARTERS.words();

  private final FirstNames firstNames;
  private final Acronyms acronyms = new Acronyms();

  DocumentConsistency(FirstNames firstNames) {
    this.firstNames = firstNames;
  }

  List<NameMention> apply(AnalysedText text, List<NameMention> tagged) {
    List<Token> tokens = text.tokens();
    boolean[] headline = headlineTokens(text, tokens.size());
    List<NameMention> mentions = new ArrayList<>();
    for (NameMention mention : peopleAfterTitles(text, tokens, tagged)) {
      // In a title-case heading every word looks like a name ("Trade Barbs as Talks Stall"):
      // only names the body confirms are kept there, found again below.
      if (!headline[mention.firstToken()] || isFullPersonName(tokens, mention)) {
        mentions.add(repairType(tokens, mention));
      }
    }
    mentions = peopleListedTogether(tokens, acronyms.apply(text, mentions));
    mentions = placesListedTogether(tokens, mentions);
    boolean[] capitals = capitalsTokens(text, tokens.size());
    Map<String, EntityType> types = vote(mentions, capitals);
    shortFormsOfOrganisations(types);
    firstWordsOfOrganisations(types, mentions, text.text());
    Map<String, String> surnames = surnames(mentions, types, capitals);
    mentions = retype(mentions, types, surnames);
    mentions.addAll(missedOccurrences(text, tokens, mentions, types, surnames));
    mentions.addAll(listMembers(text, tokens, mentions));
    mentions.addAll(pluralGroups(text, tokens, mentions, types, surnames));
    mentions.sort(Comparator.comparingInt(NameMention::start));
    return mentions;
  }

  /** Offices the tagger takes into an organisation with the person holding them. */
  private static final Set<String> OFFICES = Lexicon.OFFICES.words();

  /**
   * "Alameda County District Attorney Ana Lind", "Democratic Rep. Ana Lind" typed as one
   * organisation: a title followed by a known first name and one or two more capitalised words
   * ends the name, and that person is a person. What comes before the title keeps its type (the
   * vote settles it with its other mentions).
   */
  private List<NameMention> peopleAfterTitles(
      AnalysedText text, List<Token> tokens, List<NameMention> mentions) {
    List<NameMention> result = new ArrayList<>();
    for (NameMention m : mentions) {
      // A MISC name is often a work or prize named after a titled person ("The King's Speech").
      boolean orgOrPlace = m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION;
      int title = orgOrPlace ? titleBeforePerson(tokens, m) : -1;
      if (title < 0) {
        result.add(m);
        continue;
      }
      if (title > m.firstToken()) {
        // "Democratic Rep.", "Ostravian Sen.": one word before the title that reads as a party's
        // or a nation's adjective describes the person.
        boolean adjective = title - 1 == m.firstToken()
            && NATIONALITY_ENDING.matcher(tokens.get(m.firstToken()).word()).find();
        NameMention before = TaggedNameFinder.mention(text, tokens.get(m.firstToken()),
            tokens.get(title - 1), adjective ? EntityType.MISC : m.type(), m.fromTagger());
        if (before != null) {
          result.add(before);
        }
      }
      NameMention person = TaggedNameFinder.mention(text, tokens.get(title + 1),
          tokens.get(m.lastToken()), EntityType.PERSON, m.fromTagger());
      if (person != null) {
        result.add(person);
      }
    }
    return result;
  }

  /** Last words of places and buildings, often named after a titled person. */
  private static final Set<String> PLACE_AND_BUILDING_HEADS =
      Lexicon.PLACE_AND_BUILDING_HEADS.words();

  /** The token of the last title word in {@code m} that a full person name follows, or -1. */
  private int titleBeforePerson(List<Token> tokens, NameMention m) {
    String last = tokens.get(m.lastToken()).word().toLowerCase(Locale.ROOT);
    if (NameRepairs.ORGANISATION_HEADS.contains(last) || CorporateNames.isDesignator(last)
        || PLACE_AND_BUILDING_HEADS.contains(last)) {
      return -1; // "Queen Elizabeth Hospital", "Prince Edward Island": named after the person
    }
    for (int k = m.lastToken() - 2; k >= m.firstToken() && k >= m.lastToken() - 4; k--) {
      Token title = tokens.get(k);
      boolean isTitle = TaggedNameFinder.isTitle(title)
          || OFFICES.contains(title.word().toLowerCase(Locale.ROOT));
      if (isTitle && firstNames.contains(tokens.get(k + 1).word())
          && allCapitalised(tokens, k + 1, m.lastToken())) {
        return k;
      }
    }
    return -1;
  }

  private static boolean allCapitalised(List<Token> tokens, int from, int to) {
    for (int i = from; i <= to; i++) {
      Token token = tokens.get(i);
      if (!token.isCapitalized() && !TaggedNameFinder.isHyphen(token)) {
        return false;
      }
    }
    return true;
  }

  /** A person's name from a known first name on: kept in a title-case credit line. */
  private boolean isFullPersonName(List<Token> tokens, NameMention mention) {
    if (mention.type() != EntityType.PERSON || mention.tokenCount() < 2
        || !firstNames.contains(tokens.get(mention.firstToken()).word())) {
      return false;
    }
    for (int i = mention.firstToken(); i <= mention.lastToken(); i++) {
      Token token = tokens.get(i);
      if (!TaggedNameFinder.isHyphen(token) && !(token.isProperNoun() && token.isCapitalized())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Joaquin Vell and Renata Sorn": a name typed a place or organisation that opens with a known
   * first name and is listed next to a person is a person.
   */
  private List<NameMention> peopleListedTogether(List<Token> tokens, List<NameMention> mentions) {
    List<NameMention> result = new ArrayList<>(mentions);
    for (int k = 0; k < result.size(); k++) {
      NameMention m = result.get(k);
      if ((m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION)
          && m.tokenCount() >= 2 && m.tokenCount() <= 3
          && firstNames.contains(tokens.get(m.firstToken()).word())
          && allProperNouns(tokens, m)
          && (listedWithPerson(tokens, result, k, k - 1)
              || listedWithPerson(tokens, result, k, k + 1))) {
        result.set(k, m.withType(EntityType.PERSON));
      }
    }
    return result;
  }

  /** Prepositions of place and direction before a list of places. */
  private static final Set<String> PLACE_PREPOSITIONS = Lexicon.PLACE_PREPOSITIONS.words();

  /**
   * "to Tessaly and Port Alder": a single word typed a person, no known first name, listed
   * with a place after a preposition of place is a place (the tagger takes unfamiliar towns for
   * surnames).
   */
  private List<NameMention> placesListedTogether(List<Token> tokens, List<NameMention> mentions) {
    List<NameMention> result = new ArrayList<>(mentions);
    for (int k = 0; k < result.size(); k++) {
      NameMention m = result.get(k);
      if (m.type() != EntityType.PERSON || m.tokenCount() != 1
          || firstNames.contains(m.text())) {
        continue;
      }
      boolean first = k + 1 < result.size() && listedPlace(tokens, m, result.get(k + 1))
          && afterPlacePreposition(tokens, m);
      boolean second = k > 0 && listedPlace(tokens, result.get(k - 1), m)
          && result.get(k - 1).type() == EntityType.LOCATION
          && afterPlacePreposition(tokens, result.get(k - 1));
      if (first && result.get(k + 1).type() == EntityType.LOCATION || second) {
        result.set(k, m.withType(EntityType.LOCATION));
      }
    }
    return result;
  }

  /** Whether {@code a} and {@code b} are joined by "and", "or" or a comma alone. */
  private static boolean listedPlace(List<Token> tokens, NameMention a, NameMention b) {
    if (b.firstToken() - a.lastToken() != 2) {
      return false;
    }
    String glue = tokens.get(a.lastToken() + 1).word();
    return glue.equals("and") || glue.equals("or") || glue.equals(",");
  }

  private static boolean afterPlacePreposition(List<Token> tokens, NameMention m) {
    return m.firstToken() > 0 && PLACE_PREPOSITIONS.contains(
        tokens.get(m.firstToken() - 1).word().toLowerCase(Locale.ROOT));
  }

  private static boolean listedWithPerson(
      List<Token> tokens, List<NameMention> mentions, int k, int other) {
    if (other < 0 || other >= mentions.size()
        || mentions.get(other).type() != EntityType.PERSON
        || mentions.get(other).tokenCount() < 2) {
      return false;
    }
    NameMention a = mentions.get(Math.min(k, other));
    NameMention b = mentions.get(Math.max(k, other));
    if (b.firstToken() - a.lastToken() != 2) {
      return false;
    }
    String glue = tokens.get(a.lastToken() + 1).word();
    return glue.equals("and") || glue.equals(",");
  }

  /**
   * Tokens of title-case headings: sentences of four or more words, without a final stop or a
   * number, in which most words are capitalised.
   */
  private static boolean[] headlineTokens(AnalysedText text, int count) {
    boolean[] headline = new boolean[count];
    for (Sentence sentence : text.sentences()) {
      List<Token> words = sentence.tokens().stream()
          .filter(t -> Character.isLetter(t.word().codePointAt(0))).toList();
      String last = sentence.last().word();
      if (words.size() < 3 || last.equals(".") || last.equals("!") || last.equals("?")) {
        continue;
      }
      long capitalised = words.stream().filter(Token::isCapitalized).count();
      long lower = words.stream().filter(t -> !t.isCapitalized() && t.word().length() > 3)
          .count();
      // A heading has a verb or a small function word ("Trade Barbs as Talks Stall"); a
      // dateline ("AL-AIN, United Arab Emirates 1996-12-06") or a byline has neither.
      boolean sentenceLike = words.stream().anyMatch(t -> t.isCapitalized() && t.isVerb()
          || !t.isCapitalized() && t.word().length() <= 3);
      boolean digits = sentence.tokens().stream().anyMatch(t -> t.word().matches(".*\\d.*"));
      if (words.size() >= 4 && capitalised >= 0.6 * words.size() && lower <= 1 && sentenceLike
          && !digits) {
        for (Token t : sentence.tokens()) {
          if (t.index() < count) {
            headline[t.index()] = true;
          }
        }
      }
    }
    return headline;
  }

  /** Tokens of sentences written all in capitals. */
  private static boolean[] capitalsTokens(AnalysedText text, int count) {
    boolean[] capitals = new boolean[count];
    for (Sentence sentence : text.sentences()) {
      if (CapitalLines.inCapitals(sentence.tokens())) {
        for (Token t : sentence.tokens()) {
          if (t.index() < count) {
            capitals[t.index()] = true;
          }
        }
      }
    }
    return capitals;
  }

  /** A person's name without middle initials: "michael r. bloomberg" is "michael bloomberg". */
  static String personKey(String nameKey) {
    String[] words = nameKey.split(" ");
    if (words.length < 3) {
      return nameKey;
    }
    StringBuilder key = new StringBuilder(words[0]);
    for (int i = 1; i < words.length - 1; i++) {
      if (!words[i].matches("\\p{L}\\.?")) {
        key.append(' ').append(words[i]);
      }
    }
    return key.append(' ').append(words[words.length - 1]).toString();
  }

  /** The key under which mentions of one name are counted together. */
  static String nameKey(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
  }

  private NameMention repairType(List<Token> tokens, NameMention mention) {
    int next = mention.lastToken() + 1;
    if (mention.type() != EntityType.ORGANIZATION && !isNationality(mention)
        && next + 1 < tokens.size()) {
      Token role = tokens.get(next);
      Token after = tokens.get(next + 1);
      String roleWord = role.word().toLowerCase(Locale.ROOT);
      // "Marovia President Ana Lind": a country's president is no company's.
      boolean roleFits = mention.type() == EntityType.LOCATION
          ? CORPORATE_ROLES.contains(roleWord) : ROLE_NOUNS.contains(roleWord);
      if (roleFits && after.isCapitalized()
          && ("PERSON".equals(after.ner()) || firstNames.contains(after.word()))) {
        return mention.withType(EntityType.ORGANIZATION);
      }
    }
    if (mention.type() == EntityType.PERSON && mention.tokenCount() >= 2
        && CorporateNames.isDesignator(tokens.get(mention.lastToken()).word())
        && tokens.get(mention.lastToken()).isCapitalized()) {
      return mention.withType(EntityType.ORGANIZATION); // "Halden Shipping", "Vantor Chemicals"
    }
    if (mention.type() == EntityType.MISC
        && mention.tokenCount() >= 2
        && mention.tokenCount() <= 3
        && firstNames.contains(tokens.get(mention.firstToken()).word())
        && allProperNouns(tokens, mention)
        && !EVENT_HEADS.contains(
            tokens.get(mention.lastToken()).word().toLowerCase(Locale.ROOT))
        && !NameRepairs.LAW_HEADS.contains(
            tokens.get(mention.lastToken()).word().toLowerCase(Locale.ROOT))) {
      return mention.withType(EntityType.PERSON);
    }
    return mention;
  }

  /**
   * Last words of competitions and prizes, which are often named after a person ("Stanley Cup",
   * "Walker Trophy") and are no person for it.
   */
  private static final Set<String> EVENT_HEADS = Lexicon.EPONYMOUS_EVENT_HEADS.words();

  /** "French" in "French President Marie Lacroix" is a nationality, not an organisation. */
  private static boolean isNationality(NameMention mention) {
    return mention.type() == EntityType.MISC && mention.tokenCount() == 1
        && NATIONALITY_ENDING.matcher(mention.text()).find();
  }

  private static final java.util.regex.Pattern NATIONALITY_ENDING =
      java.util.regex.Pattern.compile("(an|ese|ish|ch|ic|i|k)$");

  private static boolean allProperNouns(List<Token> tokens, NameMention mention) {
    for (int i = mention.firstToken(); i <= mention.lastToken(); i++) {
      if (!tokens.get(i).isProperNoun() || !tokens.get(i).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  /**
   * One type per name. A single word tagged PERSON counts half unless it is part of a full
   * person name in the article: the tagger often takes an unfamiliar company for a surname.
   */
  private static Map<String, EntityType> vote(List<NameMention> mentions, boolean[] capitals) {
    Set<String> personWords = new java.util.HashSet<>();
    for (NameMention m : mentions) {
      if (m.type() == EntityType.PERSON && m.tokenCount() > 1) {
        for (String word : m.text().split("\\s+")) {
          personWords.add(nameKey(word));
        }
      }
    }
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    for (NameMention m : mentions) {
      String key = nameKey(m.text());
      double weight = 1.0;
      if (m.type() == EntityType.PERSON && m.tokenCount() == 1 && !personWords.contains(key)) {
        weight = 0.5;
      }
      if (capitals[m.firstToken()]) {
        weight *= 0.2; // a guess in a headline in capitals gives way to the body's
      }
      votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class))
          .merge(m.type(), weight, Double::sum);
    }
    Map<String, EntityType> types = new HashMap<>();
    votes.forEach(
        (key, byType) ->
            types.put(
                key,
                byType.entrySet().stream()
                    .max(Map.Entry.<EntityType, Double>comparingByValue()
                        .thenComparing(e -> -e.getKey().ordinal()))
                    .orElseThrow()
                    .getKey()));
    return types;
  }

  /** "Harbor Lane", short for the organisation "Harbor Lane Motors", is that organisation. */
  private static void shortFormsOfOrganisations(Map<String, EntityType> types) {
    List<String> organisations = types.entrySet().stream()
        .filter(e -> e.getValue() == EntityType.ORGANIZATION).map(Map.Entry::getKey).toList();
    types.replaceAll((name, type) -> type != EntityType.ORGANIZATION
        && organisations.stream().anyMatch(full -> CorporateNames.isShortFormOf(name, full))
        ? EntityType.ORGANIZATION : type);
  }

  /**
   * "Corvane", typed a person, in an article about "Corvane Home Products" is that company: a
   * single word that opens an organisation's name and is no one's first name or part of a full
   * person name.
   */
  private void firstWordsOfOrganisations(
      Map<String, EntityType> types, List<NameMention> mentions, String text) {
    Set<String> personWords = new java.util.HashSet<>();
    for (NameMention m : mentions) {
      if (types.get(nameKey(m.text())) == EntityType.PERSON && m.tokenCount() > 1) {
        for (String word : m.text().split("\\s+")) {
          personWords.add(nameKey(word));
        }
      }
    }
    List<String> organisations = types.entrySet().stream()
        .filter(e -> e.getValue() == EntityType.ORGANIZATION && e.getKey().contains(" "))
        .map(Map.Entry::getKey).toList();
    String lower = text.toLowerCase(Locale.ROOT);
    types.replaceAll((name, type) -> type == EntityType.PERSON && !name.contains(" ")
        && !personWords.contains(name) && !firstNames.contains(name)
        && organisations.stream().anyMatch(full -> full.startsWith(name + " "))
        ? placeContext(lower, name) ? EntityType.LOCATION : EntityType.ORGANIZATION : type);
  }

  /** "in Harlow", "Red Crescent of Tessaly": a name after a preposition of place. */
  private static boolean placeContext(String lowerText, String name) {
    return java.util.regex.Pattern.compile("\\b(in|across|near|outside) "
        + java.util.regex.Pattern.quote(name) + "\\b").matcher(lowerText).find();
  }

  /** Last words of full person names, mapped to the name; ambiguous surnames are left out. */
  private static Map<String, String> surnames(
      List<NameMention> mentions, Map<String, EntityType> types, boolean[] capitals) {
    Map<String, String> surnames = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (NameMention m : mentions) {
      String key = nameKey(m.text());
      String[] words = m.text().split("\\s+");
      // A "full name" in a headline in capitals ("OSTREV V VALDORIA") is too weak a guess to
      // make its last word a person's everywhere.
      if (types.get(key) == EntityType.PERSON && words.length > 1 && !capitals[m.firstToken()]) {
        List<String> forms = new ArrayList<>(List.of(nameKey(words[words.length - 1])));
        if (words.length > 2 && SURNAME_PARTICLES.contains(nameKey(words[words.length - 2]))) {
          forms.add(nameKey(words[words.length - 2] + " " + words[words.length - 1]));
        }
        for (String surname : forms) {
          String previous = surnames.putIfAbsent(surname, key);
          if (previous != null && !personKey(previous).equals(personKey(key))) {
            ambiguous.add(surname);
          }
        }
      }
    }
    ambiguous.forEach(surnames::remove);
    return surnames;
  }

  private static List<NameMention> retype(
      List<NameMention> mentions, Map<String, EntityType> types, Map<String, String> surnames) {
    List<NameMention> result = new ArrayList<>();
    for (NameMention m : mentions) {
      String key = nameKey(m.text());
      EntityType type = surnames.containsKey(key) ? EntityType.PERSON : types.get(key);
      result.add(m.withType(type));
    }
    return result;
  }

  /** Occurrences of known names (and surnames of known persons) the tagger missed. */
  private static List<NameMention> missedOccurrences(
      AnalysedText text,
      List<Token> tokens,
      List<NameMention> mentions,
      Map<String, EntityType> types,
      Map<String, String> surnames) {
    Map<String, EntityType> known = new HashMap<>(types);
    surnames.keySet().forEach(s -> known.put(s, EntityType.PERSON));
    Map<String, EntityType> variants = singularsAndPlurals(types);
    variants.keySet().removeAll(known.keySet());
    known.putAll(variants);
    int longest = 1;
    for (String key : known.keySet()) {
      longest = Math.max(longest, key.split(" ").length);
    }
    boolean[] covered = new boolean[tokens.size()];
    for (NameMention m : mentions) {
      for (int i = m.firstToken(); i <= m.lastToken(); i++) {
        covered[i] = true;
      }
    }
    List<NameMention> added = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      if (!covered[i] && tokens.get(i).isCapitalized()) {
        for (int n = Math.min(longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
          int last = i + n - 1;
          if (tokens.get(last).sentence() != tokens.get(i).sentence() || anyCovered(covered, i,
              last)) {
            continue;
          }
          String key = nameKey(text.covered(tokens.get(i).start(), tokens.get(last).end()));
          EntityType type = known.get(key);
          // "Targets were missed" after the organisation "Target": another number of a name
          // only where the tagger saw a proper noun, as a common noun opens many sentences
          boolean variantOfCommonNoun = n == 1 && variants.containsKey(key)
              && !tokens.get(i).isProperNoun();
          if (type != null && !variantOfCommonNoun && plausibleAt(tokens, i, n)) {
            NameMention m = TaggedNameFinder.mention(text, tokens.get(i), tokens.get(last), type,
                false);
            if (m != null) {
              added.add(m);
              matched = n;
            }
          }
        }
      }
      i += Math.max(1, matched);
    }
    return added;
  }

  /**
   * "Award" for a MISC "Awards", "Rover" for an organisation "Rovers": the other number of a
   * one-word name that is not a person's or a place's.
   */
  private static Map<String, EntityType> singularsAndPlurals(Map<String, EntityType> types) {
    Map<String, EntityType> variants = new HashMap<>();
    types.forEach((name, type) -> {
      if ((type == EntityType.MISC || type == EntityType.ORGANIZATION) && !name.contains(" ")
          && name.length() > 3) {
        variants.put(name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "s",
            type);
      }
    });
    return variants;
  }

  private static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  /** A single capitalised word at the start of a sentence needs to look like a proper noun. */
  private static boolean plausibleAt(List<Token> tokens, int i, int n) {
    Token first = tokens.get(i);
    boolean sentenceStart = i == 0 || tokens.get(i - 1).sentence() != first.sentence();
    if (SENTENCE_STARTERS.contains(first.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (n == 1 && sentenceStart) {
      return first.isProperNoun() || first.word().length() > 2;
    }
    return true;
  }

  /**
   * "the Tridents", "the Lords": an untagged plural proper noun after "the" names a team, a band
   * or a house, an organisation, unless it is a family known by a person's surname ("the
   * Brekkes").
   */
  private static List<NameMention> pluralGroups(AnalysedText text, List<Token> tokens,
      List<NameMention> mentions, Map<String, EntityType> types, Map<String, String> surnames) {
    boolean[] covered = new boolean[tokens.size()];
    for (NameMention m : mentions) {
      for (int i = m.firstToken(); i <= m.lastToken(); i++) {
        covered[i] = true;
      }
    }
    List<NameMention> added = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (covered[i] || token.hasEntityTag() || !"NNPS".equals(token.tag())
          || !token.isCapitalized() || !token.word().endsWith("s")
          || !tokens.get(i - 1).word().equalsIgnoreCase("the")
          || tokens.get(i - 1).sentence() != token.sentence()
          || i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun()) {
        continue;
      }
      String singular = nameKey(token.word().substring(0, token.word().length() - 1));
      if (surnames.containsKey(singular) || types.get(singular) == EntityType.PERSON) {
        continue;
      }
      NameMention m = TaggedNameFinder.mention(text, token, token, EntityType.ORGANIZATION,
          false);
      if (m != null) {
        added.add(m);
      }
    }
    return added;
  }

  /**
   * An untagged proper noun listed next to tagged names takes their type: "including Snapchat,
   * YouTube, and Amazon".
   */
  private static List<NameMention> listMembers(
      AnalysedText text, List<Token> tokens, List<NameMention> mentions) {
    Map<Integer, NameMention> byFirst = new HashMap<>();
    Map<Integer, NameMention> byLast = new HashMap<>();
    boolean[] covered = new boolean[tokens.size()];
    for (NameMention m : mentions) {
      byFirst.put(m.firstToken(), m);
      byLast.put(m.lastToken(), m);
      for (int i = m.firstToken(); i <= m.lastToken(); i++) {
        covered[i] = true;
      }
    }
    List<NameMention> added = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (covered[i] || !tokens.get(i).isProperNoun() || !tokens.get(i).isCapitalized()
          || i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && !covered[j + 1] && tokens.get(j + 1).isProperNoun()
          && tokens.get(j + 1).isCapitalized() && tokens.get(j + 1).sentence() == tokens.get(i)
          .sentence()) {
        j++;
      }
      EntityType type = neighbourType(tokens, i, j, byFirst, byLast);
      if (type != null) {
        NameMention m = TaggedNameFinder.mention(text, tokens.get(i), tokens.get(j), type, false);
        if (m != null) {
          added.add(m);
        }
      }
      i = j + 1;
    }
    return added;
  }

  private static EntityType neighbourType(
      List<Token> tokens, int first, int last, Map<Integer, NameMention> byFirst,
      Map<Integer, NameMention> byLast) {
    // Left: "Amazon, X" or "Amazon and X".
    int left = first - 1;
    if (left >= 0 && isListGlue(tokens.get(left))) {
      int k = left - 1;
      if (k >= 0 && tokens.get(k).word().equals(",") && isConjunction(tokens.get(left))) {
        k--;
      }
      NameMention m = byLast.get(k);
      if (m != null && m.type() != EntityType.PERSON) {
        return m.type();
      }
    }
    // Right: "X, YouTube" or "X and YouTube" or "X, and Amazon".
    int right = last + 1;
    if (right < tokens.size() && isListGlue(tokens.get(right))) {
      int k = right + 1;
      if (k < tokens.size() && tokens.get(right).word().equals(",")
          && isConjunction(tokens.get(k))) {
        k++;
      }
      NameMention m = byFirst.get(k);
      if (m != null && m.type() != EntityType.PERSON) {
        return m.type();
      }
    }
    return null;
  }

  private static boolean isListGlue(Token token) {
    return token.word().equals(",") || isConjunction(token);
  }

  private static boolean isConjunction(Token token) {
    return token.word().equals("and") || token.word().equals("or");
  }
}
