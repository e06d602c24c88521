package org.keyline.vision;

import org.keyline.account.AccountRef;

/**
 * What the vision form starts from: the current version, or null for the first one.
 */
public record VisionEdit(AccountRef account, VisionVersionView current) {

	/** The version the form is based on: 0 before the first one. */
	public int basedOn() {
		return (this.current != null) ? this.current.versionNo() : 0;
	}

}
