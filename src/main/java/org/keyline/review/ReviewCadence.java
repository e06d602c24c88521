package org.keyline.review;

import java.util.Map;

/**
 * How often an account's strategy is reviewed: the service provider interface through
 * which another module (grading, whose tiers set the cadence) decides it.
 *
 * <p>
 * The review module's own implementation gives every account
 * {@code keyline.reviews.cadence-days} (90 by default). To replace it, declare another
 * bean of this type annotated {@link org.springframework.context.annotation.Primary
 * Primary}: the review module injects {@code ReviewCadence} and gets the primary one.
 * Both forms must agree: {@link #daysFor(long)} for one account (the form's default next
 * date) and {@link #daysSql()} for lists across many accounts, which compute due dates in
 * SQL.
 */
public interface ReviewCadence {

	/** The number of days between two reviews of this account; at least 1. */
	int daysFor(long accountId);

	/**
	 * The same as an SQL expression of type integer, for the account aliased {@code a}
	 * ({@code account_account}), e.g. a constant parameter or a scalar subquery on the
	 * account's tier. It may refer to the named parameters of {@link #sqlParameters()}
	 * (prefix their names with {@code cadence} so they clash with nothing).
	 */
	String daysSql();

	/** The named parameters {@link #daysSql()} refers to. */
	Map<String, Object> sqlParameters();

}
