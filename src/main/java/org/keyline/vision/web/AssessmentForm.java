package org.keyline.vision.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.keyline.vision.AssessmentDraft;
import org.keyline.vision.AssessmentInput;
import org.keyline.vision.AssessmentQuestion;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new assessment: its day and the typed answer to each question, keyed by the
 * question's name.
 */
public class AssessmentForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate assessedOn;

	private Map<String, String> answers = new HashMap<>();

	/** Today, and the previous assessment's answers to revise. */
	static AssessmentForm from(AssessmentDraft draft, LocalDate today) {
		AssessmentForm form = new AssessmentForm();
		form.assessedOn = today;
		if (draft.previous() != null) {
			draft.previous().answers().forEach((question, answer) -> form.answers.put(question.name(), answer));
		}
		return form;
	}

	AssessmentInput toInput() {
		Map<AssessmentQuestion, String> typed = new EnumMap<>(AssessmentQuestion.class);
		for (AssessmentQuestion question : AssessmentQuestion.values()) {
			String answer = this.answers.get(question.name());
			if (answer != null) {
				typed.put(question, answer);
			}
		}
		return new AssessmentInput(this.assessedOn, typed);
	}

	public LocalDate getAssessedOn() {
		return this.assessedOn;
	}

	public void setAssessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public Map<String, String> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers;
	}

}
