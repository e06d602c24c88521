package org.keyline.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One recorded change.
 *
 * @param id its number; later changes have higher numbers
 * @param at when
 * @param actor the username of who made it, or null when Keyline made it by itself
 * @param actorName their display name, if they are still a user
 * @param kind what was changed (the table)
 * @param recordId which one
 * @param accountId the account it belongs to, or null
 * @param accountName that account's name
 * @param action created, changed or deleted
 * @param changes the fields with their values before and after (for a creation only
 * after, for a deletion only before)
 */
public record AuditEntry(long id, Instant at, String actor, String actorName, AuditedKind kind, String recordId,
		Long accountId, String accountName, Action action, List<FieldChange> changes) {

	public enum Action {

		INSERT, UPDATE, DELETE

	}

	/**
	 * One field: its value before and after, as text; null for none; {@code masked} when
	 * only the fact of the change is recorded (a password). For a field that holds the id
	 * of a user, an account, a contact, a plan, an objective or a strategy
	 * ({@code owner_id}, {@code reports_to_id}, …) or a username ({@code set_by},
	 * {@code submitted_by}, …), {@code beforeName} and {@code afterName} are what it
	 * stands for, when it still exists.
	 */
	public record FieldChange(String field, String before, String after, boolean masked, String beforeName,
			String afterName) {

		private static final Pattern MOMENT = Pattern
			.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

		private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.withZone(ZoneOffset.UTC);

		public FieldChange(String field, String before, String after, boolean masked) {
			this(field, before, after, masked, null, null);
		}

		/**
		 * The field's name in words, when no message names it: "cost_to_serve" is "Cost
		 * to serve".
		 */
		public String label() {
			String words = this.field.replace('_', ' ');
			return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

		/**
		 * The value before as shown: the name an id stands for, a moment in UTC to the
		 * second, else the value.
		 */
		public String beforeShown() {
			return (this.beforeName != null) ? this.beforeName : shown(this.before);
		}

		/**
		 * The value after as shown: the name an id stands for, a moment in UTC to the
		 * second, else the value.
		 */
		public String afterShown() {
			return (this.afterName != null) ? this.afterName : shown(this.after);
		}

		/**
		 * A moment as the database writes it ("2026-12-06T02:50:59.333176+00:00") as
		 * people read it ("2026-12-06 02:50:59 UTC"); any other value as it is.
		 */
		static String shown(String value) {
			if (value == null || value.length() > 40 || !MOMENT.matcher(value).matches()) {
				return value;
			}
			try {
				return SHOWN.format(OffsetDateTime.parse(value));
			}
			catch (DateTimeParseException ex) {
				return value;
			}
		}

		FieldChange named(String beforeName, String afterName) {
			return new FieldChange(this.field, this.before, this.after, this.masked, beforeName, afterName);
		}

	}

	AuditEntry withChanges(List<FieldChange> changes) {
		return new AuditEntry(this.id, this.at, this.actor, this.actorName, this.kind, this.recordId, this.accountId,
				this.accountName, this.action, changes);
	}

}
