package org.keyline.journeys;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactInput;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.LinkManagement;
import org.keyline.relationship.LinkStrength;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a journey finds in place before its person signs in: people of their own (unique
 * names) and accounts of their own, so that the journeys pass in any order and next to
 * every other test on the shared test database. Made through the modules' services, as
 * the application would have made it; only the passing of time (a link last used months
 * ago, a review that fell due) is written in SQL.
 */
final class JourneyData {

	final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	private final TestUsers users;

	private final AccountManagement accounts;

	private final ContactManagement contacts;

	private final LinkManagement links;

	private final JdbcTemplate jdbc;

	JourneyData(TestUsers users, AccountManagement accounts, ContactManagement contacts, LinkManagement links,
			JdbcTemplate jdbc) {
		this.users = users;
		this.accounts = accounts;
		this.contacts = contacts;
		this.links = links;
		this.jdbc = jdbc;
	}

	/** A new user with these roles and the test password. */
	Viewer user(String prefix, Role... roles) {
		String username = this.users.create(prefix, roles);
		return new Viewer(this.users.idOf(username), username, EnumSet.of(roles[0], roles));
	}

	/** The name people see for a user made by {@link #user}. */
	static String displayName(Viewer user) {
		return "Test " + user.username();
	}

	/**
	 * A new account owned by this manager, with a unique name starting with the prefix.
	 */
	Named account(String prefix, Viewer owner) {
		String name = Accounts.uniqueName(prefix);
		return new Named(this.accounts.create(Accounts.aProfile(name), null, owner), name);
	}

	/** Puts the member on the account's team since {@code days} days ago. */
	void team(long account, Viewer member, int days, Viewer owner) {
		this.accounts.addTeamMember(account, member.userId(), TeamRole.ACCOUNT_DEVELOPMENT, null,
				this.today.minusDays(days), null, owner);
	}

	void mentor(long account, Viewer mentor, Viewer director) {
		this.accounts.assignMentor(account, mentor.userId(), director);
	}

	/** An executive decision maker who supports us. */
	long executive(long account, String name, String title, Viewer who) {
		return this.contacts.create(account, new ContactInput(name, title, "Management", ContactLevel.EXECUTIVE,
				BuyingRole.DECISION_MAKER, Attitude.SUPPORTER, 5, null, null, null, false, null), who);
	}

	/**
	 * A trusted link of our person to the contact, last used {@code daysAgo} days ago.
	 */
	void link(long account, Viewer ours, long contact, int daysAgo, Viewer who) {
		long link = this.links.add(account, ours.userId(), contact, LinkStrength.TRUSTED, who);
		this.jdbc.update("update relationship_link set last_interaction_on = ? where id = ?",
				this.today.minusDays(daysAgo), link);
	}

	/** A strategy review of the account that set the next one {@code days} from today. */
	void reviewed(long account, Viewer reviewer, int days) {
		LocalDate next = this.today.plusDays(days);
		this.jdbc.update("""
				insert into review_strategy_review (account_id, reviewed_on, assessment, next_review_on, reviewer_id,
				    created_at, created_by) values (?, ?, 'Sound strategy; watch the renewal.', ?, ?, now(), 'test')""",
				account, next.minusDays(90), next, reviewer.userId());
	}

	record Named(long id, String name) {
	}

}
