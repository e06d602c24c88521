package org.keyline.audit.web;

import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.keyline.audit.AuditEntry;
import org.keyline.audit.AuditedKind;
import org.keyline.shared.CompanyCurrency;
import org.keyline.shared.web.KeylineMessages;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How the history pages show a recorded value: in the words of Keyline's other pages. */
class AuditValuesTests {

	private final AuditValues values = new AuditValues(messages(), new CompanyCurrency("EUR", Locale.UK));

	@Test
	void anEnumeratedValueInItsWords() {
		assertThat(this.values.shown(AuditedKind.CONTACT, "buying_role", "DECISION_MAKER")).isEqualTo("Decision maker");
		assertThat(this.values.shown(AuditedKind.CONTACT, "level", "EXECUTIVE")).isEqualTo("Executive");
		assertThat(this.values.shown(AuditedKind.ACTION, "status", "IN_PROGRESS")).isEqualTo("In progress");
		assertThat(this.values.shown(AuditedKind.PLAN, "status", "IN_REVIEW")).isNotEqualTo("IN_REVIEW");
		assertThat(this.values.shown(AuditedKind.TEAM_MEMBER, "role", "EXECUTIVE_SPONSOR"))
			.isEqualTo("Executive sponsor");
		assertThat(this.values.shown(AuditedKind.USER_ROLE, "role", "MANAGER")).isEqualTo("Key account manager");
		assertThat(this.values.shown(AuditedKind.LINK, "strength", "WORKING")).isNotEqualTo("WORKING");
		assertThat(this.values.shown(AuditedKind.ACCOUNT, "region", "ASIA_PACIFIC")).isNotEqualTo("ASIA_PACIFIC");
	}

	@Test
	void yesOrNoMoneyAndCountries() {
		assertThat(this.values.shown(AuditedKind.CONTACT, "left_company", "false")).isEqualTo("No");
		assertThat(this.values.shown(AuditedKind.USER, "enabled", "true")).isEqualTo("Yes");
		assertThat(this.values.shown(AuditedKind.ECONOMICS, "revenue", "7289992.33")).isEqualTo("€7,289,992.33");
		assertThat(this.values.shown(AuditedKind.ECONOMICS, "category_spend", "0.00")).isEqualTo("€0.00");
		assertThat(this.values.shown(AuditedKind.ACCOUNT, "country", "ES")).isEqualTo("Spain");
	}

	@Test
	void anythingElseAsItIs() {
		assertThat(this.values.shown(AuditedKind.CONTACT, "name", "DECISION_MAKER")).isEqualTo("DECISION_MAKER");
		assertThat(this.values.shown(AuditedKind.CONTACT, "title", "true")).isEqualTo("true");
		assertThat(this.values.shown(AuditedKind.ACCOUNT, "stage", "NO_SUCH_STAGE")).isEqualTo("NO_SUCH_STAGE");
		assertThat(this.values.shown(AuditedKind.ECONOMICS, "revenue", "lots")).isEqualTo("lots");
		assertThat(this.values.shown(AuditedKind.ECONOMICS, "revenue", "1.234")).isEqualTo("1.234");
		assertThat(this.values.shown(AuditedKind.ACCOUNT, "country", "QQ")).isEqualTo("QQ");
		assertThat(this.values.shown(AuditedKind.ECONOMICS, "fiscal_year", "2025")).isEqualTo("2025");
		assertThat(this.values.shown(AuditedKind.CONTACT, "attitude", null)).isNull();
	}

	@Test
	void aNameOrAMomentComesFirst() {
		AuditEntry.FieldChange moment = new AuditEntry.FieldChange("archived_at", null,
				"2026-12-06T02:50:59.333176+00:00", false);
		assertThat(this.values.after(AuditedKind.ACCOUNT, moment)).isEqualTo("2026-12-06 02:50:59 UTC");
		AuditEntry.FieldChange role = new AuditEntry.FieldChange("role", "SPECIALIST", "EXECUTIVE_SPONSOR", false);
		assertThat(this.values.before(AuditedKind.TEAM_MEMBER, role)).isEqualTo("Specialist");
	}

	/** Every field named in messages.properties points at messages that exist. */
	@Test
	void everyNamedFieldHasItsWords() {
		Properties all = KeylineMessages.all();
		long named = 0;
		for (String key : all.stringPropertyNames()) {
			if (key.startsWith("audit.values.")) {
				named++;
				String[] parts = key.split("\\.");
				assertThat(AuditedKind.valueOf(parts[2])).as(key).isNotNull();
				String prefix = all.getProperty(key);
				assertThat(all.stringPropertyNames()).as(key).anyMatch((other) -> other.startsWith(prefix));
			}
		}
		assertThat(named).isGreaterThanOrEqualTo(15);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
