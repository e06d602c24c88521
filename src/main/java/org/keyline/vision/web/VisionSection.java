package org.keyline.vision.web;

import org.keyline.account.AccountPageSection;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.vision.VisionManagement;

import org.springframework.stereotype.Component;

/**
 * The account vision across the top of the account page: the current statement, its
 * version and the customer's latest reaction, or an invitation to write one. One
 * statement.
 */
@Component
class VisionSection implements AccountPageSection {

	private final VisionManagement visions;

	VisionSection(VisionManagement visions) {
		this.visions = visions;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Placement placement() {
		return Placement.TOP;
	}

	@Override
	public String template() {
		return "vision/section";
	}

	@Override
	public String fragment() {
		return "section";
	}

	@Override
	public Object model(AccountRef account, Viewer viewer) {
		return new VisionSectionModel(account, this.visions.currentOf(account).orElse(null));
	}

}
