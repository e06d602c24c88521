package org.keyline.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a signed-in user has to deal with, one section per role they hold (a section is
 * null when they do not hold the role). Lists are short ({@link MyWorkService#LIMIT}
 * lines) and carry their total, so that the page can say how many more there are.
 */
public record MyWork(Manager manager, Member member, Mentor mentor, Director director, Admin admin, LocalDate today) {

	/** Whether the user holds no role that has a section. */
	public boolean empty() {
		return this.manager == null && this.member == null && this.mentor == null && this.director == null
				&& this.admin == null;
	}

	/** The first lines of a list, and how many there are in all. */
	public record Listing<T>(List<T> rows, long total) {

		public boolean isEmpty() {
			return this.rows.isEmpty();
		}

		/** Whether the list was cut short. */
		public boolean more() {
			return this.total > this.rows.size();
		}

	}

	/**
	 * An account with its tier and alerts: overdue actions of its open plan, an overdue
	 * strategy review, links going cold, and whether it misses its tier's service.
	 */
	public record AccountLine(long id, String name, Integer tierPosition, String tierName, boolean overridden,
			int overdueActions, LocalDate reviewDueOn, boolean reviewOverdue, int coldLinks, boolean serviceMissed) {

		public boolean alerts() {
			return this.overdueActions > 0 || this.reviewOverdue || this.coldLinks > 0 || this.serviceMissed;
		}

	}

	/** An open or in-progress action of an account's open plan. */
	public record ActionLine(long id, long accountId, String accountName, long planId, String description,
			LocalDate dueOn, String status, String ownerName, long daysLate) {

		public boolean overdue() {
			return this.daysLate > 0;
		}

	}

	/** An account's strategy review, overdue or due soon. */
	public record ReviewLine(long accountId, String accountName, LocalDate dueOn, LocalDate lastReviewedOn,
			long daysLate) {

		public boolean overdue() {
			return this.daysLate > 0;
		}

	}

	/** A working link of one of our people that has had no interaction for too long. */
	public record ColdLink(long accountId, String accountName, long contactId, String contactName, String userName,
			LocalDate lastInteractionOn) {
	}

	/**
	 * A plan that waits for something: a draft to submit, sign-offs (the viewer's or the
	 * team's), or a mentor's comment.
	 */
	public record PlanLine(long accountId, String accountName, long planId, String title, String status,
			boolean awaitingViewer, int awaitedSignOffs, Instant changedAt, Instant lastCommentAt) {

		/** The day of the latest comment (UTC), if any. */
		public LocalDate lastCommentOn() {
			return (this.lastCommentAt != null) ? LocalDate.ofInstant(this.lastCommentAt, ZoneOffset.UTC) : null;
		}

	}

	/** The key account manager's section: the accounts they own. */
	public record Manager(Listing<AccountLine> accounts, Listing<ActionLine> overdueActions,
			Listing<ReviewLine> reviewsDue, Listing<ColdLink> coldLinks, Listing<PlanLine> plans, int coldAfterDays) {
	}

	/** The team member's section: the accounts whose team they are on today. */
	public record Member(Listing<ActionLine> actions, Listing<AccountLine> accounts, Listing<PlanLine> signOffs) {
	}

	/** The mentor's section: the accounts they mentor. */
	public record Mentor(Listing<ReviewLine> reviews, Listing<PlanLine> plans, Listing<AccountLine> accounts) {
	}

	/** The director's section: the portfolio by tier and its exceptions. */
	public record Director(List<TierLine> tiers, Exceptions exceptions) {

		public long accounts() {
			return this.tiers.stream().mapToLong(TierLine::accounts).sum();
		}

		public BigDecimal revenue() {
			return this.tiers.stream().map(TierLine::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/**
	 * Active accounts and their latest revenue in one tier (no tier: not key accounts).
	 */
	public record TierLine(Integer position, String name, long accounts, BigDecimal revenue) {
	}

	/**
	 * What needs a director's attention across the portfolio: key accounts that do not
	 * get their tier's service, overdue strategy reviews, plans in review for more than
	 * {@link MyWorkService#LONG_IN_REVIEW_DAYS} days, overrides that end within
	 * {@link MyWorkService#OVERRIDE_HORIZON_DAYS} days, and loss-making accounts.
	 */
	public record Exceptions(long serviceMissed, long reviewsOverdue, long plansWaitingLong, long overridesExpiring,
			long lossMaking) {
	}

	/** The administrator's section: users by state. */
	public record Admin(long active, long disabled, long locked) {
	}

}
