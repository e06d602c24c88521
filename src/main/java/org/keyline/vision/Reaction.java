package org.keyline.vision;

/**
 * How the customer reacted when we tried the vision on them, from full endorsement to
 * rejection. Pages show each with its word and an icon, never by colour alone.
 */
public enum Reaction {

	ENDORSED("bi-patch-check"), POSITIVE("bi-hand-thumbs-up"), MIXED("bi-dash-circle"), SCEPTICAL("bi-question-circle"),
	REJECTED("bi-hand-thumbs-down");

	private final String icon;

	Reaction(String icon) {
		this.icon = icon;
	}

	/** The bootstrap icon that goes with the word. */
	public String icon() {
		return this.icon;
	}

}
