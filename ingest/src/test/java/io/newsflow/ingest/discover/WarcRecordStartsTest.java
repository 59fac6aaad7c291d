package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcRecordStartsTest {
  @TempDir Path dir;

  @Test
  void nextGzipMemberIsFoundAcrossTheScanWindow() throws IOException {
    byte[] bytes = new byte[200_000];
    int at = 64 * 1024 - 1; // the marker straddles the first window's end
    bytes[at] = 0x1f;
    bytes[at + 1] = (byte) 0x8b;
    bytes[at + 2] = 0x08;
    Path file = Files.write(dir.resolve("a.warc.gz"), bytes);

    assertThat(WarcRecordStarts.next(file, 1, WarcCompression.GZIP)).hasValue(at);
    assertThat(WarcRecordStarts.next(file, at + 1, WarcCompression.GZIP)).isEmpty();
  }

  @Test
  void nextVersionLineIsFoundInAnUncompressedWarc() throws IOException {
    Path file = Files.writeString(dir.resolve("a.warc"),
        "WARC/1.0\r\nGARBAGE\r\n\r\nWARC/1.1\r\n", StandardCharsets.US_ASCII);

    assertThat(WarcRecordStarts.next(file, 1, WarcCompression.NONE)).hasValue(21);
    assertThat(WarcRecordStarts.next(file, 22, WarcCompression.NONE)).isEmpty();
  }
}
