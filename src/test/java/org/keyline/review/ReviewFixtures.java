package org.keyline.review;

import java.time.LocalDate;

import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for strategy reviews (an object mother): an account with its owner, a team
 * member, a mentor, a director, and outsiders; reviews as recorded by the mentor.
 */
final class ReviewFixtures {

	final Viewer owner;

	final Viewer member;

	final Viewer mentor;

	final Viewer otherMentor;

	final Viewer director;

	final Viewer stranger;

	final long accountId;

	private ReviewFixtures(Viewer owner, Viewer member, Viewer mentor, Viewer otherMentor, Viewer director,
			Viewer stranger, long accountId) {
		this.owner = owner;
		this.member = member;
		this.mentor = mentor;
		this.otherMentor = otherMentor;
		this.director = director;
		this.stranger = stranger;
		this.accountId = accountId;
	}

	/** A fresh account with an owner, a current team member and a mentor. */
	static ReviewFixtures anAccount(AccountManagement accounts, TestUsers users, LocalDate today) {
		Viewer owner = Accounts.aViewer(users, "owner", Role.MANAGER);
		Viewer member = Accounts.aViewer(users, "member", Role.MEMBER);
		Viewer mentor = Accounts.aViewer(users, "mentor", Role.MENTOR);
		Viewer otherMentor = Accounts.aViewer(users, "othermentor", Role.MENTOR);
		Viewer director = Accounts.aViewer(users, "director", Role.DIRECTOR);
		Viewer stranger = Accounts.aViewer(users, "stranger", Role.MANAGER);
		long accountId = accounts.create(Accounts.aProfile(), null, owner);
		accounts.addTeamMember(accountId, member.userId(), TeamRole.ACCOUNT_SUPPORT, null, today.minusDays(7), null,
				owner);
		accounts.assignMentor(accountId, mentor.userId(), director);
		return new ReviewFixtures(owner, member, mentor, otherMentor, director, stranger, accountId);
	}

	/** Another account of the same owner, mentored by the same mentor. */
	long anotherAccount(AccountManagement accounts) {
		long id = accounts.create(Accounts.aProfile(), null, this.owner);
		accounts.assignMentor(id, this.mentor.userId(), this.director);
		return id;
	}

	/** Moves the account's mentor assignments back in time. */
	static void mentorAssignedDaysAgo(JdbcTemplate jdbc, long accountId, int days) {
		jdbc.update("update account_mentor set assigned_at = now() - make_interval(days => ?) where account_id = ?",
				days, accountId);
	}

	/** A review as typed. */
	static NewReview review(LocalDate on, LocalDate next) {
		return new NewReview(on, "The strategy holds: we grow with the customer.", "Meet the CFO.", next);
	}

}
