package io.newsflow.app.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Follows the JSON Lines files the sink writes, handing over each whole line once, in whatever
 * state its file is when looked at: {@code .jsonl.open} while the sink appends to it, {@code
 * .jsonl} once closed (the same bytes, renamed), {@code .jsonl.gz} once compressed (read from where
 * the plain file was left). A line the sink is still writing is read at the next look.
 */
final class SinkFileFollower {
  private static final Pattern NAME =
      Pattern.compile("(articles-\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{4,9})\\.jsonl(\\.open|\\.gz)?");

  private final Path dir;
  /** Bytes of each file (by its name without the state suffix) handed over, uncompressed. */
  private final Map<String, Long> read = new HashMap<>();
  private final Set<String> compressed = new HashSet<>();

  SinkFileFollower(Path dir) {
    this.dir = dir;
  }

  /** Hands each line appended since the last call to {@code line}; returns how many. */
  int poll(Consumer<byte[]> line) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    Map<String, Map<String, Path>> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.forEach(file -> {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (m.matches()) {
          files.computeIfAbsent(m.group(1), k -> new HashMap<>())
              .put(m.group(2) == null ? "" : m.group(2), file);
        }
      });
    }
    int lines = 0;
    for (Map.Entry<String, Map<String, Path>> file : files.entrySet()) {
      String base = file.getKey();
      if (compressed.contains(base)) {
        continue;
      }
      Map<String, Path> states = file.getValue();
      long from = read.getOrDefault(base, 0L);
      try {
        Path plain = states.getOrDefault(".open", states.get(""));
        if (plain != null) {
          try (FileChannel channel = FileChannel.open(plain, StandardOpenOption.READ)) {
            if (channel.size() > from) {
              channel.position(from);
              Lines got = lines(Channels.newInputStream(channel), line);
              read.put(base, from + got.bytes());
              lines += got.count();
            }
          }
        } else if (states.containsKey(".gz")) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(states.get(".gz")))) {
            in.skipNBytes(from);
            Lines got = lines(in, line);
            read.put(base, from + got.bytes());
            lines += got.count();
          }
          compressed.add(base);
        }
      } catch (NoSuchFileException renamedMeanwhile) {
        // closed or compressed since the listing: read from its new name at the next look
      }
    }
    return lines;
  }

  private record Lines(long bytes, int count) {}

  /** The whole lines of {@code in}; bytes counts them with their line ends only. */
  private static Lines lines(InputStream raw, Consumer<byte[]> line) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    ByteArrayOutputStream current = new ByteArrayOutputStream(1 << 14);
    long bytes = 0;
    int count = 0;
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        bytes += current.size() + 1L;
        line.accept(current.toByteArray());
        current.reset();
        count++;
      } else {
        current.write(b);
      }
    }
    return new Lines(bytes, count);
  }
}
