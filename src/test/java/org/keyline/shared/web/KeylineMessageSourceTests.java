package org.keyline.shared.web;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeylineMessageSourceTests {

	private final KeylineMessageSource messages = new KeylineMessageSource("messages");

	@Test
	void writesArgumentsExactlyAsMessageFormatDoes() {
		List<Object> arguments = Arrays.asList(0, 1, 1234567, -42L, 12.5, new BigDecimal("9876543.219"), "a <b> & 'c'",
				LocalDate.of(2026, 12, 6), new Date(0), null, Double.NaN);
		List<String> patterns = List.of("{0}", "{0} overdue, {1} done", "{0,number,#} of {1}", "'{0}' stays, {0} not",
				"{0,choice,0#none|1#one|1<{0} many}", "{0,number,integer} and {1}", "{1}{0}{1}");
		for (String pattern : patterns) {
			for (Object first : arguments) {
				for (Object second : arguments) {
					Object[] args = { first, second };
					assertThat(outcome(() -> this.messages.createMessageFormat(pattern, Locale.UK), args))
						.as("%s with %s", pattern, Arrays.toString(args))
						.isEqualTo(outcome(() -> new MessageFormat(pattern, Locale.UK), args));
				}
			}
		}
	}

	@Test
	void everyMessageOfKeylineReadsAsBefore() {
		Properties all = KeylineMessages.all();
		assertThat(all).hasSizeGreaterThan(1000);
		for (Object[] args : List.of(new Object[] { 1234, 2, 3, 4, 5 }, new Object[] { "x", "y", "z", "w", "v" },
				new Object[] { 0, "one", 1L, LocalDate.of(2026, 1, 31), 7.25 })) {
			for (String key : all.stringPropertyNames()) {
				String pattern = all.getProperty(key);
				assertThat(outcome(() -> this.messages.createMessageFormat(pattern, Locale.UK), args)).as(key)
					.isEqualTo(outcome(() -> new MessageFormat(pattern, Locale.UK), args));
			}
		}
	}

	/**
	 * An apostrophe is written twice in a message with arguments (MessageFormat drops a
	 * single one and quotes what follows it) and once in a message without (Spring writes
	 * it as it stands, doubled or not): "End Dana Director's membership", never
	 * "Directors".
	 */
	@Test
	void everyApostropheOfAMessageIsWritten() {
		Properties all = KeylineMessages.all();
		Locale locale = Locale.UK;
		for (String key : all.stringPropertyNames()) {
			String pattern = all.getProperty(key);
			if (!pattern.matches("(?s).*\\{\\d.*")) {
				assertThat(this.messages.getMessage(key, null, locale)).as(key).doesNotContain("''");
			}
			else if (pattern.matches("(?s)([^{]|\\{\\d\\})*")) {
				Object[] args = { "A0", "A1", "A2", "A3", "A4", "A5" };
				String expected = pattern.replace("''", "'").replaceAll("\\{(\\d)\\}", "A$1");
				assertThat(this.messages.getMessage(key, args, locale)).as(key).isEqualTo(expected);
			}
		}
		for (String key : all.stringPropertyNames()) {
			Object[] counts = { 1234, 2, 3, 4, 5, 6 };
			assertThat(outcome(() -> this.messages.createMessageFormat(all.getProperty(key), locale), counts))
				.as("%s with counts", key)
				.doesNotStartWith("refused");
		}
		assertThat(this.messages.getMessage("team.leave.label", new Object[] { "Dana Director" }, locale))
			.isEqualTo("End Dana Director's membership today");
	}

	@Test
	void resolvesKeylineMessagesWithNumbersAgainAndAgain() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.messages.getMessage("accounts.count", new Object[] { 1234 }, Locale.UK))
				.isEqualTo("1,234 accounts");
			assertThat(this.messages.getMessage("accounts.count", new Object[] { 1 }, Locale.UK))
				.isEqualTo("1 account");
		}
		assertThat(this.messages.getMessage("contacts.count", new Object[] { 25000 }, Locale.UK))
			.isEqualTo("25,000 contacts");
		assertThat(this.messages.getMessage("vision.known.shareOfWallet", new Object[] { 38, 2025 }, Locale.UK))
			.isEqualTo("38% share of wallet (fiscal year 2025)");
		assertThat(this.messages.getMessage("map.links", new Object[] { 1 }, Locale.UK)).isEqualTo("1 link");
		assertThat(this.messages.getMessage("map.links", new Object[] { 3 }, Locale.UK)).isEqualTo("3 links");
		assertThat(this.messages.getMessage("coverage.finding.levelUnlinked", new Object[] { 1, "Ana" }, Locale.UK))
			.startsWith("1 contact at this level");
		assertThat(this.messages.getMessage("coverage.finding.levelUnlinked", new Object[] { 5, "Ana" }, Locale.UK))
			.isEqualTo("5 contacts at this level, none with a working link; most influential: Ana");
	}

	private static String outcome(Supplier<MessageFormat> format, Object[] args) {
		try {
			return format.get().format(args);
		}
		catch (IllegalArgumentException ex) {
			return "refused: " + ex.getClass().getName();
		}
	}

}
