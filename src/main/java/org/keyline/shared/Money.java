package org.keyline.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money in the company currency (set once in configuration, see
 * {@link CompanyCurrency}), with at most two decimals. Never a floating-point number.
 *
 * @param amount the amount; may be negative (a loss)
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("Money has at most two decimals: " + amount);
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Money of(String amount) {
		return new Money(new BigDecimal(amount));
	}

	public static Money of(long amount) {
		return new Money(BigDecimal.valueOf(amount));
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(other.amount));
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	public boolean isPositive() {
		return this.amount.signum() > 0;
	}

	/**
	 * This amount as a share of another, as a percentage with one decimal; empty when the
	 * other is zero or negative (a share of nothing is unknown, not infinite).
	 */
	public java.util.Optional<BigDecimal> percentOf(Money whole) {
		if (whole == null || whole.amount.signum() <= 0) {
			return java.util.Optional.empty();
		}
		return java.util.Optional
			.of(this.amount.multiply(BigDecimal.valueOf(100)).divide(whole.amount, 1, RoundingMode.HALF_UP));
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

}
