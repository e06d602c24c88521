package org.keyline.relationship;

/**
 * A current contact of an account, as a choice in a form.
 */
public record ContactChoice(long id, String name, String title) {

	/** The name with the title, if any: "Ada Lovelace (CTO)". */
	public String label() {
		return (this.title == null) ? this.name : this.name + " (" + this.title + ")";
	}

}
