package org.keyline.review;

import java.time.LocalDate;

import org.keyline.account.AccountRef;

/**
 * Where an account stands with its strategy reviews, for the account page and the
 * history: the latest review (null if none), the due date (null when none is due: no
 * mentor and never reviewed, or archived), how many reviews there are, and whether the
 * viewer may record one (a mentor of the account or a director).
 */
public record ReviewStatus(AccountRef account, boolean mentored, ReviewEntry last, LocalDate dueOn, long total,
		boolean mayRecord, LocalDate today) {

	/** Days in the next 30 in which a review counts as "due soon". */
	public static final int DUE_SOON_DAYS = 30;

	public boolean overdue() {
		return this.dueOn != null && this.dueOn.isBefore(this.today);
	}

	public long daysOverdue() {
		return overdue() ? this.today.toEpochDay() - this.dueOn.toEpochDay() : 0;
	}

	public boolean dueSoon() {
		return this.dueOn != null && !overdue() && !this.dueOn.isAfter(this.today.plusDays(DUE_SOON_DAYS));
	}

	public long daysUntilDue() {
		return (this.dueOn != null) ? this.dueOn.toEpochDay() - this.today.toEpochDay() : 0;
	}

}
