package org.keyline.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.keyline.shared.Money;

/**
 * One fiscal year of an account's economics, with what follows from the figures.
 *
 * @param fiscalYear the year
 * @param revenue our revenue from the customer
 * @param costToServe what serving them cost us
 * @param categorySpend their total spend in our category; null when unknown
 * @param version for detecting concurrent edits
 * @param updatedBy who last changed the year
 * @param updatedAt when
 */
public record AccountEconomics(int fiscalYear, Money revenue, Money costToServe, Money categorySpend, long version,
		String updatedBy, Instant updatedAt) {

	public static AccountEconomics of(int fiscalYear, BigDecimal revenue, BigDecimal costToServe,
			BigDecimal categorySpend, long version, String updatedBy, Instant updatedAt) {
		return new AccountEconomics(fiscalYear, new Money(revenue), new Money(costToServe),
				(categorySpend != null) ? new Money(categorySpend) : null, version, updatedBy, updatedAt);
	}

	/**
	 * Gross margin: revenue less cost to serve; negative when the account loses us money.
	 */
	public Money margin() {
		return this.revenue.minus(this.costToServe);
	}

	/** Gross margin as a percentage of revenue; unknown without revenue. */
	public Optional<BigDecimal> marginPercent() {
		return margin().percentOf(this.revenue);
	}

	/**
	 * Our revenue as a share of their category spend; unknown when the spend is missing
	 * or zero.
	 */
	public Optional<BigDecimal> shareOfWallet() {
		return (this.categorySpend != null) ? this.revenue.percentOf(this.categorySpend) : Optional.empty();
	}

	public boolean lossMaking() {
		return margin().isNegative();
	}

}
