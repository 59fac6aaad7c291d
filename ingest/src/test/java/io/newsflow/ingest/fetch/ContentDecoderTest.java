package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {
  private static final byte[] TEXT =
      "Cobble Island ferry runs at night from June".getBytes(StandardCharsets.UTF_8);

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void anIdentityBodyIsUnchanged() throws IOException {
    assertThat(ContentDecoder.decode(TEXT, null, 1024, false).bytes()).isEqualTo(TEXT);
    assertThat(ContentDecoder.decode(TEXT, "identity", 1024, false).bytes()).isEqualTo(TEXT);
  }

  @Test
  void stackedCodingsAreUndoneLastFirst() throws IOException {
    assertThat(ContentDecoder.decode(gzip(gzip(TEXT)), "gzip, x-gzip", 1024, false).bytes())
        .isEqualTo(TEXT);
  }

  @Test
  void anUnknownCodingIsRefused() {
    assertThatThrownBy(() -> ContentDecoder.decode(TEXT, "br", 1024, false))
        .isInstanceOf(ContentDecoder.UnknownCodingException.class);
  }

  @Test
  void decodingStopsAtTheLimit() throws IOException {
    ContentDecoder.Decoded decoded =
        ContentDecoder.decode(gzip(new byte[100_000]), "gzip", 1000, false);
    assertThat(decoded.oversize()).isTrue();
    assertThat(decoded.bytes()).hasSize(1000);
  }

  @Test
  void aTruncatedStreamFailsUnlessLenient() throws IOException {
    byte[] whole = gzip(TEXT);
    byte[] cut = Arrays.copyOf(whole, whole.length - 12);
    assertThatThrownBy(() -> ContentDecoder.decode(cut, "gzip", 1024, false))
        .isInstanceOf(IOException.class);
    assertThat(ContentDecoder.decode(cut, "gzip", 1024, true).oversize()).isFalse();
  }
}
