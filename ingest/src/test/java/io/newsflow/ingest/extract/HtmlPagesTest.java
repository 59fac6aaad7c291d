package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlPagesTest {
  private static final String URL = "https://nordholm.example/faehre";
  private static final String TEXT = "Fähre über Größenwahn: Straße, Café, naïve €";

  private static String page(String head) {
    return "<html><head>" + head + "</head><body><p>" + TEXT + "</p></body></html>";
  }

  private static String paragraph(Document doc) {
    return doc.selectFirst("p").text();
  }

  @Test
  void decodesWithTheHeaderCharset() {
    byte[] bytes = page("").getBytes(Charset.forName("windows-1252"));
    assertThat(paragraph(HtmlPages.parse(bytes, "windows-1252", URL))).isEqualTo(TEXT);
  }

  @Test
  void headerCharsetBeatsTheMetaTag() {
    byte[] bytes = page("<meta charset='utf-8'>").getBytes(Charset.forName("windows-1252"));
    assertThat(paragraph(HtmlPages.parse(bytes, "ISO-8859-1", URL))).isEqualTo(TEXT);
  }

  @Test
  void decodesWithTheByteOrderMark() {
    byte[] body = page("<meta charset='windows-1252'>").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(paragraph(HtmlPages.parse(bytes, null, URL))).isEqualTo(TEXT);
  }

  @Test
  void decodesUtf16WithItsByteOrderMark() {
    byte[] bytes = ("\uFEFF" + page("")).getBytes(StandardCharsets.UTF_16LE);
    assertThat(paragraph(HtmlPages.parse(bytes, null, URL))).isEqualTo(TEXT);
  }

  @Test
  void decodesWithTheMetaCharset() {
    byte[] bytes = page("<meta charset=\"iso-8859-15\">").getBytes(Charset.forName("ISO-8859-15"));
    assertThat(paragraph(HtmlPages.parse(bytes, null, URL))).isEqualTo(TEXT);
  }

  @Test
  void decodesWithTheHttpEquivMetaCharset() {
    String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">")
        .replace(TEXT, "北港の新しいフェリー");
    byte[] bytes = html.getBytes(Charset.forName("Shift_JIS"));
    assertThat(paragraph(HtmlPages.parse(bytes, null, URL))).isEqualTo("北港の新しいフェリー");
  }

  @Test
  void fallsBackToWindows1252WhenAPageLabelledUtf8IsNot() {
    byte[] bytes = page("<meta charset='utf-8'>").getBytes(Charset.forName("windows-1252"));
    assertThat(paragraph(HtmlPages.parse(bytes, "utf-8", URL))).isEqualTo(TEXT);
  }

  @Test
  void readsUtf8WhenTheHeaderDefaultsToLatin1ButThePageSaysUtf8() {
    byte[] bytes = page("<meta charset='utf-8'>").getBytes(StandardCharsets.UTF_8);
    assertThat(paragraph(HtmlPages.parse(bytes, "ISO-8859-1", URL))).isEqualTo(TEXT);
  }

  @Test
  void guessesUtf8WithoutAnyDeclaration() {
    byte[] bytes = page("").getBytes(StandardCharsets.UTF_8);
    assertThat(paragraph(HtmlPages.parse(bytes, null, URL))).isEqualTo(TEXT);
  }

  @Test
  void guessesWindows1252ForUndeclaredNonUtf8Bytes() {
    byte[] bytes = page("").getBytes(Charset.forName("windows-1252"));
    assertThat(paragraph(HtmlPages.parse(bytes, null, URL))).isEqualTo(TEXT);
  }

  @Test
  void ignoresAUtf16LabelOnBytesThatAreNot() {
    byte[] bytes = page("").getBytes(StandardCharsets.UTF_8);
    assertThat(paragraph(HtmlPages.parse(bytes, "utf-16", URL))).isEqualTo(TEXT);
  }

  @Test
  void ignoresAnUnknownCharsetName() {
    byte[] bytes = page("<meta charset='klingon-7'>").getBytes(StandardCharsets.UTF_8);
    assertThat(paragraph(HtmlPages.parse(bytes, "x-no-such-charset", URL))).isEqualTo(TEXT);
  }

  @Test
  void keepsAUtf8PageCutInsideACharacter() {
    byte[] full = page("").getBytes(StandardCharsets.UTF_8);
    int cut = new String(full, StandardCharsets.UTF_8).indexOf("€");
    byte[] prefix = page("").substring(0, cut).getBytes(StandardCharsets.UTF_8);
    byte[] truncated = Arrays.copyOf(full, prefix.length + 1);
    assertThat(HtmlPages.parse(truncated, null, URL).text()).contains("Fähre über Größenwahn");
  }

  @Test
  void parsesEmptyAndNullBodies() {
    assertThat(HtmlPages.parse(new byte[0], null, URL).text()).isEmpty();
    assertThat(HtmlPages.parse(null, null, null).text()).isEmpty();
  }

  @Test
  void survivesBinaryGarbage() {
    byte[] garbage = new byte[200_000];
    new Random(42).nextBytes(garbage);
    Document doc = HtmlPages.parse(garbage, "utf-8", URL);
    assertThat(new NewsArticleExtractor().extract(doc, URL).text()).isNotNull();
  }
}
