package io.newsflow.sink.jsonl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file being written: appends whole lines to {@code name.jsonl.open}, makes them durable with
 * an fsync, and can cut itself back to its last durable size when an append fails half-way.
 */
final class JsonlFile {
  private final Path dir;
  private final JsonlFileName name;
  private final FileChannel channel;
  private long size;
  private long durableSize;

  private JsonlFile(Path dir, JsonlFileName name, FileChannel channel) {
    this.dir = dir;
    this.name = name;
    this.channel = channel;
  }

  /** Creates {@code name.jsonl.open}, which must not exist yet. */
  static JsonlFile create(Path dir, JsonlFileName name) throws IOException {
    FileChannel channel =
        FileChannel.open(
            dir.resolve(name.open()), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      Durable.syncDirectory(dir);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return new JsonlFile(dir, name, channel);
  }

  JsonlFileName name() {
    return name;
  }

  long size() {
    return size;
  }

  void append(byte[] bytes, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    size += length;
  }

  /** Flushes the appended lines to disk; they survive a crash from here on. */
  void sync() throws IOException {
    channel.force(false);
    durableSize = size;
  }

  /** Drops what was appended since the last {@link #sync}, a partial line included. */
  void rollBack() throws IOException {
    channel.truncate(durableSize);
    channel.position(durableSize);
    channel.force(false);
    size = durableSize;
  }

  /** Syncs, closes and renames to {@code name.jsonl}; returns the closed file. */
  Path close() throws IOException {
    sync();
    channel.close();
    Path closed = dir.resolve(name.closed());
    Durable.rename(dir.resolve(name.open()), closed);
    return closed;
  }

  /** Lets go of the file as a crash would: no sync, no rename. */
  void abandon() {
    try {
      channel.close();
    } catch (IOException ignored) {
      // A crash does not close files cleanly either.
    }
  }
}
