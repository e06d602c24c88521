package org.keyline.relationship;

import java.time.LocalDate;

/**
 * One of our people knows one of the customer's, this well, last used on that day (null:
 * no interaction logged between them yet).
 */
public record LinkView(long id, long userId, String userName, long contactId, String contactName, String contactTitle,
		LinkStrength strength, LocalDate lastInteractionOn, long version) {

	/**
	 * Whether the link is going cold: its last interaction is older than
	 * {@code coldAfterDays} days. A link with no interaction logged yet is not called
	 * cold here; the page says "none logged" instead.
	 */
	public boolean goingCold(LocalDate today, int coldAfterDays) {
		return this.lastInteractionOn != null && this.lastInteractionOn.isBefore(today.minusDays(coldAfterDays));
	}

}
