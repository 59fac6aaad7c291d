package io.newsflow.web.page;

/**
 * A run of an article's text with one meaning: plain, part of one entity mention, part of one
 * claim, or both.
 *
 * @param entityType lower-case entity type (person, organization ...) or null
 * @param entityName the entity's canonical name, or null
 * @param claim the claim this run belongs to, or null
 * @param claimStart true for the first run of its claim: it carries the claim's anchor
 * @param claimEnd true for the last run of its claim: a denial's link to what it answers follows
 */
public record Segment(String text, String entityType, String entityName, ClaimView claim,
    boolean claimStart, boolean claimEnd) {

  public boolean plain() {
    return entityType == null && claim == null;
  }
}
