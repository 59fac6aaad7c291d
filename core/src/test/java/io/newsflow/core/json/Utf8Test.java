package io.newsflow.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void textInEveryPlaneIsValid() {
    byte[] text = "plain, café, 東京, 😀 and U+10FFFF \uDBFF\uDFFF"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.firstMalformed(text)).isEqualTo(-1);
    assertThat(Utf8.isValid(new byte[0])).isTrue();
  }

  @Test
  void aLatin1ByteIsFoundWhereItIs() {
    byte[] latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Utf8.firstMalformed(latin1)).isEqualTo(3);
  }

  @Test
  void overlongFormsSurrogatesAndCodePointsBeyondUnicodeAreMalformed() {
    assertThat(Utf8.firstMalformed(bytes(0xC0, 0x80))).isZero();
    assertThat(Utf8.firstMalformed(bytes(0xE0, 0x80, 0x80))).isZero();
    assertThat(Utf8.firstMalformed(bytes(0xF0, 0x80, 0x80, 0x80))).isZero();
    assertThat(Utf8.firstMalformed(bytes(0x41, 0xED, 0xA0, 0x80))).isEqualTo(1);
    assertThat(Utf8.firstMalformed(bytes(0xF4, 0x90, 0x80, 0x80))).isZero();
    assertThat(Utf8.firstMalformed(bytes(0xF5, 0x80, 0x80, 0x80))).isZero();
  }

  @Test
  void aLoneContinuationByteOrASequenceCutShortIsMalformed() {
    assertThat(Utf8.firstMalformed(bytes(0x41, 0x80))).isEqualTo(1);
    assertThat(Utf8.firstMalformed(bytes(0x41, 0xE6, 0x9D))).isEqualTo(1);
    assertThat(Utf8.firstMalformed(bytes(0xE6, 0x41, 0x41))).isZero();
  }

  @Test
  void itAgreesWithTheJdkDecoderOnEveryTwoByteSequence() {
    for (int a = 0x80; a <= 0xFF; a++) {
      for (int b = 0; b <= 0xFF; b++) {
        byte[] pair = bytes(a, b);
        boolean jdk = jdkValid(pair);
        assertThat(Utf8.isValid(pair)).as("%02X %02X", a, b).isEqualTo(jdk);
      }
    }
  }

  private static boolean jdkValid(byte[] value) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(value));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
