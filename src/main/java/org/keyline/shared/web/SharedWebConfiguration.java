package org.keyline.shared.web;

import java.time.Clock;
import java.util.Locale;

import org.keyline.shared.CompanyCurrency;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedWebConfiguration {

	/**
	 * One clock for every module, so that rules about time can be tested.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Keyline's messages ({@code messages.properties}, UTF-8, no fallback to the
	 * machine's locale), with numbers in messages written without a new number format
	 * each time ({@link KeylineMessageSource}).
	 */
	@Bean
	MessageSource messageSource() {
		return new KeylineMessageSource("messages");
	}

	/**
	 * The company currency, {@code keyline.currency} (default EUR); templates write
	 * {@code ${#money.format(amount)}} ({@link MoneyDialect}).
	 */
	@Bean("money")
	CompanyCurrency companyCurrency(@Value("${keyline.currency:EUR}") String code) {
		return new CompanyCurrency(code, Locale.UK);
	}

}
