package org.keyline.review;

import java.time.LocalDate;

/**
 * A row of the reviews due: the account, its owner and mentors, the latest review (date
 * and reviewer, null if none), the due date and by how many days it is overdue (0 when it
 * is not).
 */
public record DueReview(long accountId, String accountName, String ownerName, String mentorNames,
		LocalDate lastReviewedOn, String lastReviewerName, LocalDate dueOn, long daysOverdue) {

	public boolean overdue() {
		return this.daysOverdue > 0;
	}

}
