package org.keyline.grading;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A director's tier for an account while it lasts: the tier set ({@code null} name: not a
 * key account), the tier its score reaches, why, until when, and who set it.
 */
public record TierOverride(long accountId, String accountName, String tierName, String scoreTierName, String reason,
		LocalDate expiresOn, Instant setAt, String setBy, boolean visible) {
}
