package org.keyline.grading;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether an account gets the service its tier promises: a strategy review within the
 * tier's cadence, an executive sponsor and an agreed plan if the tier requires them, and
 * an interaction at least every so many days. {@code gaps} is empty when it does (or when
 * it is not a key account).
 */
public record ServiceCheck(long accountId, GradingScheme.Tier tier, List<Gap> gaps, LocalDate lastInteractionOn,
		LocalDate reviewDueOn) {

	public boolean met() {
		return this.gaps.isEmpty();
	}

	/** What the account does not get. */
	public enum Gap {

		REVIEW_OVERDUE, NO_EXECUTIVE_SPONSOR, NO_AGREED_PLAN, TOO_FEW_INTERACTIONS

	}

}
