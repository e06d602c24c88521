package org.keyline.vision;

import java.time.LocalDate;

import org.keyline.account.AccountManagement;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;

/**
 * An account with an owner, a current team member, a mentor, a director, a stranger (a
 * manager of other accounts) and two current contacts, for the vision module's tests.
 */
final class VisionFixtures {

	final Viewer owner;

	final Viewer member;

	final Viewer mentor;

	final Viewer director;

	final Viewer stranger;

	final long accountId;

	final long ada;

	final long bob;

	private final JdbcTemplate jdbc;

	VisionFixtures(AccountManagement accounts, TestUsers users, JdbcTemplate jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.owner = aViewer(users, "vowner", Role.MANAGER);
		this.member = aViewer(users, "vmember", Role.MEMBER);
		this.mentor = aViewer(users, "vmentor", Role.MENTOR);
		this.director = aViewer(users, "vdirector", Role.DIRECTOR);
		this.stranger = aViewer(users, "vstranger", Role.MANAGER);
		this.accountId = accounts.create(aProfile(), null, this.owner);
		accounts.addTeamMember(this.accountId, this.member.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				today.minusDays(30), null, this.owner);
		accounts.assignMentor(this.accountId, this.mentor.userId(), this.director);
		this.ada = contact(this.accountId, "Ada Quill", false);
		this.bob = contact(this.accountId, "Bob Marsh", false);
	}

	/** A contact of the account; {@code left} when they have left the customer. */
	long contact(long accountId, String name, boolean left) {
		return this.jdbc.queryForObject(
				"""
						insert into relationship_contact (account_id, name, title, level, buying_role, attitude, influence,
						    left_company, created_at, updated_at, updated_by)
						values (?, ?, 'Head of Things', 'MIDDLE_MANAGEMENT', 'INFLUENCER', 'NEUTRAL', 3, ?, now(), now(), 'test')
						returning id""",
				Long.class, accountId, name, left);
	}

	/** A link between one of our people and a contact. */
	void link(long accountId, long userId, long contactId) {
		this.jdbc.update(
				"""
						insert into relationship_link (account_id, user_id, contact_id, strength, version, updated_at, updated_by)
						values (?, ?, ?, 'WORKING', 0, now(), 'test')""",
				accountId, userId, contactId);
	}

}
