package org.keyline.relationship;

/**
 * Test data for contacts (an object mother): valid contact inputs.
 */
public final class Contacts {

	private Contacts() {
	}

	/** A current neutral influencer in middle management, reporting to nobody. */
	public static ContactInput aContact(String name) {
		return aContact(name, null);
	}

	/** A current neutral influencer in middle management, reporting to this contact. */
	public static ContactInput aContact(String name, Long reportsToId) {
		return new ContactInput(name, "Head of " + name, "Operations", ContactLevel.MIDDLE_MANAGEMENT,
				BuyingRole.INFLUENCER, Attitude.NEUTRAL, 3, reportsToId, null, null, false, null);
	}

	/** The input with another manager. */
	public static ContactInput reportingTo(ContactInput c, Long reportsToId) {
		return new ContactInput(c.name(), c.title(), c.department(), c.level(), c.buyingRole(), c.attitude(),
				c.influence(), reportsToId, c.email(), c.phone(), c.leftCompany(), c.politicalNotes());
	}

	/** The input marked as having left the company. */
	public static ContactInput left(ContactInput c) {
		return new ContactInput(c.name(), c.title(), c.department(), c.level(), c.buyingRole(), c.attitude(),
				c.influence(), c.reportsToId(), c.email(), c.phone(), true, c.politicalNotes());
	}

	/** The input with another title. */
	public static ContactInput titled(ContactInput c, String title) {
		return new ContactInput(c.name(), title, c.department(), c.level(), c.buyingRole(), c.attitude(), c.influence(),
				c.reportsToId(), c.email(), c.phone(), c.leftCompany(), c.politicalNotes());
	}

}
