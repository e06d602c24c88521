package org.keyline.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * The one currency the company reports in ({@code keyline.currency}, an ISO 4217 code),
 * and how amounts are written on pages. Exposed to templates as {@code @money}.
 */
public class CompanyCurrency {

	private final Currency currency;

	private final Locale locale;

	public CompanyCurrency(String code, Locale locale) {
		this.currency = Currency.getInstance(code);
		this.locale = locale;
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
		NumberFormat format = NumberFormat.getCurrencyInstance(this.locale);
		format.setCurrency(this.currency);
		format.setMaximumFractionDigits(0);
		format.setMinimumFractionDigits(0);
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		return format.format(amount);
	}

	/** An amount with its currency and cents: "€1,234,567.89". */
	public String exact(Money money) {
		if (money == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(this.locale);
		format.setCurrency(this.currency);
		return format.format(money.amount());
	}

}
