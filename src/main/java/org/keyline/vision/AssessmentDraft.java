package org.keyline.vision;

import org.keyline.account.AccountRef;

/**
 * What a new assessment starts from: what Keyline knows now, and the latest assessment
 * (null for the first) whose answers the form offers to revise.
 */
public record AssessmentDraft(AccountRef account, KnownAnswers known, AssessmentView previous) {

	public AssessmentQuestion[] questions() {
		return AssessmentQuestion.values();
	}

}
