package org.keyline.review;

import java.time.LocalDate;

/**
 * A mentor or a director recorded a strategy review of an account; the next one is due on
 * {@code nextReviewOn}. Published in the transaction that saved it.
 */
public record StrategyReviewRecorded(long accountId, long reviewId, LocalDate reviewedOn, LocalDate nextReviewOn) {
}
