package org.keyline.relationship;

/**
 * An informal influence line: {@code fromName} listens to {@code toName}.
 */
public record InfluenceLine(long id, long fromId, String fromName, long toId, String toName, String note) {
}
