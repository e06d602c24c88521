package org.keyline.relationship;

/**
 * One contact in the account's contact list.
 *
 * @param former the contact has left the company
 * @param reportsToName the manager's name, or null
 */
public record ContactRow(long id, String name, String title, String department, ContactLevel level,
		BuyingRole buyingRole, Attitude attitude, int influence, Long reportsToId, String reportsToName,
		boolean former) {
}
