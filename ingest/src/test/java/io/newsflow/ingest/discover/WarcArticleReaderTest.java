package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.testing.WarcFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArticleReaderTest {
  private static final String SITE = "https://www.harbourview-courier.example";
  private static final Instant FETCHED = Instant.parse("2024-04-03T11:00:00Z");
  private static final String ARTICLE =
      "<!DOCTYPE html><html><head><title>Harbour master retires</title></head>"
          + "<body><article><h1>Harbour master retires</h1><p>After forty tides.</p></article>"
          + "</body></html>";

  @TempDir Path dir;

  /** A crawl of the fictional Courier: one of every kind of record the reader must handle. */
  private List<WarcRecord> crawl() throws IOException {
    List<WarcRecord> records = new ArrayList<>();
    records.add(new Warcinfo.Builder().fields(Map.of("software", List.of("newsflow-test"))).build());
    records.add(new WarcRequest.Builder(URI.create(SITE + "/2024/04/03/harbour-master-retires"))
        .date(FETCHED)
        .body(MediaType.HTTP_REQUEST, ("GET /2024/04/03/harbour-master-retires HTTP/1.1\r\n"
            + "Host: www.harbourview-courier.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
        .build());
    records.add(response("/2024/04/03/harbour-master-retires",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n", bytes(ARTICLE)));
    records.add(new WarcMetadata.Builder().targetURI(SITE + "/2024/04/03/harbour-master-retires")
        .body(MediaType.WARC_FIELDS, bytes("fetchTimeMs: 120\r\n")).build());
    records.add(response("/static/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}));
    records.add(response("/2024/04/02/gone", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n",
        bytes("<html><body>Not found</body></html>")));
    records.add(response("/old", "HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\n",
        new byte[0]));
    records.add(response("/2024/04/01/ferry-funded",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n",
        Fixtures.gzip(bytes("<html><body><h1>Ferry funded</h1></body></html>"))));
    records.add(response("/2024/03/31/chunked-story",
        "HTTP/1.1 200 OK\r\nContent-Type: application/xhtml+xml\r\nTransfer-Encoding: chunked\r\n",
        chunked("<html><body>Chu", "nked story</body", ">\n")));
    records.add(response("/2024/03/30/no-type", "HTTP/1.1 200 OK\r\n",
        bytes("\n  <!doctype html><html><body>Sniffed</body></html>")));
    records.add(response("/2024/03/29/stored-decoded",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n"
            + "Content-Encoding: gzip\r\n",
        "<html><body>Caf\u00e9</body></html>".getBytes(StandardCharsets.ISO_8859_1)));
    records.add(new WarcResponse.Builder(URI.create(SITE + "/2024/03/28/truncated"))
        .date(FETCHED).truncated(WarcTruncationReason.LENGTH)
        .body(MediaType.HTTP_RESPONSE,
            http("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", bytes("<html><body>Cut")))
        .build());
    records.add(response("/2024/03/27/unknown-encoding",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: lzma\r\n", bytes("??")));
    records.add(new WarcResource.Builder(URI.create("dns:www.harbourview-courier.example"))
        .date(FETCHED).body(MediaType.parse("text/dns"), bytes("20240403110000\n"))
        .build());
    records.add(new WarcResponse.Builder(URI.create(SITE + "/2024/03/26/not-http"))
        .date(FETCHED).body(MediaType.parse("text/plain"), bytes("just text")).build());
    return records;
  }

  private static WarcResponse response(String path, String head, byte[] body) {
    return new WarcResponse.Builder(URI.create(SITE + path))
        .date(FETCHED).body(MediaType.HTTP_RESPONSE, http(head, body)).build();
  }

  private static byte[] http(String head, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean chunked = head.contains("chunked");
    String length = chunked ? "" : "Content-Length: " + body.length + "\r\n";
    out.writeBytes(bytes(head + length + "\r\n"));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static byte[] chunked(String... chunks) {
    StringBuilder body = new StringBuilder();
    for (String chunk : chunks) {
      body.append(Integer.toHexString(bytes(chunk).length)).append("\r\n").append(chunk)
          .append("\r\n");
    }
    return bytes(body.append("0\r\n\r\n").toString());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Path write(List<WarcRecord> records, WarcCompression compression) throws IOException {
    Path file = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    }
    return file;
  }

  private static byte[] bytesOf(WarcRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer =
        new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
      writer.write(record);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static List<WarcPage> readAll(WarcArticleReader reader) {
    List<WarcPage> pages = new ArrayList<>();
    reader.forEachRemaining(pages::add);
    return pages;
  }

  @Test
  void yieldsOnlyOkHtmlResponses() throws IOException {
    try (WarcArticleReader reader = WarcArticleReader.open(write(crawl(), WarcCompression.NONE))) {
      assertThat(readAll(reader)).extracting(WarcPage::url).containsExactly(
          SITE + "/2024/04/03/harbour-master-retires",
          SITE + "/2024/04/01/ferry-funded",
          SITE + "/2024/03/31/chunked-story",
          SITE + "/2024/03/30/no-type",
          SITE + "/2024/03/29/stored-decoded",
          SITE + "/2024/03/28/truncated");
    }
  }

  @Test
  void pageCarriesFetchDateStatusTypeCharsetAndBody() throws IOException {
    try (WarcArticleReader reader = WarcArticleReader.open(write(crawl(), WarcCompression.NONE))) {
      WarcPage page = reader.next();

      assertThat(page.fetchedAt()).isEqualTo(FETCHED);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.contentType()).isEqualTo("text/html");
      assertThat(page.charset()).isEqualTo("UTF-8");
      assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
      assertThat(page.truncated()).isFalse();
      assertThat(page.recordId()).startsWith("<urn:uuid:");
    }
  }

  @Test
  void gzipContentEncodingIsDecoded() throws IOException {
    try (WarcArticleReader reader = WarcArticleReader.open(write(crawl(), WarcCompression.NONE))) {
      WarcPage page = reader.stream().filter(p -> p.url().endsWith("ferry-funded")).findFirst()
          .orElseThrow();

      assertThat(new String(page.body(), StandardCharsets.UTF_8))
          .isEqualTo("<html><body><h1>Ferry funded</h1></body></html>");
    }
  }

  @Test
  void chunkedTransferEncodingIsDecoded() throws IOException {
    try (WarcArticleReader reader = WarcArticleReader.open(write(crawl(), WarcCompression.NONE))) {
      WarcPage page = reader.stream().filter(p -> p.url().endsWith("chunked-story")).findFirst()
          .orElseThrow();

      assertThat(new String(page.body(), StandardCharsets.UTF_8))
          .isEqualTo("<html><body>Chunked story</body>\n");
      assertThat(page.contentType()).isEqualTo("application/xhtml+xml");
    }
  }

  @Test
  void payloadStoredDecodedUnderAGzipHeaderIsTakenAsIs() throws IOException {
    try (WarcArticleReader reader = WarcArticleReader.open(write(crawl(), WarcCompression.NONE))) {
      WarcPage page = reader.stream().filter(p -> p.url().endsWith("stored-decoded")).findFirst()
          .orElseThrow();

      assertThat(page.charset()).isEqualTo("windows-1252");
      assertThat(new String(page.body(), StandardCharsets.ISO_8859_1))
          .isEqualTo("<html><body>Caf\u00e9</body></html>");
    }
  }

  @Test
  void payloadWithoutContentTypeIsSniffed() throws IOException {
    try (WarcArticleReader reader = WarcArticleReader.open(write(crawl(), WarcCompression.NONE))) {
      WarcPage page = reader.stream().filter(p -> p.url().endsWith("no-type")).findFirst()
          .orElseThrow();

      assertThat(page.contentType()).isEqualTo("text/html");
      assertThat(page.charset()).isNull();
    }
  }

  @Test
  void truncatedRecordIsYieldedAndFlagged() throws IOException {
    try (WarcArticleReader reader = WarcArticleReader.open(write(crawl(), WarcCompression.NONE))) {
      WarcPage page = reader.stream().filter(p -> p.url().endsWith("truncated")).findFirst()
          .orElseThrow();

      assertThat(page.truncated()).isTrue();
    }
  }

  @Test
  void statsCountRecordsPagesAndSkipsByReason() throws IOException {
    Path file = write(crawl(), WarcCompression.NONE);
    try (WarcArticleReader reader = WarcArticleReader.open(file)) {
      readAll(reader);

      WarcReadStats stats = reader.stats();
      assertThat(stats.recordsRead()).isEqualTo(15);
      assertThat(stats.pagesYielded()).isEqualTo(6);
      assertThat(stats.skipped()).isEqualTo(Map.of(
          WarcSkipReason.NOT_RESPONSE, 4L,
          WarcSkipReason.NOT_HTML, 1L,
          WarcSkipReason.NOT_OK_STATUS, 2L,
          WarcSkipReason.UNDECODABLE, 1L,
          WarcSkipReason.NOT_HTTP, 1L));
      assertThat(stats.skippedTotal() + stats.pagesYielded()).isEqualTo(stats.recordsRead());
      assertThat(stats.position()).isEqualTo(Files.size(file));
    }
  }

  @Test
  void gzipWarcReadsTheSameAsPlain() throws IOException {
    List<String> plain;
    try (WarcArticleReader reader = WarcArticleReader.open(write(crawl(), WarcCompression.NONE))) {
      plain = readAll(reader).stream().map(WarcPage::url).collect(Collectors.toList());
    }
    Path gz = write(crawl(), WarcCompression.GZIP);
    assertThat(Files.readAllBytes(gz)).startsWith((byte) 0x1F, (byte) 0x8B);

    try (WarcArticleReader reader = WarcArticleReader.open(gz)) {
      assertThat(readAll(reader)).extracting(WarcPage::url).isEqualTo(plain);
      assertThat(reader.stats().recordsRead()).isEqualTo(15);
    }
  }

  @Test
  void gzipWarcFromAStreamIsDetected() throws IOException {
    Path gz = write(crawl(), WarcCompression.GZIP);
    try (WarcArticleReader reader = new WarcArticleReader(Files.newInputStream(gz), "crawl",
        WarcArticleReader.DEFAULT_MAX_PAYLOAD_BYTES)) {
      assertThat(reader.stream().count()).isEqualTo(6);
    }
  }

  @Test
  void oversizedPayloadIsSkippedAsTooLarge() throws IOException {
    List<WarcRecord> records = List.of(
        response("/big", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
            bytes("<html>" + "x".repeat(5000) + "</html>")),
        response("/small", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", bytes("<html></html>")));
    List<String> skippedUrls = new ArrayList<>();
    try (WarcArticleReader reader = WarcArticleReader.open(write(records, WarcCompression.GZIP), 1000)
        .onSkip(skip -> skippedUrls.add(skip.reason() + " " + skip.url()))) {
      assertThat(readAll(reader)).extracting(WarcPage::url).containsExactly(SITE + "/small");
      assertThat(reader.stats().skipped(WarcSkipReason.TOO_LARGE)).isEqualTo(1);
      assertThat(skippedUrls).containsExactly("TOO_LARGE " + SITE + "/big");
    }
  }

  @Test
  void gzipPayloadInflatingBeyondTheLimitIsSkippedAsTooLarge() throws IOException {
    byte[] bomb = Fixtures.gzip(bytes("<html>" + " ".repeat(100_000) + "</html>"));
    List<WarcRecord> records = List.of(response("/bomb",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n", bomb));
    try (WarcArticleReader reader = WarcArticleReader.open(write(records, WarcCompression.NONE),
        10_000)) {
      assertThat(readAll(reader)).isEmpty();
      assertThat(reader.stats().skipped(WarcSkipReason.TOO_LARGE)).isEqualTo(1);
    }
  }

  @Test
  void malformedHttpHeaderSkipsOnlyThatRecord() throws IOException {
    List<WarcRecord> records = List.of(
        new WarcResponse.Builder(URI.create(SITE + "/broken")).date(FETCHED)
            .body(MediaType.HTTP_RESPONSE, bytes("this is no HTTP status line\r\n\r\nbody"))
            .build(),
        response("/fine", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", bytes("<html></html>")));
    try (WarcArticleReader reader = WarcArticleReader.open(write(records, WarcCompression.NONE))) {
      assertThat(readAll(reader)).extracting(WarcPage::url).containsExactly(SITE + "/fine");
      assertThat(reader.stats().skipped(WarcSkipReason.MALFORMED_HTTP)).isEqualTo(1);
    }
  }

  @Test
  void corruptWarcFramingEndsWithADiscoveryException() throws IOException {
    Path file = write(List.of(response("/first", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
        bytes("<html></html>"))), WarcCompression.NONE);
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
      out.write(bytes("GARBAGE that is not a WARC header\r\n\r\n"));
    }
    try (WarcArticleReader reader = WarcArticleReader.open(file)) {
      assertThat(reader.next().url()).isEqualTo(SITE + "/first");
      assertThatThrownBy(reader::hasNext)
          .isInstanceOf(DiscoveryException.class)
          .hasMessageContaining("corrupt WARC record");
    }
  }

  @Test
  void corruptRecordCostsOnlyItselfInAGzipWarc() throws IOException {
    Path file = new WarcFiles()
        .capture("/2024/04/03/before", FETCHED, ARTICLE)
        .corruptRecord("/2024/04/03/corrupt", FETCHED)
        .capture("/2024/04/03/after", FETCHED, ARTICLE)
        .write(dir.resolve("corrupt-middle.warc.gz"));
    List<WarcSkip> skips = new ArrayList<>();

    try (WarcArticleReader reader = WarcArticleReader.open(file).onSkip(skips::add)) {
      assertThat(readAll(reader)).extracting(WarcPage::url).containsExactly(
          WarcFiles.SITE + "/2024/04/03/before", WarcFiles.SITE + "/2024/04/03/after");
      assertThat(reader.stats().skipped(WarcSkipReason.MALFORMED_RECORD)).isEqualTo(1);
    }
    assertThat(skips).filteredOn(s -> s.reason() == WarcSkipReason.MALFORMED_RECORD)
        .singleElement().satisfies(skip -> {
          assertThat(skip.offset()).isPositive();
          assertThat(skip.detail()).startsWith("corrupt WARC record");
        });
  }

  @Test
  void recordShorterThanItsLengthCostsOnlyItselfInAnUncompressedWarc() throws IOException {
    byte[] cut = bytesOf(response("/cut", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
        bytes("<html><body>" + "x".repeat(500) + "</body></html>")));
    Path file = dir.resolve("cut-middle.warc");
    Files.write(file, concat(
        bytesOf(response("/before", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
            bytes(ARTICLE))),
        Arrays.copyOf(cut, cut.length - 200),
        bytesOf(response("/after", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
            bytes(ARTICLE)))));

    try (WarcArticleReader reader = WarcArticleReader.open(file)) {
      assertThat(readAll(reader)).extracting(WarcPage::url)
          .contains(SITE + "/before", SITE + "/after");
      assertThat(reader.stats().skipped(WarcSkipReason.MALFORMED_RECORD)).isEqualTo(1);
    }
  }

  @Test
  void fileCutOffInsideItsLastRecordEndsWithADiscoveryExceptionAfterItsPages() throws IOException {
    Path file = new WarcFiles()
        .capture("/2024/04/03/whole", FETCHED, ARTICLE)
        .cutOff("/2024/04/03/cut", FETCHED, ARTICLE)
        .write(dir.resolve("cut-off.warc.gz"));
    List<WarcSkip> skips = new ArrayList<>();

    try (WarcArticleReader reader = WarcArticleReader.open(file).onSkip(skips::add)) {
      assertThat(reader.next().url()).isEqualTo(WarcFiles.SITE + "/2024/04/03/whole");
      assertThatThrownBy(reader::hasNext)
          .isInstanceOf(DiscoveryException.class)
          .hasMessageContaining("corrupt WARC record near offset")
          .hasMessageContaining("the file is truncated");
      assertThat(reader.stats().skipped(WarcSkipReason.MALFORMED_RECORD)).isZero();
    }
    assertThat(skips).noneMatch(s -> s.reason() == WarcSkipReason.MALFORMED_RECORD);
  }

  @Test
  void streamIsLazy() throws IOException {
    try (WarcArticleReader reader = WarcArticleReader.open(write(crawl(), WarcCompression.NONE))) {
      reader.stream().findFirst();

      assertThat(reader.stats().recordsRead()).isEqualTo(3);
    }
  }

  @Test
  void emptyFileYieldsNothing() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.warc"));
    try (WarcArticleReader reader = WarcArticleReader.open(empty)) {
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.stats().recordsRead()).isZero();
    }
  }
}
