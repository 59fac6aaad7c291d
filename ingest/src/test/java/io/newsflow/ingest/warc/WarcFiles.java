package io.newsflow.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Builds gzipped WARC files of a fictional crawl, CC-NEWS style, for the tests. */
final class WarcFiles {
  static final String SITE = "https://www.harbourview-courier.example";

  private final List<WarcRecord> records = new ArrayList<>();

  WarcFiles() {
    records.add(new Warcinfo.Builder()
        .fields(Map.of("software", List.of("newsflow-test"), "isPartOf", List.of("CC-NEWS")))
        .build());
  }

  /** A request, its 200 HTML response and a metadata record, as Common Crawl writes them. */
  WarcFiles capture(String path, Instant at, String html) {
    URI uri = URI.create(SITE + path);
    records.add(new WarcRequest.Builder(uri).date(at)
        .body(MediaType.HTTP_REQUEST, bytes("GET " + path + " HTTP/1.1\r\nHost: "
            + uri.getHost() + "\r\n\r\n"))
        .build());
    response(path, at, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n",
        bytes(html));
    records.add(new WarcMetadata.Builder().targetURI(uri.toString()).date(at)
        .body(MediaType.WARC_FIELDS, bytes("fetchTimeMs: 87\r\n")).build());
    return this;
  }

  WarcFiles response(String path, Instant at, String head, byte[] body) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes(bytes(head + "Content-Length: " + body.length + "\r\n\r\n"));
    http.writeBytes(body);
    records.add(new WarcResponse.Builder(URI.create(SITE + path)).date(at)
        .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build());
    return this;
  }

  Path write(Path file) {
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
        WarcCompression.GZIP)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
