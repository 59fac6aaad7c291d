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
              + "|sign up|subscribe|newsletter|follow us|click here|back to top|skip to"
              + "|lesen sie auch|lesen sie mehr|mehr zum thema|weitere artikel|auch interessant"
              + "|das k[öo]nnte sie auch interessieren|lire aussi|[àa] lire aussi|voir aussi"
              + "|lire la suite|lea tambi[ée]n|lee tambi[ée]n|lea m[áa]s|leer m[áa]s|leia tamb[ée]m"
              + "|leia mais|veja tamb[ée]m|vedi anche|leggi anche|leggi di pi[uù]|czytaj te[żz]"
              + "|czytaj tak[żz]e|zobacz te[żz]|lees ook|lees meer|l[äa]s [äa]ven|l[äa]s mer"
              + "|les ogs[åa]|l[æa]s ogs[åa]|читайте также|читать далее|关联阅读|相关阅读|関連記事"
              + "|photo:|photos:|foto:|fotos:|image:|picture:|credit:|bild:|quelle:|fuente:"
              + "|copyright|\\(c\\)|©|all rights reserved|alle rechte vorbehalten|todos los derechos"
              + "|tous droits r[ée]serv[ée]s)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Whole lines that are only a prompt or a label. */
  private static final Pattern WHOLE =
      Pattern.compile(
          "^(?:share|tweet|pin|email|print|facebook|twitter|whatsapp|linkedin|reddit|telegram"
              + "|messenger|copy link|advertisement|anzeige|werbung|publicit[ée]|publicidad"
              + "|more|mehr|plus|más|weiterlesen|read more|continue reading)\\W*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private BoilerplateText() {}

  static boolean isBoilerplate(String line, double linkDensity) {
    if (WHOLE.matcher(line).matches()) {
      return true;
    }
    if (line.length() > SHORT_LINE && linkDensity < 0.3) {
      return false;
    }
    return LABEL.matcher(line).lookingAt();
  }
}
