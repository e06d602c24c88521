package org.keyline.review;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The default cadence: the same number of days for every account,
 * {@code keyline.reviews.cadence-days} (90). Replaced by a {@code @Primary}
 * {@link ReviewCadence} of the grading module once tiers set it.
 */
@Component
class ConfiguredReviewCadence implements ReviewCadence {

	private final int days;

	ConfiguredReviewCadence(@Value("${keyline.reviews.cadence-days:90}") int days) {
		if (days < 1) {
			throw new IllegalArgumentException("keyline.reviews.cadence-days must be at least 1, not " + days);
		}
		this.days = days;
	}

	@Override
	public int daysFor(long accountId) {
		return this.days;
	}

	@Override
	public String daysSql() {
		return ":cadenceDays";
	}

	@Override
	public Map<String, Object> sqlParameters() {
		return Map.of("cadenceDays", this.days);
	}

}
