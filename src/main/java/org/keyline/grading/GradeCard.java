package org.keyline.grading;

/**
 * What the account page's grade card shows: the account's grade and the scheme it was
 * read with (the guidance text of each level of a hand-scored criterion), whether the
 * account gets its tier's service, and whether the viewer may set its tier by hand.
 */
public record GradeCard(AccountGrade grade, GradingScheme scheme, ServiceCheck service, boolean canOverride) {

	/** The scheme's criterion with this id, or null if it was retired meanwhile. */
	public GradingScheme.Criterion criterion(long criterionId) {
		return this.scheme.criteria().stream().filter((c) -> c.id() == criterionId).findFirst().orElse(null);
	}

}
