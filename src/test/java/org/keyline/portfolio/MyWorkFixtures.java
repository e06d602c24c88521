package org.keyline.portfolio;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for "my work": accounts through the account module, plans, actions, contacts,
 * links and reviews written in SQL (the tables of other modules, as the read model reads
 * them).
 */
final class MyWorkFixtures {

	private final AccountManagement accounts;

	private final JdbcTemplate jdbc;

	final LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

	MyWorkFixtures(AccountManagement accounts, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	long account(Viewer manager, String prefix) {
		return this.accounts.create(Accounts.aProfile(Accounts.uniqueName(prefix)), null, manager);
	}

	void team(long accountId, Viewer member, Viewer owner) {
		this.accounts.addTeamMember(accountId, member.userId(), TeamRole.ACCOUNT_SUPPORT, null, this.today.minusDays(7),
				null, owner);
	}

	void mentor(long accountId, Viewer mentor, Viewer director) {
		this.accounts.assignMentor(accountId, mentor.userId(), director);
	}

	/** A plan in this state, with one objective and one strategy. */
	long plan(long accountId, String status, String title) {
		Instant now = Instant.now();
		Long planId = this.jdbc.queryForObject("""
				insert into plan_plan (account_id, title, horizon_from, horizon_to, status, submitted_at, created_at,
				    created_by, updated_at) values (?, ?, 2026, 2028, ?, ?, ?, 'test', ?) returning id""", Long.class,
				accountId, title, status, "IN_REVIEW".equals(status) ? Timestamp.from(now) : null, Timestamp.from(now),
				Timestamp.from(now));
		Long objectiveId = this.jdbc.queryForObject("""
				insert into plan_objective (plan_id, position, title, metric, baseline, target, target_on, updated_at)
				values (?, 1, 'Grow', 'Revenue', 1, 2, ?, ?) returning id""", Long.class, planId,
				this.today.plusYears(1), Timestamp.from(now));
		this.jdbc.update("insert into plan_strategy (objective_id, position, description) values (?, 1, 'Do it')",
				objectiveId);
		return planId;
	}

	/**
	 * An action of the plan owned by this user, due in {@code days} (negative: overdue).
	 */
	long action(long planId, Viewer owner, String description, int days, String status) {
		Long strategyId = this.jdbc.queryForObject("""
				select s.id from plan_strategy s join plan_objective o on o.id = s.objective_id
				where o.plan_id = ? order by s.id limit 1""", Long.class, planId);
		return this.jdbc.queryForObject("""
				insert into plan_action (plan_id, strategy_id, description, owner_id, due_on, status, updated_at)
				values (?, ?, ?, ?, ?, ?, now()) returning id""", Long.class, planId, strategyId, description,
				owner.userId(), this.today.plusDays(days), status);
	}

	/** Asks the user to sign the plan's current version off. */
	void signOffRequested(long planId, Viewer user) {
		this.jdbc.update("""
				insert into plan_signoff (plan_id, version_no, user_id, requested_at)
				select id, version_no, ?, now() from plan_plan where id = ?""", user.userId(), planId);
	}

	void comment(long planId, Viewer author, Instant at) {
		this.jdbc.update(
				"insert into plan_comment (plan_id, body, author_id, created_at) values (?, 'Looks good', ?, ?)",
				planId, author.userId(), Timestamp.from(at));
	}

	long contact(long accountId, String name) {
		return this.jdbc.queryForObject(
				"""
						insert into relationship_contact (account_id, name, level, buying_role, attitude, influence, created_at,
						    updated_at) values (?, ?, 'EXECUTIVE', 'DECISION_MAKER', 'NEUTRAL', 3, now(), now()) returning id""",
				Long.class, accountId, name);
	}

	/**
	 * A link of the user to the contact, last used {@code daysAgo} days ago (null:
	 * never).
	 */
	void link(long accountId, Viewer user, long contactId, String strength, Integer daysAgo) {
		this.jdbc.update(
				"""
						insert into relationship_link (account_id, user_id, contact_id, strength, last_interaction_on, updated_at)
						values (?, ?, ?, ?, ?, now())""",
				accountId, user.userId(), contactId, strength,
				(daysAgo != null) ? this.today.minusDays(daysAgo) : null);
	}

	/** A strategy review whose next review is due in {@code days} (negative: overdue). */
	void review(long accountId, Viewer reviewer, int days) {
		LocalDate next = this.today.plusDays(days);
		this.jdbc.update("""
				insert into review_strategy_review (account_id, reviewed_on, assessment, next_review_on, reviewer_id,
				    created_at, created_by) values (?, ?, 'Fine', ?, ?, now(), 'test')""", accountId,
				next.minusDays(90), next, reviewer.userId());
	}

}
