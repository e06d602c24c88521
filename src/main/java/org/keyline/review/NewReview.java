package org.keyline.review;

import java.time.LocalDate;

/**
 * A strategy review as typed: {@code nextReviewOn} may be null, meaning the review date
 * plus the account's cadence.
 */
public record NewReview(LocalDate reviewedOn, String assessment, String recommendations, LocalDate nextReviewOn) {
}
