package org.keyline.relationship.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The small form on a contact's page: this contact listens to another one.
 */
public class InfluenceForm {

	@NotNull(message = "{contact.influence.to.required}")
	private Long toContactId;

	@Size(max = 200, message = "{contact.influence.note.size}")
	private String note = "";

	public Long getToContactId() {
		return this.toContactId;
	}

	public void setToContactId(Long toContactId) {
		this.toContactId = toContactId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
