package org.keyline.account;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.keyline.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What follows from one fiscal year's figures, and the rules of {@link Money}.
 */
class AccountEconomicsTests {

	private static AccountEconomics year(String revenue, String costToServe, String categorySpend) {
		return AccountEconomics.of(2025, new BigDecimal(revenue), new BigDecimal(costToServe),
				(categorySpend != null) ? new BigDecimal(categorySpend) : null, 0, "test", Instant.EPOCH);
	}

	@Test
	void marginIsRevenueLessCostToServe() {
		AccountEconomics year = year("1000.50", "400.25", "5000");
		assertThat(year.margin()).isEqualTo(Money.of("600.25"));
		assertThat(year.lossMaking()).isFalse();
	}

	@Test
	void aNegativeMarginIsLossMaking() {
		AccountEconomics year = year("1000", "1200.10", null);
		assertThat(year.margin()).isEqualTo(Money.of("-200.10"));
		assertThat(year.lossMaking()).isTrue();
		assertThat(year.marginPercent()).contains(new BigDecimal("-20.0"));
	}

	@Test
	void breakingEvenIsNotLossMaking() {
		AccountEconomics year = year("500", "500", null);
		assertThat(year.margin()).isEqualTo(Money.ZERO);
		assertThat(year.lossMaking()).isFalse();
		assertThat(year.marginPercent()).contains(new BigDecimal("0.0"));
	}

	@Test
	void marginPercentHasOneDecimalRoundedHalfUp() {
		assertThat(year("300", "100", null).marginPercent()).contains(new BigDecimal("66.7"));
		assertThat(year("300", "200", null).marginPercent()).contains(new BigDecimal("33.3"));
		// 0.10 of 200.00 is exactly 0.05 %: half up gives 0.1 (half even would give 0.0)
		assertThat(year("200.00", "199.90", null).marginPercent()).contains(new BigDecimal("0.1"));
		// 0.30 of 200.00 is exactly 0.15 %: half up gives 0.2 (half down would give 0.1)
		assertThat(year("200.00", "199.70", null).marginPercent()).contains(new BigDecimal("0.2"));
		assertThat(year("200.00", "200.10", null).marginPercent()).contains(new BigDecimal("-0.1"));
	}

	@Test
	void marginPercentIsUnknownWithoutRevenue() {
		AccountEconomics year = year("0", "150", "1000");
		assertThat(year.marginPercent()).isEmpty();
		assertThat(year.margin()).isEqualTo(Money.of("-150"));
		assertThat(year.lossMaking()).isTrue();
	}

	@Test
	void shareOfWalletIsRevenueAsAPercentageOfCategorySpend() {
		assertThat(year("250", "100", "1000").shareOfWallet()).contains(new BigDecimal("25.0"));
		assertThat(year("1000", "100", "3000").shareOfWallet()).contains(new BigDecimal("33.3"));
		assertThat(year("2000", "100", "3000").shareOfWallet()).contains(new BigDecimal("66.7"));
		assertThat(year("0", "0", "3000").shareOfWallet()).contains(new BigDecimal("0.0"));
	}

	@Test
	void shareOfWalletIsUnknownWhenCategorySpendIsMissingOrZero() {
		assertThat(year("250", "100", null).shareOfWallet()).isEmpty();
		assertThat(year("250", "100", "0").shareOfWallet()).isEmpty();
		assertThat(year("250", "100", "0.00").shareOfWallet()).isEmpty();
	}

	@Test
	void moneyHasAtMostTwoDecimals() {
		assertThat(Money.of("12.3").amount()).isEqualTo(new BigDecimal("12.30"));
		assertThat(Money.of("12").amount()).isEqualTo(new BigDecimal("12.00"));
		assertThat(Money.of("12.300")).as("trailing zeros are not significant").isEqualTo(Money.of("12.30"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("12.345"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("0.001"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(new BigDecimal("1.2340")));
	}

	@Test
	void moneyArithmeticIsExact() {
		assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
		assertThat(Money.of("0.30").minus(Money.of("0.10"))).isEqualTo(Money.of("0.20"));
		Money sum = Money.ZERO;
		for (int i = 0; i < 1000; i++) {
			sum = sum.plus(Money.of("0.01"));
		}
		assertThat(sum).isEqualTo(Money.of("10"));
		assertThat(Money.of("9999999999999.99").plus(Money.of("0.01"))).isEqualTo(Money.of("10000000000000"));
	}

	@Test
	void moneyKnowsItsSignAndOrder() {
		assertThat(Money.of("-0.01").isNegative()).isTrue();
		assertThat(Money.ZERO.isNegative()).isFalse();
		assertThat(Money.ZERO.isPositive()).isFalse();
		assertThat(Money.of("0.01").isPositive()).isTrue();
		assertThat(Money.of("2.5")).isGreaterThan(Money.of("2.49"));
	}

	@Test
	void aPercentageOfNothingIsUnknown() {
		assertThat(Money.of("10").percentOf(Money.ZERO)).isEmpty();
		assertThat(Money.of("10").percentOf(Money.of("-5"))).isEmpty();
		assertThat(Money.of("10").percentOf(null)).isEmpty();
		assertThat(Money.of("1").percentOf(Money.of("8"))).contains(new BigDecimal("12.5"));
	}

}
