package io.newsflow.sink.jsonl;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** File-system steps that survive a power cut: fsync of files and directories, atomic renames. */
final class Durable {
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private Durable() {}

  /** Flushes a directory's entries (a new, renamed or deleted file) to disk. */
  static void syncDirectory(Path dir) throws IOException {
    if (WINDOWS) {
      // Windows cannot open a directory to fsync it; NTFS journals the rename itself.
      return;
    }
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /** Renames {@code from} to {@code to} atomically, replacing it, and syncs the directory. */
  static void rename(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(to.getParent());
  }

  /** Deletes {@code file} if present and syncs the directory. */
  static void delete(Path file) throws IOException {
    if (Files.deleteIfExists(file)) {
      syncDirectory(file.getParent());
    }
  }
}
