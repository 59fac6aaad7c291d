package io.newsflow.core.deadletter;

import io.newsflow.core.error.Reason;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.error.BadRecordException;
import io.newsflow.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeadLetterTest {
  private static DeadLetter letter(Throwable error, byte[] value) {
    return DeadLetter.of(Stage.SINK_DESERIALIZE, error, "news-enriched-v1", 2, 40L, "k", value);
  }

  @Test
  void theReasonIsTheBadRecordsAndTheDetailItsMessage() {
    DeadLetter letter = letter(new BadRecordException(Reason.INVALID_UTF8, "not UTF-8 at 3"),
        "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(letter.reason()).isEqualTo("invalid-utf8");
    assertThat(letter.detail()).isEqualTo("not UTF-8 at 3");
    assertThat(letter.stage()).isEqualTo("sink.deserialize");
  }

  @Test
  void aBadRecordAmongTheCausesGivesTheReasonAndAnyOtherErrorIsAProcessingFailure() {
    Throwable wrapped = new IllegalStateException("wrapped",
        new BadRecordException(Reason.INVALID_JSON, "not JSON"));
    assertThat(letter(wrapped, null).reason()).isEqualTo("invalid-json");
    assertThat(letter(wrapped, null).detail()).isEqualTo("wrapped: not JSON");
    assertThat(letter(new IllegalStateException("parser bug"), null).reason())
        .isEqualTo("processing-failed");
  }

  @Test
  void theDetailHasEachMessageOnceOnOneLine() {
    Throwable parser = new java.io.IOException("Unexpected character ('<')\n at [Source: x]");
    Throwable serde = new BadRecordException(Reason.INVALID_JSON,
        "not a valid RawArticle JSON value: Unexpected character ('<')", parser);
    Throwable wrapper = new BadRecordException(Reason.INVALID_JSON, serde.getMessage(), serde);
    assertThat(letter(wrapper, null).detail())
        .isEqualTo("not a valid RawArticle JSON value: Unexpected character ('<')");
  }

  @Test
  void aValueUpToTheLimitIsKeptWhole() {
    byte[] value = new byte[DeadLetter.MAX_VALUE_BYTES];
    Arrays.fill(value, (byte) 'x');
    DeadLetter letter = letter(new BadRecordException("bad"), value);
    assertThat(letter.value()).isEqualTo(value);
    assertThat(letter.valueBytes()).isEqualTo(value.length);
    assertThat(letter.valueTruncated()).isFalse();
    assertThat(letter.valueText()).hasSize(4096);
  }

  @Test
  void aLargerValueKeepsItsStartAndItsSizeSoTheDeadLetterStaysSmall() {
    byte[] value = new byte[12 * 1024 * 1024];
    Arrays.fill(value, (byte) '[');
    DeadLetter letter = letter(new BadRecordException(Reason.TOO_LARGE, "12 MiB"), value);
    assertThat(letter.valueTruncated()).isTrue();
    assertThat(letter.valueBytes()).isEqualTo(value.length);
    assertThat(letter.value()).isEqualTo(Arrays.copyOf(value, DeadLetter.MAX_VALUE_BYTES));
    assertThat(Json.write(letter).length()).isLessThan(DeadLetter.MAX_VALUE_BYTES * 4 / 3 + 10_000);
  }

  @Test
  void valueTextIsTheStartOfAValidUtf8ValueAndNullOtherwise() {
    String emoji = "😀".repeat(3000);
    DeadLetter letter = letter(new BadRecordException("bad"),
        emoji.getBytes(StandardCharsets.UTF_8));
    assertThat(letter.valueText()).isEqualTo(emoji.substring(0, 4096));
    byte[] latin1 = "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(letter(new BadRecordException("bad"), latin1).valueText()).isNull();
    assertThat(letter(new BadRecordException("bad"), null).valueBytes()).isNull();
  }
}
