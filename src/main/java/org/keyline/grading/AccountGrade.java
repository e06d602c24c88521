package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An account's grade and why: its score, its tier (null: not a key account; a director's
 * override while it lasts, else the tier the score reaches, {@code scoreTier}), each
 * criterion's part in the score, what would move it to the next tier, and its latest tier
 * changes.
 */
public record AccountGrade(long accountId, boolean graded, BigDecimal score, GradingScheme.Tier tier,
		GradingScheme.Tier nextTier, List<Contribution> contributions, List<Move> movesUp,
		List<TierChange> recentChanges, boolean canScore, GradingScheme.Tier scoreTier, TierOverride override) {

	/** Whether a director's override sets the tier rather than the score. */
	public boolean overridden() {
		return this.override != null;
	}

	/**
	 * A criterion's part: the value it was scored on (null: unknown or not scored yet),
	 * its score 0-100, its share of the total in %, and the points it adds to the score
	 * (score × share).
	 */
	public record Contribution(long criterionId, String name, CriterionKind kind, Metric metric, BigDecimal value,
			BigDecimal score, BigDecimal share, BigDecimal points) {
	}

	/**
	 * A change in one criterion alone that would lift the account into {@code tier}: the
	 * criterion's score must reach {@code scoreNeeded}; for a derived criterion that
	 * means a value of at least {@code valueNeeded}, for a hand-scored one level
	 * {@code levelNeeded}.
	 */
	public record Move(long criterionId, String name, CriterionKind kind, Metric metric, BigDecimal scoreNeeded,
			BigDecimal valueNeeded, Integer levelNeeded, BigDecimal currentValue) {
	}

	/** A change of tier, and why. */
	public record TierChange(String fromTier, String toTier, BigDecimal score, TierCause cause, Instant changedAt) {
	}

}
