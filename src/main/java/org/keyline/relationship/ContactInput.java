package org.keyline.relationship;

/**
 * Everything about a contact that a person types in the contact form.
 */
public record ContactInput(String name, String title, String department, ContactLevel level, BuyingRole buyingRole,
		Attitude attitude, int influence, Long reportsToId, String email, String phone, boolean leftCompany,
		String politicalNotes) {
}
