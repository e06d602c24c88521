package org.keyline.vision;

import java.time.LocalDate;

/**
 * An account was assessed on this day.
 */
public record AssessmentRecorded(long accountId, long assessmentId, LocalDate assessedOn) {
}
