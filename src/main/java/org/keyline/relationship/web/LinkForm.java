package org.keyline.relationship.web;

import jakarta.validation.constraints.NotNull;
import org.keyline.relationship.LinkStrength;

/**
 * Links one of our people to one of the customer's.
 */
public class LinkForm {

	@NotNull(message = "{link.user.required}")
	private Long userId;

	@NotNull(message = "{link.contact.required}")
	private Long contactId;

	@NotNull(message = "{link.strength.required}")
	private LinkStrength strength = LinkStrength.ACQUAINTED;

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public Long getContactId() {
		return this.contactId;
	}

	public void setContactId(Long contactId) {
		this.contactId = contactId;
	}

	public LinkStrength getStrength() {
		return this.strength;
	}

	public void setStrength(LinkStrength strength) {
		this.strength = strength;
	}

}
