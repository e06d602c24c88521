package org.keyline.vision;

import java.util.List;
import java.util.Objects;

import org.keyline.account.AccountRef;

/**
 * Two assessments side by side, question by question, the older on the left; a row is
 * changed when the typed answer or what Keyline knew differs.
 */
public record AssessmentComparison(AccountRef account, AssessmentView left, AssessmentView right, List<Row> rows) {

	static AssessmentComparison of(AccountRef account, AssessmentView left, AssessmentView right) {
		List<Row> rows = java.util.Arrays.stream(AssessmentQuestion.values())
			.map((q) -> new Row(q, left.known().of(q), left.answer(q), right.known().of(q), right.answer(q)))
			.toList();
		return new AssessmentComparison(account, left, right, rows);
	}

	public long changedCount() {
		return this.rows.stream().filter(Row::changed).count();
	}

	/**
	 * One question in both assessments.
	 */
	public record Row(AssessmentQuestion question, KnownAnswers.KnownValue leftKnown, String leftAnswer,
			KnownAnswers.KnownValue rightKnown, String rightAnswer) {

		public boolean answerChanged() {
			return !Objects.equals(this.leftAnswer, this.rightAnswer);
		}

		public boolean knownChanged() {
			return !Objects.equals(this.leftKnown, this.rightKnown);
		}

		public boolean changed() {
			return answerChanged() || knownChanged();
		}

	}

}
