package org.keyline.review;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.people.TestUsers;
import org.keyline.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keyline.review.ReviewFixtures.review;

/**
 * The rules of strategy reviews: dates, required fields, the default next date, the due
 * date with and without reviews, and who may record and read them.
 */
@KeylineTest
class StrategyReviewRulesTests {

	@Autowired
	StrategyReviews reviews;

	@Autowired
	ReviewSchedule schedule;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	LocalDate today;

	ReviewFixtures f;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.f = ReviewFixtures.anAccount(this.accounts, this.users, this.today);
	}

	@Test
	void aMentorRecordsAReviewAndItIsKeptWithItsNextDate() {
		long id = this.reviews.record(this.f.accountId,
				new NewReview(this.today, "  Sound strategy.  ", "  ", this.today.plusDays(60)), this.f.mentor);

		ReviewView shown = this.reviews.review(this.f.accountId, id, this.f.owner);
		assertThat(shown.assessment()).isEqualTo("Sound strategy.");
		assertThat(shown.recommendations()).isNull();
		assertThat(shown.nextReviewOn()).isEqualTo(this.today.plusDays(60));
		assertThat(shown.reviewerName()).isNotBlank();
		assertThat(this.schedule.dueFor(this.f.accountId))
			.isEqualTo(new ReviewDue(this.f.accountId, this.today, this.today.plusDays(60), false, 0));
	}

	@Test
	void theNextDateDefaultsToTheReviewDatePlusTheCadence() {
		LocalDate on = this.today.minusDays(10);
		long id = this.reviews.record(this.f.accountId, review(on, null), this.f.mentor);
		assertThat(this.reviews.review(this.f.accountId, id, this.f.mentor).nextReviewOn()).isEqualTo(on.plusDays(90));

		ReviewStart start = this.reviews.start(this.f.accountId, this.f.mentor);
		assertThat(start.reviewedOn()).isEqualTo(this.today);
		assertThat(start.nextReviewOn()).isEqualTo(this.today.plusDays(90));
		assertThat(start.cadenceDays()).isEqualTo(90);
	}

	@Test
	void theReviewDateIsRequiredAndNotInTheFuture() {
		assertViolation(review(null, null), "reviewedOn", "review.date.required");
		assertViolation(review(this.today.plusDays(1), null), "reviewedOn", "review.date.future");
		assertViolation(review(LocalDate.of(1989, 12, 31), null), "reviewedOn", "review.date.tooEarly");
		this.reviews.record(this.f.accountId, review(this.today, null), this.f.mentor);
	}

	@Test
	void theAssessmentIsRequiredAndBoundedAndRecommendationsAreBounded() {
		assertViolation(new NewReview(this.today, "   ", null, null), "assessment", "review.assessment.required");
		assertViolation(new NewReview(this.today, null, null, null), "assessment", "review.assessment.required");
		assertViolation(new NewReview(this.today, "x".repeat(10_001), null, null), "assessment",
				"review.assessment.size");
		assertViolation(new NewReview(this.today, "ok", "x".repeat(10_001), null), "recommendations",
				"review.recommendations.size");
	}

	@Test
	void theNextReviewMustComeAfterTheReview() {
		assertViolation(review(this.today.minusDays(5), this.today.minusDays(5)), "nextReviewOn",
				"review.next.notAfter");
		assertViolation(review(this.today.minusDays(5), this.today.minusDays(6)), "nextReviewOn",
				"review.next.notAfter");
		assertThat(this.reviews.history(this.f.accountId, this.f.owner).reviews()).isEmpty();
	}

	@Test
	void withoutAReviewTheFirstIsDueTheCadenceAfterTheFirstMentorWasAssigned() {
		assertThat(this.schedule.dueFor(this.f.accountId))
			.isEqualTo(new ReviewDue(this.f.accountId, null, this.today.plusDays(90), false, 0));

		ReviewFixtures.mentorAssignedDaysAgo(this.jdbc, this.f.accountId, 100);
		assertThat(this.schedule.dueFor(this.f.accountId))
			.isEqualTo(new ReviewDue(this.f.accountId, null, this.today.minusDays(10), true, 10));
	}

	@Test
	void anAccountWithoutMentorOrReviewHasNoReviewDueAndAnArchivedOneNeither() {
		long unmentored = this.accounts.create(org.keyline.account.Accounts.aProfile(), null, this.f.owner);
		assertThat(this.schedule.dueFor(unmentored)).isEqualTo(new ReviewDue(unmentored, null, null, false, 0));

		this.reviews.record(this.f.accountId, review(this.today.minusDays(100), this.today.minusDays(10)),
				this.f.mentor);
		assertThat(this.schedule.dueFor(this.f.accountId).overdue()).isTrue();
		this.accounts.archive(this.f.accountId, this.f.owner);
		assertThat(this.schedule.dueFor(this.f.accountId).dueOn()).isNull();
	}

	@Test
	void theLatestReviewByDateSetsTheDueDateAndLateOnesAreOverdue() {
		this.reviews.record(this.f.accountId, review(this.today.minusDays(200), this.today.minusDays(110)),
				this.f.mentor);
		this.reviews.record(this.f.accountId, review(this.today.minusDays(100), this.today.minusDays(3)),
				this.f.director);
		// Recorded later, but of an earlier date: the history keeps it, the due date does
		// not move.
		this.reviews.record(this.f.accountId, review(this.today.minusDays(300), this.today.minusDays(200)),
				this.f.mentor);

		ReviewDue due = this.schedule.dueFor(this.f.accountId);
		assertThat(due)
			.isEqualTo(new ReviewDue(this.f.accountId, this.today.minusDays(100), this.today.minusDays(3), true, 3));
		assertThat(this.reviews.history(this.f.accountId, this.f.member).reviews()).extracting(ReviewEntry::reviewedOn)
			.containsExactly(this.today.minusDays(100), this.today.minusDays(200), this.today.minusDays(300));

		AccountRef ref = this.accounts.ref(this.f.accountId, this.f.owner);
		ReviewStatus status = this.schedule.status(ref, this.f.owner);
		assertThat(status.overdue()).isTrue();
		assertThat(status.daysOverdue()).isEqualTo(3);
		assertThat(status.total()).isEqualTo(3);
		assertThat(status.mayRecord()).isFalse();
		assertThat(status.last().reviewedOn()).isEqualTo(this.today.minusDays(100));
		assertThat(this.schedule.status(this.accounts.ref(this.f.accountId, this.f.mentor), this.f.mentor).mayRecord())
			.isTrue();
		assertThat(this.schedule.status(ref, this.f.director).mayRecord()).isTrue();
	}

	@Test
	void aReviewDueTodayIsNotOverdueAndLongAssessmentsAreShortenedInLists() {
		this.reviews.record(this.f.accountId,
				new NewReview(this.today.minusDays(90), "y".repeat(500), null, this.today), this.f.mentor);
		ReviewStatus status = this.schedule.status(this.accounts.ref(this.f.accountId, this.f.owner), this.f.owner);
		assertThat(status.overdue()).isFalse();
		assertThat(status.dueSoon()).isTrue();
		assertThat(status.daysUntilDue()).isZero();
		assertThat(status.last().shortened()).isTrue();
		assertThat(status.last().assessmentStart()).hasSize(ReviewQueries.EXCERPT);
	}

	@Test
	void onlyTheAccountsMentorsAndDirectorsRecordReviewsAndOthersOfTheTeamOnlyRead() {
		this.reviews.record(this.f.accountId, review(this.today, null), this.f.mentor);
		this.reviews.record(this.f.accountId, review(this.today, null), this.f.director);

		assertThatThrownBy(() -> this.reviews.record(this.f.accountId, review(this.today, null), this.f.owner))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.reviews.record(this.f.accountId, review(this.today, null), this.f.member))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.reviews.start(this.f.accountId, this.f.owner))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.reviews.record(this.f.accountId, review(this.today, null), this.f.otherMentor))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.reviews.record(this.f.accountId, review(this.today, null), this.f.stranger))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.reviews.history(this.f.accountId, this.f.otherMentor))
			.isInstanceOf(AccountNotFound.class);

		assertThat(this.reviews.history(this.f.accountId, this.f.owner).reviews()).hasSize(2);
		assertThat(this.reviews.history(this.f.accountId, this.f.member).reviews()).hasSize(2);
	}

	@Test
	void aReviewOfAnotherAccountIsNotFound() {
		long other = this.f.anotherAccount(this.accounts);
		long id = this.reviews.record(other, review(this.today, null), this.f.mentor);
		assertThatThrownBy(() -> this.reviews.review(this.f.accountId, id, this.f.mentor))
			.isInstanceOf(ReviewNotFound.class);
	}

	private void assertViolation(NewReview review, String field, String key) {
		assertThatThrownBy(() -> this.reviews.record(this.f.accountId, review, this.f.mentor))
			.isInstanceOfSatisfying(RuleViolation.class, (violation) -> {
				assertThat(violation.field()).isEqualTo(field);
				assertThat(violation.messageKey()).isEqualTo(key);
			});
	}

}
