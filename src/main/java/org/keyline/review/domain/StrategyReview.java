package org.keyline.review.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A strategy review of an account: when it took place, the assessment of the long-term
 * strategy, recommendations, and when the next review is due. Recorded once and kept as a
 * record, never edited (so it carries no version).
 */
@Entity
@Table(name = "review_strategy_review")
public class StrategyReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "reviewed_on", nullable = false)
	private LocalDate reviewedOn;

	@Column(name = "assessment", nullable = false)
	private String assessment;

	@Column(name = "recommendations")
	private String recommendations;

	@Column(name = "next_review_on", nullable = false)
	private LocalDate nextReviewOn;

	@Column(name = "reviewer_id", nullable = false)
	private Long reviewerId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 50)
	private String createdBy;

	protected StrategyReview() {
	}

	/**
	 * A review as the service checked it: the next review after the review date, an
	 * assessment that is not blank (trimmed here), recommendations trimmed or null.
	 */
	public StrategyReview(long accountId, LocalDate reviewedOn, String assessment, String recommendations,
			LocalDate nextReviewOn, long reviewerId, Instant now, String by) {
		if (!nextReviewOn.isAfter(reviewedOn)) {
			throw new IllegalArgumentException("The next review must come after the review");
		}
		if (assessment == null || assessment.isBlank()) {
			throw new IllegalArgumentException("An assessment is required");
		}
		this.accountId = accountId;
		this.reviewedOn = reviewedOn;
		this.assessment = assessment.trim();
		this.recommendations = (recommendations == null || recommendations.isBlank()) ? null : recommendations.trim();
		this.nextReviewOn = nextReviewOn;
		this.reviewerId = reviewerId;
		this.createdAt = now;
		this.createdBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	public LocalDate getNextReviewOn() {
		return this.nextReviewOn;
	}

}
