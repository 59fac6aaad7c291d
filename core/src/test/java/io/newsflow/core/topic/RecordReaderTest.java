package io.newsflow.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.error.Reason;
import io.newsflow.core.error.BadRecordException;
import io.newsflow.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every way a foreign producer's record can break the news-raw-v1 contract, and its reason. */
class RecordReaderTest {
  private final RecordReader<RawArticle> reader = RecordReader.rawArticles("news-raw-v1");
  private final RawArticle article = TopicSchemasTest.raw();
  private final String json = Json.write(article);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Reason reasonOf(String key, byte[] value) {
    return catchThrowableOfType(BadRecordException.class, () -> reader.read(key, value))
        .deadLetterReason();
  }

  @Test
  void anArticleAsNewsflowWritesItIsRead() {
    assertThat(reader.read(article.id(), utf8(json))).isEqualTo(article);
  }

  @Test
  void aNullValueIsLeftToTheCaller() {
    assertThat(reader.read("k", null)).isNull();
  }

  @Test
  void aValueAboveTheLimitIsTooLargeAndNotRead() {
    byte[] huge = new byte[NewsTopics.MAX_ARTICLE_BYTES + 1];
    Arrays.fill(huge, (byte) 0xFF);
    assertThat(reasonOf(null, huge)).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void aRecordWithoutAKeyIsRefused() {
    assertThat(reasonOf(null, utf8(json))).isEqualTo(Reason.MISSING_KEY);
    assertThat(reasonOf("", utf8(json))).isEqualTo(Reason.MISSING_KEY);
  }

  @Test
  void aLatin1ValueIsNotUtf8EvenThoughItParses() {
    byte[] latin1 = json.replace("Orlen", "Orl\u00e9n").getBytes(StandardCharsets.ISO_8859_1);
    BadRecordException e =
        catchThrowableOfType(BadRecordException.class, () -> reader.read("k", latin1));
    assertThat(e.deadLetterReason()).isEqualTo(Reason.INVALID_UTF8);
    assertThat(e.getMessage()).contains("0xE9");
  }

  @Test
  void textThatIsNotJsonIsInvalidJson() {
    assertThat(reasonOf("k", utf8("<html>not an article</html>"))).isEqualTo(Reason.INVALID_JSON);
    assertThat(reasonOf("k", utf8(json.substring(0, 40)))).isEqualTo(Reason.INVALID_JSON);
    assertThat(reasonOf("k", new byte[0])).isEqualTo(Reason.INVALID_JSON);
  }

  @Test
  void anotherSchemaVersionIsUnsupportedWhetherOrNotItMapsOntoThisOne() {
    assertThat(reasonOf("k", utf8(json.replace("\"schemaVersion\":1", "\"schemaVersion\":2"))))
        .isEqualTo(Reason.UNSUPPORTED_SCHEMA_VERSION);
    assertThat(reasonOf("k", utf8("{\"schemaVersion\":2,\"id\":{\"v2\":true}}")))
        .isEqualTo(Reason.UNSUPPORTED_SCHEMA_VERSION);
    assertThat(reasonOf("k", utf8(json.replace("\"schemaVersion\":1,", ""))))
        .isEqualTo(Reason.UNSUPPORTED_SCHEMA_VERSION);
  }

  @Test
  void jsonOfAnotherShapeOrJsonNullIsAnInvalidRecord() {
    assertThat(reasonOf("k", utf8("null"))).isEqualTo(Reason.INVALID_RECORD);
    assertThat(reasonOf("k", utf8("[1, 2]"))).isEqualTo(Reason.INVALID_RECORD);
    assertThat(reasonOf("k", utf8("{\"schemaVersion\":1,\"version\":\"first\"}")))
        .isEqualTo(Reason.INVALID_RECORD);
  }
}
