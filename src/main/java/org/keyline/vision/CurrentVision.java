package org.keyline.vision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An account's current vision: the latest version's statement and rationale, when and by
 * whom it was set, and the customer's latest reaction to this version (null when nobody
 * has tried it on the customer yet).
 */
public record CurrentVision(long accountId, String statement, String rationale, int versionNo, Instant setAt,
		String setBy, Reaction latestReaction, LocalDate latestFeedbackOn) {
}
