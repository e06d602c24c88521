package org.keyline.relationship;

import java.util.List;

import org.keyline.account.AccountRef;

/**
 * The contacts page: the account, and its contacts sorted by level then name.
 *
 * @param former whether contacts who left are included
 */
public record ContactList(AccountRef account, boolean former, List<ContactRow> contacts) {
}
