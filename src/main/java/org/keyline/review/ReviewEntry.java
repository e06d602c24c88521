package org.keyline.review;

import java.time.LocalDate;

/**
 * A review in a list: its date, who recorded it, the beginning of its assessment
 * ({@code shortened} when there is more), and the next review date it set.
 */
public record ReviewEntry(long id, LocalDate reviewedOn, String reviewerName, String assessmentStart, boolean shortened,
		LocalDate nextReviewOn) {
}
