package io.newsflow.core.kafka;

/**
 * How a stage process is known to its consumer group.
 *
 * @param groupInstanceId the static member id ({@code group.instance.id}) or null for a dynamic
 *     member, which a crashed process leaves behind until its session times out
 * @param slot 1 for the first process of a stage on a data directory, 2 for a second at once:
 *     names its local state apart
 */
public record Membership(String groupInstanceId, int slot) {

  public Membership {
    if (slot < 1) {
      throw new IllegalArgumentException("slot starts at 1");
    }
  }

  /** A dynamic member in the first slot: what tests and one-off tools use. */
  public static Membership dynamic() {
    return new Membership(null, 1);
  }

  public boolean isStatic() {
    return groupInstanceId != null && !groupInstanceId.isBlank();
  }
}
