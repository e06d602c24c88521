package org.keyline.vision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment in the list: its day, who recorded it and when, and how many of the ten
 * questions it answers in words.
 */
public record AssessmentSummary(long id, LocalDate assessedOn, String by, Instant recordedAt, int answered) {
}
