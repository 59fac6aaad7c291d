package io.newsflow.ingest.extract;

import java.util.regex.Pattern;

/**
 * Short lines that are boilerplate by their wording, in the languages news is most often written
 * in: "Read more", "Related stories", "Share on ...", "Source link", photo credits, copyright
 * notes, newsletter and comment prompts.
 */
final class BoilerplateText {
  /** Lines up to this long are judged by their wording alone. */
  static final int SHORT_LINE = 100;

  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:share(?: this| on| via| article| story)?|tweet|e-?mail|print|advertisement"
              + "|advertising|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklama"
              + "|sponsored|related(?: stories| articles| posts| content| news| coverage| topics)?"
              + "|read more|read next|read also|read the full|continue reading|source link"
              + "|source:|see also|also read|more from|more on|recommended|you may also like"
              + "|you might also like|most read|most popular|trending|tags?:|topics?:|filed under"
              + "|comments?|\\d+ comments?|leave a (?:reply|comment)|post a comment|add a comment"
              + "|(?:\\d+|keine) kommentare|kommentare\\b|kommentieren|\\d* ?commentaires?\\b"
              + "|\\d* ?comentarios?\\b|\\d* ?commenti\\b|you must be logged in|log in to (?:comment|reply)"
              + "|sie sind (?:aktuell )?nicht eingeloggt|melden sie sich an"
              + "|follow (?:us|the \\p{L}+|\\p{L}+) on|want more\\?|lust auf mehr|advertising disclosure"
              + "|disclaimer|titelbild:|beitragsbild:|cr[ée]dits? photos?|erschienen in"
              + "|weitere (?:informationen|infos|themen)|mehr (?:themen|infos|informationen)"
              + "|[üu]ber den autor|about the author|zum autor|sobre el autor|permalink|permalien"
              + "|sign up|subscribe|newsletter|follow us|click here|back to top|skip to"
              + "|lesen sie auch|lesen sie mehr|mehr zum thema|weitere artikel|auch interessant"
              + "|das k[öo]nnte sie auch interessieren|lire aussi|[àa] lire aussi|voir aussi"
              + "|lire la suite|lea tambi[ée]n|lee tambi[ée]n|lea m[áa]s|leer m[áa]s|leia tamb[ée]m"
              + "|leia mais|veja tamb[ée]m|vedi anche|leggi anche|leggi di pi[uù]|czytaj te[żz]"
              + "|czytaj tak[żz]e|zobacz te[żz]|lees ook|lees meer|l[äa]s [äa]ven|l[äa]s mer"
              + "|les ogs[åa]|l[æa]s ogs[åa]|читайте также|читать далее|关联阅读|相关阅读|関連記事"
              + "|photo:|photos:|foto:|fotos:|image:|picture:|credit:|bild:|quelle:|fuente:|fonte:"
              + "|[źz]r[óo]d[łl]o:|bron:|source :|\\(?(?:foto|photo|quelle|bild|image|credit)s?\\s*:"
              + "|photograph(?:ed)? by|abbildung:|grafik:|illustration:|teilen sie|partager|compartir"
              + "|condividi|udost[ęe]pnij|this entry was posted|dieser eintrag wurde|posted in"
              + "|ce billet a [ée]t[ée] publi[ée]|bookmark the permalink"
              + "|copyright|\\(c\\)|©|all rights reserved|alle rechte vorbehalten|todos los derechos"
              + "|tous droits r[ée]serv[ée]s)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Whole lines that are only a prompt or a label. */
  private static final Pattern WHOLE =
      Pattern.compile(
          "^\\W*(?:share|tweet|pin|email|print|facebook|twitter|whatsapp|linkedin|reddit|telegram"
              + "|messenger|copy link|advertisement|anzeige|werbung|publicit[ée]|publicidad"
              + "|more|mehr|plus|más|weiterlesen|read more|continue reading|table of contents"
              + "|contents|inhaltsverzeichnis|inhalt|sommaire|[íi]ndice|indice|spis tre[śs]ci"
              + "|vergr[öo]ßern|enlarge|zoom|bild anzeigen|bild schlie[ßs]en|kontakt|contact|themen"
              + "|topics|drukuj|imprimir|imprimer|stampa)\\W*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "5 min read", "Lesezeit: 3 Minuten", "11 minut czytania". */
  private static final Pattern READING_TIME =
      Pattern.compile(
          "^(?:(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura"
              + "|czas czytania)\\W*)?\\d+\\s*(?:min\\.?|mins|minutes?|minuten|minut|minutos|minuti)"
              + "(?:\\s+\\p{L}+){0,2}\\W*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A date or time: 12.12.2022, 2022-12-12, 08:30, 16 marca 2021, March 3, 2024. */
  private static final Pattern DATE =
      Pattern.compile(
          "\\b\\d{1,4}[./-]\\s?\\d{1,2}[./-]\\s?\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b"
              + "|\\b\\d{1,2}\\.?\\s+[\\p{L}\\p{M}]{3,}\\.?\\s+\\d{4}\\b|\\b[\\p{L}\\p{M}]{3,}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b",
          Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Lines up to this long may be metadata (a dateline, a credit). */
  private static final int METADATA_LINE = 80;

  /** Share of a line's characters in dates above which the line is a dateline. */
  private static final double DATE_SHARE = 0.35;

  /** A photo or agency credit: "Jane Doe/AFP", "dpa/AFP", "PAP/ Jan Kowalski". */
  private static final Pattern CREDIT =
      Pattern.compile("^[\\p{L}][\\p{L} .'-]{1,30}\\s?/\\s?[\\p{L}][\\p{L} .'-]{1,30}$");

  /** A line of metadata rather than text: a date line, a reading time, a credit. */
  static boolean isMetadataLine(String line) {
    if (line.length() > METADATA_LINE) {
      return false;
    }
    if (READING_TIME.matcher(line).matches() || CREDIT.matcher(line).matches()) {
      return true;
    }
    var m = DATE.matcher(line);
    int dateChars = 0;
    while (m.find()) {
      dateChars += m.end() - m.start();
    }
    if (dateChars == 0) {
      return false;
    }
    if (dateChars >= DATE_SHARE * line.length()) {
      return true;
    }
    String rest = DATE.matcher(line).replaceAll(" ").replaceAll("[\\p{P}\\p{S}\\d]+", " ").strip();
    return rest.isEmpty() || rest.split("\\s+").length <= 3;
  }

  private BoilerplateText() {}

  static boolean isBoilerplate(String line, double linkDensity) {
    if (WHOLE.matcher(line).matches() || isMetadataLine(line)) {
      return true;
    }
    if (line.length() > SHORT_LINE && linkDensity < 0.3) {
      return false;
    }
    return LABEL.matcher(line).lookingAt();
  }
}
