package org.keyline.vision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One assessment: its day, who recorded it, what Keyline knew then and the typed answers
 * by question (questions left blank are absent).
 */
public record AssessmentView(long id, LocalDate assessedOn, String by, Instant recordedAt, KnownAnswers known,
		Map<AssessmentQuestion, String> answers) {

	/** The typed answer, or null. */
	public String answer(AssessmentQuestion question) {
		return this.answers.get(question);
	}

	public AssessmentQuestion[] questions() {
		return AssessmentQuestion.values();
	}

}
