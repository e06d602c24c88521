package org.keyline.account;

import java.util.List;

/**
 * Accounts were created or changed by an import, all in one transaction: one event for
 * the whole file instead of an {@link AccountDataChanged} per row, so that modules that
 * derive something from account data (the grading, the coverage summaries) can bring many
 * accounts up to date set-based. Published in the transaction that wrote them.
 *
 * @param accountIds the accounts created or changed
 */
public record AccountsImported(List<Long> accountIds) {

	public AccountsImported {
		accountIds = List.copyOf(accountIds);
	}

}
