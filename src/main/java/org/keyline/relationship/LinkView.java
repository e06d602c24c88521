package org.keyline.relationship;

import java.time.LocalDate;

/**
 * One of our people knows one of the customer's, this well, last used on that day (null:
 * no interaction logged between them yet). {@code onTeam} is false when our person is no
 * longer (or never was) on the account's current team: the link is history.
 */
public record LinkView(long id, long userId, String userName, long contactId, String contactName, String contactTitle,
		LinkStrength strength, LocalDate lastInteractionOn, long version, boolean onTeam) {

	/**
	 * Whether the link is going cold: its last interaction is older than
	 * {@code coldAfterDays} days. A link with no interaction logged yet is not called
	 * cold here; the page says "none logged" instead. Nor is a link of someone no longer
	 * on the team: nobody is expected to keep it warm.
	 */
	public boolean goingCold(LocalDate today, int coldAfterDays) {
		return this.onTeam && this.lastInteractionOn != null
				&& this.lastInteractionOn.isBefore(today.minusDays(coldAfterDays));
	}

}
