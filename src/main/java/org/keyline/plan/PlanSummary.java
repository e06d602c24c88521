package org.keyline.plan;

import java.time.Instant;

/**
 * A plan of an account in the list of its plans.
 */
public record PlanSummary(long id, String title, int horizonFrom, int horizonTo, PlanStatus status, int versionNo,
		Instant createdAt, Instant agreedAt, Instant closedAt) {
}
