package org.keyline.review.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.keyline.review.NewReview;
import org.keyline.review.ReviewStart;
import org.keyline.review.StrategyReviews;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Records a strategy review. An empty next review date means the review date plus the
 * account's cadence.
 */
public class ReviewForm {

	@NotNull(message = "{review.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reviewedOn;

	@NotBlank(message = "{review.assessment.required}")
	@Size(max = StrategyReviews.TEXT_MAX, message = "{review.assessment.size}")
	private String assessment = "";

	@Size(max = StrategyReviews.TEXT_MAX, message = "{review.recommendations.size}")
	private String recommendations = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextReviewOn;

	static ReviewForm startingWith(ReviewStart start) {
		ReviewForm form = new ReviewForm();
		form.setReviewedOn(start.reviewedOn());
		form.setNextReviewOn(start.nextReviewOn());
		return form;
	}

	NewReview toReview() {
		return new NewReview(this.reviewedOn, this.assessment, this.recommendations, this.nextReviewOn);
	}

	public LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	public void setReviewedOn(LocalDate reviewedOn) {
		this.reviewedOn = reviewedOn;
	}

	public String getAssessment() {
		return this.assessment;
	}

	public void setAssessment(String assessment) {
		this.assessment = assessment;
	}

	public String getRecommendations() {
		return this.recommendations;
	}

	public void setRecommendations(String recommendations) {
		this.recommendations = recommendations;
	}

	public LocalDate getNextReviewOn() {
		return this.nextReviewOn;
	}

	public void setNextReviewOn(LocalDate nextReviewOn) {
		this.nextReviewOn = nextReviewOn;
	}

}
