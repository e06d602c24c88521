package org.keyline.review;

import java.time.Clock;
import java.time.LocalDate;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.review.domain.StrategyReview;
import org.keyline.review.domain.StrategyReviewRepository;
import org.keyline.shared.RuleViolation;
import org.keyline.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategy reviews of an account. A mentor of the account or a director records them;
 * everyone who sees the account reads them (a mentor sees only the accounts they mentor).
 * Reviews are kept as they were recorded.
 */
@Service
public class StrategyReviews {

	public static final int TEXT_MAX = 10_000;

	/** Nothing older is recorded: a date before this is a typing mistake. */
	public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private final AccountManagement accounts;

	private final StrategyReviewRepository reviews;

	private final ReviewQueries queries;

	private final ReviewCadence cadence;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	StrategyReviews(AccountManagement accounts, StrategyReviewRepository reviews, ReviewQueries queries,
			ReviewCadence cadence, Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.reviews = reviews;
		this.queries = queries;
		this.cadence = cadence;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records a review and publishes {@link StrategyReviewRecorded} in the same
	 * transaction. The next review date defaults to the review date plus the account's
	 * cadence. Returns the review's id.
	 */
	@Transactional
	public long record(long accountId, NewReview review, Viewer viewer) {
		AccountRef ref = recording(accountId, viewer);
		LocalDate reviewedOn = review.reviewedOn();
		if (reviewedOn == null) {
			throw new RuleViolation("reviewedOn", "review.date.required");
		}
		if (reviewedOn.isAfter(today())) {
			throw new RuleViolation("reviewedOn", "review.date.future");
		}
		if (reviewedOn.isBefore(EARLIEST)) {
			throw new RuleViolation("reviewedOn", "review.date.tooEarly");
		}
		String assessment = Text.blankToNull(review.assessment());
		if (assessment == null) {
			throw new RuleViolation("assessment", "review.assessment.required");
		}
		if (assessment.length() > TEXT_MAX) {
			throw new RuleViolation("assessment", "review.assessment.size");
		}
		String recommendations = Text.blankToNull(review.recommendations());
		if (recommendations != null && recommendations.length() > TEXT_MAX) {
			throw new RuleViolation("recommendations", "review.recommendations.size");
		}
		LocalDate next = (review.nextReviewOn() != null) ? review.nextReviewOn()
				: reviewedOn.plusDays(this.cadence.daysFor(ref.id()));
		if (!next.isAfter(reviewedOn)) {
			throw new RuleViolation("nextReviewOn", "review.next.notAfter");
		}
		StrategyReview saved = this.reviews.save(new StrategyReview(accountId, reviewedOn, assessment, recommendations,
				next, viewer.userId(), this.clock.instant(), viewer.username()));
		this.events.publishEvent(new StrategyReviewRecorded(accountId, saved.getId(), reviewedOn, next));
		return saved.getId();
	}

	/**
	 * What the form starts with: today and today plus the cadence. Refused unless the
	 * viewer may record a review.
	 */
	@Transactional(readOnly = true)
	public ReviewStart start(long accountId, Viewer viewer) {
		AccountRef ref = recording(accountId, viewer);
		LocalDate today = today();
		int days = this.cadence.daysFor(accountId);
		return new ReviewStart(ref, today, today.plusDays(days), days);
	}

	/** The account's reviews, newest first, and where it stands: four statements. */
	@Transactional(readOnly = true)
	public ReviewHistory history(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		return new ReviewHistory(this.queries.status(ref, viewer, today()), this.queries.history(accountId));
	}

	/** One review in full: three statements. */
	@Transactional(readOnly = true)
	public ReviewView review(long accountId, long reviewId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		return this.queries.review(ref, reviewId).orElseThrow(() -> new ReviewNotFound(accountId, reviewId));
	}

	private AccountRef recording(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!viewer.isDirector() && !this.queries.mentors(accountId, viewer.userId())) {
			throw new AccountActionRefused("record strategy review");
		}
		return ref;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
