package org.keyline.vision;

import java.time.LocalDate;
import java.util.Map;

/**
 * An assessment as typed: its day and the answers by question (blank ones are dropped).
 */
public record AssessmentInput(LocalDate assessedOn, Map<AssessmentQuestion, String> answers) {
}
