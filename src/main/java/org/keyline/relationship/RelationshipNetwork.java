package org.keyline.relationship;

import java.time.LocalDate;
import java.util.List;

import org.keyline.account.AccountRef;
import org.keyline.account.TeamRole;

/**
 * Who on our side knows whom on theirs, for the relationship map: our people today, the
 * customer's current contacts, and the links between them.
 *
 * @param account the account and what the viewer may do with it
 * @param people the owner first, then the current team
 * @param contacts the current contacts, by level, decision makers and influencers first,
 * then by influence
 * @param links the links of those people to those contacts
 * @param coldBefore a working link whose last interaction is before this day is going
 * cold
 */
public record RelationshipNetwork(AccountRef account, List<Person> people, List<Contact> contacts, List<Link> links,
		LocalDate coldBefore) {

	/** How many links one of our people has. */
	public long linkCount(long userId) {
		return this.links.stream().filter((link) -> link.userId() == userId).count();
	}

	/**
	 * One of our people.
	 *
	 * @param userId the user
	 * @param name their display name
	 * @param owner whether they own the account (key account manager)
	 * @param role their team role, or null for an owner who is not on the team
	 */
	public record Person(long userId, String name, boolean owner, TeamRole role) {
	}

	/**
	 * One of the customer's current contacts.
	 */
	public record Contact(long id, String name, String title, String department, ContactLevel level,
			BuyingRole buyingRole, Attitude attitude, int influence) {
	}

	/**
	 * A link from one of our people to a contact.
	 *
	 * @param cold whether it is of working strength or better and its last interaction is
	 * too long ago or never happened
	 */
	public record Link(long userId, String userName, long contactId, LinkStrength strength, LocalDate lastInteractionOn,
			boolean cold) {
	}

}
