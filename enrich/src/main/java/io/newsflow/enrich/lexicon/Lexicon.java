package io.newsflow.enrich.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists of enrich, each in its own resource file under {@code
 * io/newsflow/enrich/lexicon/} and read only through here, as CoreNLP's {@code Dictionaries}
 * reads its lists: adding a word is a one-line change to a file. A file holds one entry a line
 * ({@code .txt}) or one row of tab-separated columns ({@code .tsv}), sorted, free of duplicates
 * and lower-case unless its constant says {@link Case#KEPT}; lines starting with {@code #} say
 * what the list is for. LexiconFilesTest holds every file to that and every file to a constant
 * here.
 *
 * <p>A missing file or a duplicate entry fails loudly: the class whose list it is cannot
 * initialise, so enrich does not start with a list silently empty.
 */
public enum Lexicon {
  // claims
  ACCUSER_NOUNS("claims/accuser-nouns.txt"),
  ACCUSING_NOUNS("claims/accusing-nouns.txt"),
  ADVISER_NOUNS("claims/adviser-nouns.txt"),
  ALLEGATION_STOP_WORDS("claims/allegation-stop-words.txt"),
  ANONYMOUS_SOURCE_NOUNS("claims/anonymous-source-nouns.txt"),
  AUXILIARIES("claims/auxiliaries.txt"),
  BE_FORMS("claims/be-forms.txt"),
  BUSINESS_NOUNS("claims/business-nouns.txt"),
  CLAIM_NOUNS("claims/claim-nouns.txt"),
  CONTRAST_CONJUNCTIONS("claims/contrast-conjunctions.txt"),
  CUE_VERBS("claims/cue-verbs.tsv"),
  DEFINITE_DETERMINERS("claims/definite-determiners.txt"),
  DEMONSTRATIVES("claims/demonstratives.txt"),
  DOCUMENT_NOUNS("claims/document-nouns.txt"),
  EMPHATIC_REFLEXIVES("claims/emphatic-reflexives.txt"),
  FEMALE_PRONOUNS("claims/female-pronouns.txt"),
  FIRST_PERSON_AND_REFLEXIVE("claims/first-person-and-reflexive.txt"),
  GENERIC_DENIAL_OBJECTS("claims/generic-denial-objects.txt"),
  HAVE_FORMS("claims/have-forms.txt"),
  HEDGE_ATTRIBUTION_ADVERBS("claims/hedge-attribution-adverbs.txt"),
  HEDGED_CLAIM_ADVERBS("claims/hedged-claim-adverbs.txt"),
  LEGAL_DOCUMENT_NOUNS("claims/legal-document-nouns.txt"),
  MAKE_FORMS("claims/make-forms.txt"),
  MALE_PRONOUNS("claims/male-pronouns.txt"),
  MODALS_AND_DO("claims/modals-and-do.txt"),
  NEGATIONS("claims/negations.txt"),
  NEUTER_PRONOUNS("claims/neuter-pronouns.txt"),
  NOMINAL_CUE_NOUNS("claims/nominal-cue-nouns.txt"),
  NOT_SOURCE_NOUNS("claims/not-source-nouns.txt"),
  NOUN_PHRASE_PREPOSITIONS("claims/noun-phrase-prepositions.txt"),
  ORGANISATION_NOUNS("claims/organisation-nouns.txt"),
  PARTITIVE_NOUNS("claims/partitive-nouns.txt"),
  PEOPLE_PLURAL_ENDINGS("claims/people-plural-endings.txt"),
  PERSON_NOUNS("claims/person-nouns.txt"),
  PERSON_SINGULAR_ENDINGS("claims/person-singular-endings.txt"),
  PLURAL_PRONOUNS("claims/plural-pronouns.txt"),
  POSTMODIFIER_PREPOSITIONS("claims/postmodifier-prepositions.txt"),
  QUESTION_WORDS("claims/question-words.txt"),
  SOURCE_ROLE_NOUNS("claims/source-role-nouns.txt"),
  STATEMENT_NOUNS("claims/statement-nouns.txt"),
  SUBJECT_CASE_PRONOUNS("claims/subject-case-pronouns.txt"),
  SUBORDINATORS("claims/subordinators.txt"),
  THIRD_PERSON_SUBJECT_PRONOUNS("claims/third-person-subject-pronouns.txt"),
  TIME_DETERMINERS("claims/time-determiners.txt"),
  TIME_WORDS("claims/time-words.txt"),
  VERB_CONTRACTIONS("claims/verb-contractions.txt"),
  WEEKDAYS("claims/weekdays.txt"),
  YES_NO_QUESTION_WORDS("claims/yes-no-question-words.txt"),
  // entities
  ACRONYM_SKIPPED_WORDS("entities/acronym-skipped-words.txt"),
  ACTING_WORDS("entities/acting-words.txt"),
  COMPANY_DESIGNATORS("entities/company-designators.txt"),
  CORPORATE_ROLES("entities/corporate-roles.txt"),
  DISEASE_NAMES("entities/disease-names.txt"),
  EPONYMOUS_EVENT_HEADS("entities/eponymous-event-heads.txt"),
  EVENT_NAME_HEADS("entities/event-name-heads.txt"),
  LAW_HEADS("entities/law-heads.txt"),
  NEWSPAPER_SHORT_NAMES("entities/newspaper-short-names.txt"),
  NOT_NAMES("entities/not-names.txt"),
  OFFICE_TITLES("entities/office-titles.txt"),
  OFFICES("entities/offices.txt"),
  ORGANISATION_HEADS("entities/organisation-heads.txt"),
  ORGANISATION_NAME_JOINERS("entities/organisation-name-joiners.txt"),
  ORGANISATION_ROLE_NOUNS("entities/organisation-role-nouns.txt"),
  PERSON_TITLES("entities/person-titles.txt"),
  PLACE_AND_BUILDING_HEADS("entities/place-and-building-heads.txt"),
  PLACE_PREPOSITIONS("entities/place-prepositions.txt"),
  PORTFOLIOS("entities/portfolios.txt"),
  POST_NOMINALS("entities/post-nominals.txt", Case.KEPT),
  SENTENCE_STARTERS("entities/sentence-starters.txt"),
  STREET_HEADS("entities/street-heads.txt"),
  SURNAME_PARTICLES("entities/surname-particles.txt"),
  TIME_ZONES("entities/time-zones.txt", Case.KEPT),
  TITLE_FUNCTION_WORDS("entities/title-function-words.txt"),
  VERSUS("entities/versus.txt"),
  WORK_NOUNS("entities/work-nouns.txt"),
  WORK_ROLE_NOUNS("entities/work-role-nouns.txt");

  /** Whether a list's entries are lower-case or keep the case they are matched in. */
  public enum Case {
    /** Lower-case: callers compare lower-cased words. */
    LOWER,
    /** As written: callers compare the word as it appears in the text ("MP", "GMT"). */
    KEPT
  }

  /** Lines that describe a list rather than belong to it. */
  public static final String COMMENT = "#";
  /** The folder of the lexicon files on the class path. */
  public static final String FOLDER = "/io/newsflow/enrich/lexicon/";

  private final String file;
  private final Case letterCase;

  Lexicon(String file) {
    this(file, Case.LOWER);
  }

  Lexicon(String file, Case letterCase) {
    this.file = file;
    this.letterCase = letterCase;
  }

  /** The file's path below {@link #FOLDER}: "claims/hedged-claim-adverbs.txt". */
  public String file() {
    return file;
  }

  public Case letterCase() {
    return letterCase;
  }

  /** The entries of a one-column list. */
  public Set<String> words() {
    List<String> entries = entries();
    Set<String> words = Set.copyOf(entries);
    if (words.size() != entries.size()) {
      Set<String> seen = new HashSet<>();
      String twice = entries.stream().filter(e -> !seen.add(e)).findFirst().orElseThrow();
      throw new IllegalStateException("Lexicon " + file + " lists \"" + twice + "\" twice");
    }
    return words;
  }

  /** The rows of a table, in file order, each split at its tabs. */
  public List<List<String>> rows() {
    return entries().stream().map(line -> List.of(line.split("\t", -1))).toList();
  }

  /** Every line that is not a comment, as written, in file order. */
  public List<String> entries() {
    String path = FOLDER + file;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Lexicon file missing from the class path: " + path);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> entries = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith(COMMENT)) {
          entries.add(line);
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("Lexicon file unreadable: " + path, e);
    }
  }
}
