package org.keyline.review;

import java.time.LocalDate;

import org.keyline.account.AccountRef;

/**
 * What the form of a new review starts with: today, and the next review date the cadence
 * suggests.
 */
public record ReviewStart(AccountRef account, LocalDate reviewedOn, LocalDate nextReviewOn, int cadenceDays) {
}
