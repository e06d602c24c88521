package org.keyline.review.web;

import org.keyline.account.AccountPageSection;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.review.ReviewSchedule;

import org.springframework.stereotype.Component;

/**
 * The account page's strategy review card: the latest review, the next due date, an
 * "overdue" badge, a link to the history and, for the account's mentors and directors,
 * "Record a review". One statement.
 */
@Component
class ReviewSection implements AccountPageSection {

	private final ReviewSchedule schedule;

	ReviewSection(ReviewSchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public String template() {
		return "review/section";
	}

	@Override
	public String fragment() {
		return "section";
	}

	@Override
	public Object model(AccountRef account, Viewer viewer) {
		return this.schedule.status(account, viewer);
	}

}
