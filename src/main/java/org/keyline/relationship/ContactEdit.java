package org.keyline.relationship;

import java.time.Instant;
import java.util.List;

import org.keyline.account.AccountRef;

/**
 * One contact as saved, for the edit page: its fields, the version to detect a stale
 * edit, who saved it last, and the influence lines from and to it.
 */
public record ContactEdit(AccountRef account, long id, ContactInput input, long version, String updatedBy,
		Instant updatedAt, List<InfluenceLine> influences) {

	/** The people this contact listens to. */
	public List<InfluenceLine> listensTo() {
		return this.influences.stream().filter((line) -> line.fromId() == this.id).toList();
	}

	/** The people who listen to this contact. */
	public List<InfluenceLine> listenedToBy() {
		return this.influences.stream().filter((line) -> line.toId() == this.id).toList();
	}

}
