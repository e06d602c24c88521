package org.keyline.vision;

/**
 * What became of a client requirement inside our company, with an icon that goes with its
 * word on the page.
 */
public enum RequirementStatus {

	RAISED("bi-megaphone"), REPRESENTED("bi-person-raised-hand"), ACCEPTED("bi-check2"), DELIVERED("bi-check2-all"),
	DECLINED("bi-x-circle");

	private final String icon;

	RequirementStatus(String icon) {
		this.icon = icon;
	}

	public String icon() {
		return this.icon;
	}

	/** Whether someone of ours must be named as having represented it. */
	public boolean needsRepresentative() {
		return this == REPRESENTED || this == ACCEPTED || this == DELIVERED;
	}

	/** Whether it is settled, so that its outcome must be told. */
	public boolean needsOutcome() {
		return this == DELIVERED || this == DECLINED;
	}

}
