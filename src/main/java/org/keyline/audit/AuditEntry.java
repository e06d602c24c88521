package org.keyline.audit;

import java.time.Instant;
import java.util.List;

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
	 * only the fact of the change is recorded (a password).
	 */
	public record FieldChange(String field, String before, String after, boolean masked) {

		/**
		 * The field's name in words, when no message names it: "cost_to_serve" is "Cost
		 * to serve".
		 */
		public String label() {
			String words = this.field.replace('_', ' ');
			return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

	}

}
