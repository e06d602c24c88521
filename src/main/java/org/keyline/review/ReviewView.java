package org.keyline.review;

import java.time.Instant;
import java.time.LocalDate;

import org.keyline.account.AccountRef;

/**
 * One strategy review in full.
 */
public record ReviewView(AccountRef account, long id, LocalDate reviewedOn, String assessment, String recommendations,
		LocalDate nextReviewOn, String reviewerName, Instant recordedAt) {
}
