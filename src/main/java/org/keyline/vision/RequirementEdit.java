package org.keyline.vision;

import java.time.Instant;

import org.keyline.account.AccountRef;

/**
 * A requirement as saved, for its edit form and for explaining a stale edit.
 */
public record RequirementEdit(long id, AccountRef account, RequirementInput input, long version, String raisedByName,
		String representedByName, String updatedBy, Instant updatedAt) {
}
