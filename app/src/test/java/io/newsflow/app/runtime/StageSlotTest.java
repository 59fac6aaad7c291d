package io.newsflow.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageSlotTest {

  @Test
  void aStageTakesTheFirstFreeSlotAndItsIdNamesInstanceAndStage(@TempDir Path dir) {
    try (StageSlot first = StageSlot.claim(dir, "host-1a2b3c4d", "sink");
        StageSlot second = StageSlot.claim(dir, "host-1a2b3c4d", "sink");
        StageSlot enrich = StageSlot.claim(dir, "host-1a2b3c4d", "enrich")) {
      assertThat(first.number()).isEqualTo(1);
      assertThat(first.groupInstanceId()).isEqualTo("host-1a2b3c4d-sink");
      assertThat(second.number()).isEqualTo(2);
      assertThat(second.groupInstanceId()).isEqualTo("host-1a2b3c4d-sink-2");
      assertThat(enrich.groupInstanceId()).isEqualTo("host-1a2b3c4d-enrich");
    }
  }

  @Test
  void aReleasedSlotIsTakenAgainSoARestartKeepsItsId(@TempDir Path dir) {
    String before;
    try (StageSlot slot = StageSlot.claim(dir, "host-1", "enrich")) {
      before = slot.groupInstanceId();
    }
    try (StageSlot slot = StageSlot.claim(dir, "host-1", "enrich")) {
      assertThat(slot.groupInstanceId()).isEqualTo(before);
      assertThat(slot.number()).isEqualTo(1);
    }
  }
}
