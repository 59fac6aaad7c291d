package io.newsflow.app.bench;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What the synthetic publisher served and what reached the sink, per article number and content
 * version (1, or 2 once corrected): a few bits per article, so a long soak's bookkeeping stays
 * small. An article version served and not in the sink is pending, and lost if it is still
 * missing once the pipeline has drained; one that reaches the sink again is duplicated, whether
 * under the same pipeline version (written twice) or under a new one (the same content published
 * again).
 */
final class SoakLedger {
  /** Pipeline versions 1 to this are kept in a bit set; higher ones (never expected) in a set. */
  private static final int VERSION_BITS = 4;

  private final BitSet served1 = new BitSet();
  private final BitSet served2 = new BitSet();
  private final BitSet sunk1 = new BitSet();
  private final BitSet sunk2 = new BitSet();
  private final BitSet sunkPipelineVersions = new BitSet();
  private final Set<Long> sunkHighVersions = new HashSet<>();
  private long servedArticles;
  private long servedCorrections;
  private long sunkVersions;
  private long pending;
  private long unexpected;
  private long writtenTwice;
  private long republished;
  private long lastServedNanos = System.nanoTime();

  /** Counts at one moment. */
  record Counts(long servedArticles, long servedCorrections, long sunkVersions, long pending,
      long unexpected, long writtenTwice, long republished, long lastServedNanos) {
    long duplicated() {
      return writtenTwice + republished;
    }
  }

  /** The publisher served version {@code version} of article {@code n} whole. */
  synchronized void served(int n, int version) {
    BitSet served = version == 2 ? served2 : served1;
    if (served.get(n)) {
      return;
    }
    lastServedNanos = System.nanoTime();
    if (!served1.get(n) && !served2.get(n)) {
      servedArticles++;
    }
    if (version == 2) {
      servedCorrections++;
    }
    served.set(n);
    if ((version == 2 ? sunk2 : sunk1).get(n)) {
      // The sink was quicker than the publisher's bookkeeping: expected after all.
      unexpected--;
    } else {
      pending++;
    }
  }

  /**
   * Article {@code n} reached the sink with content version {@code content} as pipeline version
   * {@code version}.
   */
  synchronized void sunk(int n, int content, int version) {
    sunkVersions++;
    if (!seenVersion(n, version)) {
      writtenTwice++;
      return;
    }
    BitSet sunk = content == 2 ? sunk2 : sunk1;
    if (sunk.get(n)) {
      republished++;
      return;
    }
    sunk.set(n);
    if ((content == 2 ? served2 : served1).get(n)) {
      pending--;
    } else {
      unexpected++;
    }
  }

  /** Records pipeline version {@code version} of article {@code n}; false when seen before. */
  private boolean seenVersion(int n, int version) {
    if (version >= 1 && version <= VERSION_BITS) {
      int bit = n * VERSION_BITS + version - 1;
      if (sunkPipelineVersions.get(bit)) {
        return false;
      }
      sunkPipelineVersions.set(bit);
      return true;
    }
    return sunkHighVersions.add((long) n << 32 | (version & 0xffffffffL));
  }

  /** True when version {@code version} of article {@code n} was served. */
  synchronized boolean wasServed(int n, int version) {
    return (version == 2 ? served2 : served1).get(n);
  }

  /** True when some version of article {@code n} was served. */
  synchronized boolean wasServed(int n) {
    return served1.get(n) || served2.get(n);
  }

  synchronized Counts counts() {
    return new Counts(servedArticles, servedCorrections, sunkVersions, pending, unexpected,
        writtenTwice, republished, lastServedNanos);
  }
}
