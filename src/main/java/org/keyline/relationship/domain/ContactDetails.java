package org.keyline.relationship.domain;

import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactLevel;

/**
 * Everything about a contact that the contact form edits.
 */
public record ContactDetails(String name, String title, String department, ContactLevel level, BuyingRole buyingRole,
		Attitude attitude, int influence, Long reportsToId, String email, String phone, boolean leftCompany,
		String politicalNotes) {
}
