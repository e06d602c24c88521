package org.keyline.vision;

import java.util.List;

import org.keyline.account.AccountRef;
import org.keyline.relationship.ContactChoice;

/**
 * The vision page: the current vision (null when none was written), the version shown
 * (the current one unless an earlier one was asked for), every version newest first, the
 * feedback on the shown version, and for a contributor the contacts to choose from.
 */
public record VisionPage(AccountRef account, CurrentVision current, VisionVersionView shown,
		List<VisionVersionView> versions, List<FeedbackView> feedback, List<ContactChoice> contacts) {

	public boolean showingCurrent() {
		return this.shown != null && this.current != null && this.shown.versionNo() == this.current.versionNo();
	}

}
