package org.keyline.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.keyline.account.AccountEconomics;
import org.keyline.account.AccountRef;
import org.keyline.account.Industry;
import org.keyline.account.Region;
import org.keyline.grading.AccountGrade;
import org.keyline.plan.PlanStatus;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.CoverageReport;
import org.keyline.review.ReviewStatus;
import org.keyline.vision.CurrentVision;

/**
 * The one-page brief of an account, to take into a meeting: who it is, the vision, the
 * tier and why, the economics of the latest fiscal years, the key contacts and coverage
 * gaps, the open plan's top objectives and overdue actions, and the last strategy review.
 * Every part may be empty (null or an empty list); the page says so.
 *
 * @param account the account and what the viewer may do with it
 * @param ownerName the owner's display name
 * @param industry the industry
 * @param region the region
 * @param country the ISO country code
 * @param archived whether the account is archived
 * @param vision the current vision, or null
 * @param grade the grade (score, tier, each criterion's part, moves up)
 * @param economics the latest three fiscal years, oldest first
 * @param contacts the key contacts, decision makers and influencers first
 * @param contactCount how many current contacts the account has
 * @param coverage the coverage gaps
 * @param plan the open plan's top objectives and overdue actions, or null
 * @param review the last strategy review, or null
 * @param reviewStatus when the next review is due
 * @param today the date the brief was made
 */
public record AccountBrief(AccountRef account, String ownerName, Industry industry, Region region, String country,
		boolean archived, CurrentVision vision, AccountGrade grade, List<AccountEconomics> economics,
		List<KeyContact> contacts, int contactCount, CoverageReport coverage, PlanPart plan, LastReview review,
		ReviewStatus reviewStatus, LocalDate today) {

	/** The most objectives and overdue actions the brief lists. */
	public static final int OBJECTIVES_SHOWN = 5;

	/** The most overdue actions the brief lists. */
	public static final int ACTIONS_SHOWN = 6;

	/** The most contacts the brief lists. */
	public static final int CONTACTS_SHOWN = 6;

	/** The most coverage gaps the brief lists. */
	public static final int GAPS_SHOWN = 6;

	public String name() {
		return this.account.name();
	}

	/** How many contacts the brief leaves out. */
	public int moreContacts() {
		return Math.max(0, this.contactCount - this.contacts.size());
	}

	/** How many coverage gaps the brief leaves out. */
	public int moreGaps() {
		return Math.max(0, this.coverage.findings().size() - GAPS_SHOWN);
	}

	/** The gaps the brief lists. */
	public List<org.keyline.relationship.CoverageFinding> gaps() {
		return this.coverage.findings().stream().limit(GAPS_SHOWN).toList();
	}

	/**
	 * A key contact: decision makers and influencers first, then by influence.
	 */
	public record KeyContact(long id, String name, String title, ContactLevel level, BuyingRole buyingRole,
			Attitude attitude, int influence) {

		public boolean against() {
			return this.attitude.against();
		}

	}

	/**
	 * The open plan: its top objectives with their progress and its overdue actions,
	 * oldest due first.
	 */
	public record PlanPart(long id, String title, PlanStatus status, int versionNo, int horizonFrom, int horizonTo,
			List<Objective> objectives, int objectiveCount, List<OverdueAction> overdue, int overdueCount) {

		public int moreObjectives() {
			return Math.max(0, this.objectiveCount - this.objectives.size());
		}

		public int moreOverdue() {
			return Math.max(0, this.overdueCount - this.overdue.size());
		}

	}

	/**
	 * An objective: progress from baseline to target in % (null until something is
	 * measured).
	 */
	public record Objective(String title, String metric, String unit, String baseline, String target,
			LocalDate targetOn, String latest, Integer progress) {
	}

	/** An action still open after its due date. */
	public record OverdueAction(String description, String ownerName, LocalDate dueOn, long daysOverdue) {
	}

	/** The last strategy review, in full. */
	public record LastReview(long id, LocalDate reviewedOn, String reviewerName, String assessment,
			String recommendations, LocalDate nextReviewOn) {
	}

	/** A number written plainly: 63.50 is "63.5". */
	public static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

}
