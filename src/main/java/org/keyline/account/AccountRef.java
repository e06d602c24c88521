package org.keyline.account;

/**
 * An account as other modules see it: its id and name, and what the viewer may do with
 * it. {@code can.editProfile()} is "works on this account" (director, owner, current team
 * member); a mentor only reads.
 */
public record AccountRef(long id, String name, AccountDetails.Permissions can) {

	/**
	 * Whether the viewer may add and change the account's contacts, links and
	 * interactions.
	 */
	public boolean contributes() {
		return this.can.editProfile();
	}

}
