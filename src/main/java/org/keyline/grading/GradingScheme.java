package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The grading scheme as everybody may read it: the tiers best first with their thresholds
 * and service, and the active criteria with their weights (normalised: each counts its
 * weight over the sum of weights), bands and guidance.
 */
public record GradingScheme(String naming, long version, Instant updatedAt, String updatedBy, List<Tier> tiers,
		List<Criterion> criteria) {

	public BigDecimal totalWeight() {
		return this.criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A criterion's share of the score in %, e.g. 25.00. */
	public BigDecimal shareOf(Criterion criterion) {
		BigDecimal total = totalWeight();
		return (total.signum() == 0) ? BigDecimal.ZERO
				: criterion.weight().multiply(BigDecimal.valueOf(100)).divide(total, 2, java.math.RoundingMode.HALF_UP);
	}

	/**
	 * A tier and the service its accounts get: how often their strategy is reviewed,
	 * whether they need an executive sponsor and an agreed plan, and how many days may
	 * pass between interactions.
	 */
	public record Tier(int position, String name, BigDecimal threshold, int reviewCadenceDays, boolean sponsorRequired,
			boolean agreedPlanRequired, int interactionTargetDays) {
	}

	/**
	 * A criterion; bands for a derived one (lowest first), guidance for a hand-scored
	 * one.
	 */
	public record Criterion(long id, int position, String name, String description, BigDecimal weight,
			CriterionKind kind, Metric metric, long version, List<Band> bands, Map<Integer, String> guidance) {
	}

	/** A value of at least {@code lowerBound} scores {@code score}. */
	public record Band(BigDecimal lowerBound, int score) {
	}

}
