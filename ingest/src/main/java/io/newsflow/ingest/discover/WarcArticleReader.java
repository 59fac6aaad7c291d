package io.newsflow.ingest.discover;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.netpreserve.jwarc.DecodedBody;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the HTML pages out of a WARC file (gzip-compressed or not), Common Crawl and CC-NEWS
 * style, through jwarc: each HTTP {@code response} record with status 200 and an HTML payload
 * becomes a {@link WarcPage}; every other record is skipped and counted by {@link WarcSkipReason}.
 *
 * <p>Records are read one at a time and never more than one payload is in memory, bounded by
 * {@code maxPayloadBytes} both before and after content decoding (an oversized one is skipped as
 * {@link WarcSkipReason#TOO_LARGE}), so a file of any size streams in constant memory. A payload
 * whose Content-Encoding says gzip but that is not gzip is taken as already decoded, as archivers
 * that store decoded payloads but keep the header leave it.
 *
 * <p>A record that cannot be framed (a corrupt WARC header, garbage between records, a record cut
 * shorter than its Content-Length) costs that record only when the reader reads a file ({@link
 * #open}): it is skipped as {@link WarcSkipReason#MALFORMED_RECORD} and reading goes on at the next
 * place a record starts ({@link WarcRecordStarts}: the next gzip member, or the next {@code
 * WARC/1.} line). When no record follows (a file cut off inside its last record, as an interrupted
 * download leaves it), or when the reader reads a stream, which cannot seek, the iteration ends
 * with a {@link DiscoveryException} giving the offset and what was wrong.
 *
 * <p>Use it as an {@link Iterator} or a {@link #stream()}, publishing as pages come; {@link
 * #stats()} may be read from another thread for progress lines. Not thread-safe apart from {@link
 * #stats()}.
 */
public final class WarcArticleReader implements Iterator<WarcPage>, Closeable {
  /** Larger payloads are skipped: news pages are well under this even with inline scripts. */
  public static final long DEFAULT_MAX_PAYLOAD_BYTES = 8L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(WarcArticleReader.class);
  private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");
  private static final WarcSkipReason[] REASONS = WarcSkipReason.values();

  private final WarcReader reader;
  private final String source;
  /** The file read, or null for a stream (which cannot seek past a corrupt record). */
  private final Path file;
  private final long maxPayloadBytes;
  private final AtomicLong recordsRead = new AtomicLong();
  private final AtomicLong pagesYielded = new AtomicLong();
  private final AtomicLong position = new AtomicLong();
  private final AtomicLongArray skipped = new AtomicLongArray(REASONS.length);
  private Consumer<WarcSkip> skipListener = skip -> {};
  private WarcPage next;
  private boolean done;
  /** Where to look for the next record start after a corrupt one. */
  private long resumeScanAt;
  /** The corrupt record being read past, or null while records read well. */
  private WarcSkip corrupt;

  /** Reads {@code in} (compressed or not; detected from the bytes); {@code source} names it. */
  public WarcArticleReader(InputStream in, String source, long maxPayloadBytes)
      throws IOException {
    this(new WarcReader(in), source, null, maxPayloadBytes);
  }

  private WarcArticleReader(WarcReader reader, String source, Path file, long maxPayloadBytes) {
    if (maxPayloadBytes <= 0 || maxPayloadBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxPayloadBytes out of range: " + maxPayloadBytes);
    }
    this.reader = reader;
    this.source = source;
    this.file = file;
    this.maxPayloadBytes = maxPayloadBytes;
    reader.setLenient(true);
    reader.onWarning(warning -> LOG.debug("{}: {}", source, warning));
  }

  public static WarcArticleReader open(Path warc) throws IOException {
    return open(warc, DEFAULT_MAX_PAYLOAD_BYTES);
  }

  public static WarcArticleReader open(Path warc, long maxPayloadBytes) throws IOException {
    return new WarcArticleReader(new WarcReader(warc), warc.toString(), warc, maxPayloadBytes);
  }

  /** Calls {@code listener} with each skipped record, on the thread that reads. */
  public WarcArticleReader onSkip(Consumer<WarcSkip> listener) {
    this.skipListener = listener;
    return this;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public WarcPage next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    WarcPage page = next;
    next = null;
    return page;
  }

  /** The remaining pages as a sequential stream; closing the stream closes the reader. */
  public Stream<WarcPage> stream() {
    Spliterator<WarcPage> pages =
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(pages, false).onClose(this::closeQuietly);
  }

  /** The counts so far; safe to call from any thread. */
  public WarcReadStats stats() {
    Map<WarcSkipReason, Long> counts = new EnumMap<>(WarcSkipReason.class);
    for (WarcSkipReason reason : REASONS) {
      long n = skipped.get(reason.ordinal());
      if (n > 0) {
        counts.put(reason, n);
      }
    }
    return new WarcReadStats(recordsRead.get(), pagesYielded.get(), counts, position.get());
  }

  @Override
  public void close() throws IOException {
    done = true;
    reader.close();
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      LOG.debug("closing {}", source, e);
    }
  }

  private WarcPage advance() {
    while (true) {
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        // jwarc reports a corrupt header as a ParsingException, some as a NumberFormatException.
        readPast(e, reader.position());
        continue;
      }
      position.set(reader.position());
      if (record.isEmpty()) {
        done = true;
        if (corrupt != null) {
          throw noRecordFollows(null);
        }
        return null;
      }
      recordsRead.incrementAndGet();
      resumeScanAt = record.get().position() + 1;
      if (corrupt != null) {
        // A record reads well again: the corrupt one before it cost only itself.
        LOG.debug("{}: {} at offset {}; read on at offset {}", source, corrupt.detail(),
            corrupt.offset(), record.get().position());
        skipped.incrementAndGet(WarcSkipReason.MALFORMED_RECORD.ordinal());
        skipListener.accept(corrupt);
        corrupt = null;
      }
      try {
        WarcPage page = page(record.get());
        if (page != null) {
          pagesYielded.incrementAndGet();
          return page;
        }
      } catch (ParsingException e) {
        skip(WarcSkipReason.MALFORMED_HTTP, record.get(),
            "malformed HTTP response: " + shortened(e.getBaseMessage()));
      } catch (RuntimeException e) {
        // jwarc throws some of its header parsing errors unchecked.
        skip(WarcSkipReason.MALFORMED_HTTP, record.get(),
            "malformed HTTP response: " + shortened(e.toString()));
      } catch (IOException e) {
        // The payload ends before its length, or its compression is broken: the record is cut.
        readPast(e, record.get().position());
      }
    }
  }

  /**
   * Seeks to the next place a record may start after one that cannot be read at {@code offset}
   * (trying those places may fail again: the first failure is the one reported, once a record
   * reads well); throws when there is none or the input cannot seek.
   */
  private void readPast(Exception e, long offset) {
    if (corrupt == null) {
      corrupt = new WarcSkip(WarcSkipReason.MALFORMED_RECORD, null, offset,
          "corrupt WARC record: " + shortened(
              e instanceof ParsingException p ? p.getBaseMessage() : e.toString()));
    }
    OptionalLong resume = OptionalLong.empty();
    if (file != null && WarcRecordStarts.supports(reader.compression())) {
      try {
        resume = WarcRecordStarts.next(file, resumeScanAt, reader.compression());
        if (resume.isPresent()) {
          reader.position(resume.getAsLong());
        }
      } catch (IOException | RuntimeException seek) {
        LOG.debug("{}: cannot seek past the corrupt record: {}", source, seek.toString());
        resume = OptionalLong.empty();
      }
    }
    if (resume.isEmpty()) {
      done = true;
      throw noRecordFollows(e);
    }
    resumeScanAt = resume.getAsLong() + 1;
  }

  private DiscoveryException noRecordFollows(Exception cause) {
    String reason = corrupt.detail().replaceFirst("^corrupt WARC record",
        "corrupt WARC record near offset " + corrupt.offset());
    return new DiscoveryException(source, file == null ? reason
        : reason + "; no readable record follows it (the file is truncated, or corrupt to its "
            + "end)", cause);
  }

  private static String shortened(String message) {
    return message == null || message.length() <= 300
        ? message : message.substring(0, 300) + "...";
  }

  private WarcPage page(WarcRecord record) throws IOException {
    if (!(record instanceof WarcResponse)) {
      return skip(WarcSkipReason.NOT_RESPONSE, record);
    }
    WarcResponse response = (WarcResponse) record;
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      return skip(WarcSkipReason.NOT_HTTP, record);
    }
    String url = LinkUrls.clean(response.target());
    if (url == null) {
      return skip(WarcSkipReason.NO_URL, record);
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return skip(WarcSkipReason.NOT_OK_STATUS, record);
    }
    Optional<MediaType> declared =
        http.headers().first("Content-Type").map(MediaType::parseLeniently)
            .filter(WarcArticleReader::isUsable);
    if (declared.isEmpty()) {
      declared = response.identifiedPayloadType().filter(WarcArticleReader::isUsable);
    }
    if (declared.isPresent() && !isHtml(declared.get())) {
      return skip(WarcSkipReason.NOT_HTML, record);
    }
    byte[] raw = readAtMost(http.body(), maxPayloadBytes);
    if (raw == null) {
      return skip(WarcSkipReason.TOO_LARGE, record,
          "payload larger than " + maxPayloadBytes + " bytes");
    }
    byte[] body;
    try {
      body = decode(http, raw);
    } catch (IOException | RuntimeException e) {
      LOG.debug("{}: cannot decode {}: {}", source, url, e.toString());
      return skip(WarcSkipReason.UNDECODABLE, record,
          "cannot decode the payload: " + e.getMessage());
    }
    if (body == null) {
      return skip(WarcSkipReason.TOO_LARGE, record,
          "payload larger than " + maxPayloadBytes + " bytes once decoded");
    }
    if (declared.isEmpty() && !sniffsAsHtml(body)) {
      return skip(WarcSkipReason.NOT_HTML, record);
    }
    String contentType = declared.map(t -> t.base().toString().toLowerCase(Locale.ROOT))
        .orElse("text/html");
    String charset = http.headers().first("Content-Type").map(MediaType::parseLeniently)
        .map(t -> t.parameters().get("charset")).map(String::strip).filter(s -> !s.isEmpty())
        .orElse(null);
    return new WarcPage(
        url, record.date(), http.status(), contentType, charset, body,
        record.truncated() != WarcTruncationReason.NOT_TRUNCATED, record.headers().first("WARC-Record-ID").orElse(null),
        record.position());
  }

  private WarcPage skip(WarcSkipReason reason, WarcRecord record) {
    return skip(reason, record, null);
  }

  private WarcPage skip(WarcSkipReason reason, WarcRecord record, String detail) {
    skipped.incrementAndGet(reason.ordinal());
    String url = record.headers().first("WARC-Target-URI").orElse(null);
    skipListener.accept(new WarcSkip(reason, url, record.position(), detail));
    return null;
  }

  /**
   * Whether a media type says something: jwarc's lenient parse flags some valid types invalid
   * (application/xhtml+xml), so only an empty type or subtype, or octet-stream, counts as none.
   */
  private static boolean isUsable(MediaType type) {
    return !type.type().isEmpty() && !type.subtype().isEmpty()
        && !type.base().equals(MediaType.OCTET_STREAM);
  }

  private static boolean isHtml(MediaType type) {
    return HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT));
  }

  /** The payload with its Content-Encoding removed; null when it decodes beyond the limit. */
  private byte[] decode(HttpResponse http, byte[] raw) throws IOException {
    List<String> encodings = http.headers().all("Content-Encoding");
    if (encodings.isEmpty()) {
      return raw;
    }
    if (encodings.size() > 1) {
      throw new IOException("several content encodings: " + encodings);
    }
    String encoding = encodings.get(0).strip().toLowerCase(Locale.ROOT);
    DecodedBody.Encoding decoder;
    switch (encoding) {
      case "", "identity", "none", "utf-8", "utf8" -> {
        return raw;
      }
      case "gzip", "x-gzip" -> {
        boolean gzipped = raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B;
        if (!gzipped) {
          return raw; // stored decoded, header kept
        }
        decoder = DecodedBody.Encoding.GZIP;
      }
      case "deflate" -> decoder = DecodedBody.Encoding.DEFLATE;
      case "br" -> decoder = DecodedBody.Encoding.BROTLI;
      case "zstd" -> decoder = DecodedBody.Encoding.ZSTD;
      default -> throw new IOException("unknown content encoding " + encoding);
    }
    try {
      ReadableByteChannel in = Channels.newChannel(new ByteArrayInputStream(raw));
      return readAtMost(DecodedBody.create(in, decoder), maxPayloadBytes);
    } catch (LinkageError e) {
      throw new IOException("no decoder for " + encoding + " on the classpath", e);
    }
  }

  /** All of {@code channel}, or null when it holds more than {@code limit} bytes. */
  private static byte[] readAtMost(ReadableByteChannel channel, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    while (channel.read(buffer) >= 0) {
      buffer.flip();
      if (out.size() + buffer.remaining() > limit) {
        return null;
      }
      out.write(buffer.array(), 0, buffer.limit());
      buffer.clear();
    }
    return out.toByteArray();
  }

  /** Whether a payload without a usable Content-Type starts like an HTML document. */
  static boolean sniffsAsHtml(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3).stripLeading();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html")
        || head.startsWith("<head") || head.startsWith("<body")
        || head.startsWith("<!--") && head.contains("<html");
  }
}
