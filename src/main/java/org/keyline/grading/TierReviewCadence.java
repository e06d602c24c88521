package org.keyline.grading;

import java.util.Map;

import org.keyline.review.ReviewCadence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tier sets how often an account's strategy is reviewed: its tier's review cadence,
 * and {@code keyline.reviews.cadence-days} (90) for an account that is not a key account.
 * Replaces the review module's default cadence.
 */
@Primary
@Component
class TierReviewCadence implements ReviewCadence {

	private final JdbcClient jdbc;

	private final int defaultDays;

	TierReviewCadence(JdbcClient jdbc, @Value("${keyline.reviews.cadence-days:90}") int defaultDays) {
		this.jdbc = jdbc;
		this.defaultDays = defaultDays;
	}

	@Override
	public int daysFor(long accountId) {
		return this.jdbc.sql("select " + daysSql() + " from account_account a where a.id = :accountId")
			.params(sqlParameters())
			.param("accountId", accountId)
			.query(Integer.class)
			.optional()
			.orElse(this.defaultDays);
	}

	@Override
	public String daysSql() {
		return "coalesce((select t.review_cadence_days from grading_account_score gs "
				+ "join grading_tier t on t.position = gs.tier_position where gs.account_id = a.id), "
				+ "cast(:cadenceDefaultDays as integer))";
	}

	@Override
	public Map<String, Object> sqlParameters() {
		return Map.of("cadenceDefaultDays", this.defaultDays);
	}

}
