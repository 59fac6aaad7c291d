package io.newsflow.ingest.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds gzipped WARC files of a fictional crawl, CC-NEWS style (one gzip member per record), for
 * the tests, with the damage real archives carry on request: a response that is not HTTP, a
 * record whose WARC header is corrupt, a record cut off halfway.
 */
public final class WarcFiles {
  public static final String SITE = "https://www.harbourview-courier.example";

  private final ByteArrayOutputStream file = new ByteArrayOutputStream();

  public WarcFiles() {
    add(new Warcinfo.Builder()
        .fields(Map.of("software", List.of("newsflow-test"), "isPartOf", List.of("CC-NEWS")))
        .build());
  }

  /** A request, its 200 HTML response and a metadata record, as Common Crawl writes them. */
  public WarcFiles capture(String path, Instant at, String html) {
    URI uri = URI.create(SITE + path);
    add(new WarcRequest.Builder(uri).date(at)
        .body(MediaType.HTTP_REQUEST, bytes("GET " + path + " HTTP/1.1\r\nHost: "
            + uri.getHost() + "\r\n\r\n"))
        .build());
    response(path, at, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n",
        bytes(html));
    add(new WarcMetadata.Builder().targetURI(uri.toString()).date(at)
        .body(MediaType.WARC_FIELDS, bytes("fetchTimeMs: 87\r\n")).build());
    return this;
  }

  /** A response record of {@code head} (status line and headers) and {@code body}. */
  public WarcFiles response(String path, Instant at, String head, byte[] body) {
    file.writeBytes(record(responseRecord(path, at, head, body)));
    return this;
  }

  /** A response record whose payload is not an HTTP message at all. */
  public WarcFiles malformedResponse(String path, Instant at) {
    add(new WarcResponse.Builder(URI.create(SITE + path)).date(at)
        .body(MediaType.HTTP_RESPONSE, bytes("this is no HTTP status line\r\n\r\n<p>lost</p>"))
        .build());
    return this;
  }

  /** A record whose WARC header is corrupt (a Content-Length that is no number), in its member. */
  public WarcFiles corruptRecord(String path, Instant at) {
    file.writeBytes(gzip(bytes("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + SITE
        + path + "\r\nWARC-Date: " + at + "\r\nContent-Length: twelve\r\n\r\n"
        + "<p>lost</p>\r\n\r\n")));
    return this;
  }

  /** A capture's response record cut off halfway, as an interrupted download leaves the last. */
  public WarcFiles cutOff(String path, Instant at, String html) {
    byte[] whole = record(responseRecord(path, at,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n", bytes(html)));
    file.writeBytes(Arrays.copyOf(whole, whole.length / 2));
    return this;
  }

  public Path write(Path path) {
    try {
      return Files.write(path, file.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void add(WarcRecord record) {
    file.writeBytes(record(record));
  }

  private static WarcResponse responseRecord(String path, Instant at, String head, byte[] body) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes(bytes(head + "Content-Length: " + body.length + "\r\n\r\n"));
    http.writeBytes(body);
    return new WarcResponse.Builder(URI.create(SITE + path)).date(at)
        .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
  }

  /** One record as a gzip member of its own. */
  private static byte[] record(WarcRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer =
        new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      writer.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
