package org.keyline.review;

import java.time.LocalDate;

/**
 * When an account's next strategy review is due, for other modules (my work, grading).
 * {@code dueOn} is null when no review is due: the account has no mentor and was never
 * reviewed, or it is archived. Overdue when the due date is before today.
 */
public record ReviewDue(long accountId, LocalDate lastReviewedOn, LocalDate dueOn, boolean overdue, long daysOverdue) {
}
