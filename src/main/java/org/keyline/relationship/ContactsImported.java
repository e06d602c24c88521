package org.keyline.relationship;

import java.util.List;

/**
 * Contacts were created or changed by an import, all in one transaction: one event for
 * the whole file instead of a {@link RelationshipsChanged} per account, so that what
 * depends on the accounts' contacts (coverage summaries, the grading) is brought up to
 * date set-based.
 *
 * @param accountIds the accounts whose contacts were created or changed
 */
public record ContactsImported(List<Long> accountIds) {

	public ContactsImported {
		accountIds = List.copyOf(accountIds);
	}

}
