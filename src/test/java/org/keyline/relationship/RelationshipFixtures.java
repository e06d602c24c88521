package org.keyline.relationship;

import java.time.Instant;
import java.time.LocalDate;

import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.domain.Contact;
import org.keyline.relationship.domain.ContactDetails;
import org.keyline.relationship.domain.ContactRepository;

/**
 * Test data for links and interactions (an object mother): contacts saved through the
 * repository, team members added through the account module.
 */
final class RelationshipFixtures {

	private RelationshipFixtures() {
	}

	/** A current contact of the account. */
	static long contact(ContactRepository contacts, long accountId, String name) {
		return save(contacts, accountId, name, false);
	}

	/** A contact who has left the company. */
	static long formerContact(ContactRepository contacts, long accountId, String name) {
		return save(contacts, accountId, name, true);
	}

	private static long save(ContactRepository contacts, long accountId, String name, boolean left) {
		ContactDetails details = new ContactDetails(name, "Head of " + name, "Operations",
				ContactLevel.MIDDLE_MANAGEMENT, BuyingRole.INFLUENCER, Attitude.NEUTRAL, 3, null, null, null, left,
				null);
		return contacts.save(new Contact(accountId, details, Instant.now(), "test")).getId();
	}

	/** A new member user on the account's team from a week ago, as a viewer. */
	static Viewer teamMember(AccountManagement accounts, TestUsers users, long accountId, Viewer owner,
			LocalDate today) {
		Viewer member = Accounts.aViewer(users, "member", Role.MEMBER);
		accounts.addTeamMember(accountId, member.userId(), TeamRole.ACCOUNT_SUPPORT, null, today.minusDays(7), null,
				owner);
		return member;
	}

}
