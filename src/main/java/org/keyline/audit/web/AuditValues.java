package org.keyline.audit.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.keyline.audit.AuditEntry;
import org.keyline.audit.AuditedKind;
import org.keyline.shared.CompanyCurrency;
import org.keyline.shared.Money;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A recorded value as the rest of Keyline shows it: "Decision maker" rather than
 * DECISION_MAKER, "Yes" rather than true, "€7,289,992.33" rather than 7289992.33, "Spain"
 * rather than ES. The audit trail records what the database holds; the words for an
 * enumerated field come from the messages its own pages use, named per field by
 * {@code audit.values.KIND.field} in messages.properties. Templates call it as
 * {@code @auditValues}.
 */
@Component("auditValues")
public class AuditValues {

	/** Fields that hold yes or no. */
	private static final Set<String> YES_OR_NO = Set.of("enabled", "left_company", "active", "sponsor_required",
			"agreed_plan_required");

	/** Fields of the economics that hold an amount of money. */
	private static final Set<String> MONEY = Set.of("revenue", "cost_to_serve", "category_spend");

	private final MessageSource messages;

	private final CompanyCurrency money;

	AuditValues(MessageSource messages, CompanyCurrency money) {
		this.messages = messages;
		this.money = money;
	}

	/** The value before, as shown; null for none. */
	public String before(AuditedKind kind, AuditEntry.FieldChange change) {
		return (change.beforeName() != null) ? change.beforeName() : shown(kind, change.field(), change.beforeShown());
	}

	/** The value after, as shown; null for none. */
	public String after(AuditedKind kind, AuditEntry.FieldChange change) {
		return (change.afterName() != null) ? change.afterName() : shown(kind, change.field(), change.afterShown());
	}

	/**
	 * A value of a field of a kind as people read it; the value itself when no rule fits.
	 */
	String shown(AuditedKind kind, String field, String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		Locale locale = LocaleContextHolder.getLocale();
		if (YES_OR_NO.contains(field) && ("true".equals(value) || "false".equals(value))) {
			return this.messages.getMessage("audit.value." + value, null, value, locale);
		}
		if (kind == AuditedKind.ECONOMICS && MONEY.contains(field)) {
			try {
				return this.money.exact(new Money(new BigDecimal(value)));
			}
			catch (IllegalArgumentException ex) {
				return value;
			}
		}
		if (kind == AuditedKind.ACCOUNT && "country".equals(field) && value.length() == 2) {
			String name = new Locale("", value).getDisplayCountry(Locale.ENGLISH);
			return (name.isBlank() || name.equals(value)) ? value : name;
		}
		String prefix = this.messages.getMessage("audit.values." + kind.name() + "." + field, null, null, locale);
		if (prefix != null) {
			return this.messages.getMessage(prefix + value, null, value, locale);
		}
		return value;
	}

}
