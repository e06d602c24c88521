package org.keyline.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When strategy reviews fall due. An account's next review is due on the date its latest
 * review set; an account never reviewed is due its cadence ({@link ReviewCadence}) after
 * its first mentor was assigned; an account with neither mentor nor review, or an
 * archived one, has no review due. A review is overdue when its due date is before today.
 * Every read computes due dates in SQL, so lists across many accounts run a fixed number
 * of statements.
 */
@Service
public class ReviewSchedule {

	public static final int PAGE_SIZE = 25;

	private final ReviewQueries queries;

	private final Clock clock;

	ReviewSchedule(ReviewQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * When the account's next review is due: one statement. No access check: for other
	 * modules that checked access already, or that work across accounts (grading).
	 */
	@Transactional(readOnly = true)
	public ReviewDue dueFor(long accountId) {
		return this.queries.dueFor(accountId, today());
	}

	/**
	 * The account's review status for its page: one statement (the caller checked access
	 * when it got the {@link AccountRef}).
	 */
	@Transactional(readOnly = true)
	public ReviewStatus status(AccountRef account, Viewer viewer) {
		return this.queries.status(account, viewer, today());
	}

	/**
	 * How many of the accounts the viewer may see have an overdue review: one statement.
	 */
	@Transactional(readOnly = true)
	public long countOverdue(Viewer viewer) {
		if (!viewer.worksWithAccounts()) {
			return 0;
		}
		LocalDate today = today();
		return this.queries.countDue(viewer, today, today, true);
	}

	/**
	 * A page of the accounts the viewer may see whose review is overdue or due in the
	 * next {@value ReviewStatus#DUE_SOON_DAYS} days (only overdue ones if
	 * {@code overdueOnly}), most overdue first: a count and one page, whatever the number
	 * of accounts.
	 */
	@Transactional(readOnly = true)
	public Page<DueReview> due(Viewer viewer, boolean overdueOnly, int page) {
		LocalDate today = today();
		if (!viewer.worksWithAccounts()) {
			return Page.empty(PageRequest.of(0, PAGE_SIZE));
		}
		LocalDate horizon = today.plusDays(ReviewStatus.DUE_SOON_DAYS);
		long total = this.queries.countDue(viewer, today, horizon, overdueOnly);
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), lastPage);
		List<DueReview> rows = (total == 0) ? List.of()
				: this.queries.due(viewer, today, horizon, overdueOnly, PAGE_SIZE, (long) current * PAGE_SIZE);
		return new PageImpl<>(rows, PageRequest.of(current, PAGE_SIZE), total);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
