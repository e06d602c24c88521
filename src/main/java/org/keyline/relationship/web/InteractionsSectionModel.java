package org.keyline.relationship.web;

import java.util.List;
import java.util.Map;

import org.keyline.account.AccountRef;
import org.keyline.relationship.InteractionKind;
import org.keyline.relationship.InteractionView;
import org.keyline.relationship.RecentInteractions;

/**
 * What the interactions section of the account page shows: the latest interactions and,
 * for a contributor, the quick add form as typed with its messages by field, and the
 * interaction just logged (if any).
 */
public record InteractionsSectionModel(AccountRef account, RecentInteractions recent, InteractionForm form,
		Map<String, List<String>> errors, InteractionView logged) {

	public boolean hasErrors(String field) {
		return this.errors.containsKey(field);
	}

	public List<String> errorsOf(String field) {
		return this.errors.getOrDefault(field, List.of());
	}

	public InteractionKind[] kinds() {
		return InteractionKind.values();
	}

	public boolean anyErrors() {
		return !this.errors.isEmpty();
	}

}
