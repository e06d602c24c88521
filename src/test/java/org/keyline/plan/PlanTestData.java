package org.keyline.plan;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plans, objectives, strategies, actions and comments straight in the database, for tests
 * that are not about entering them (an object mother for the plan module). It needs no
 * service of the module, so that each part of it can be tested alone.
 */
@TestComponent
public class PlanTestData {

	private final JdbcTemplate jdbc;

	PlanTestData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A plan of the account in this status (DRAFT, IN_REVIEW, AGREED, ACTIVE or CLOSED)
	 * covering 2026 to 2029. An account has at most one plan that is not closed.
	 */
	public long plan(long accountId, String title, String status) {
		Timestamp now = Timestamp.from(Instant.now());
		return this.jdbc.queryForObject("""
				insert into plan_plan (account_id, title, horizon_from, horizon_to, status, created_at, created_by,
				    updated_at, updated_by, closed_at)
				values (?, ?, 2026, 2029, ?, ?, 'test', ?, 'test', ?)
				returning id""", Long.class, accountId, title, status, now, now, "CLOSED".equals(status) ? now : null);
	}

	/** An objective at this position: revenue from 100 to 200 by the end of 2029. */
	public long objective(long planId, int position, String title) {
		return this.jdbc.queryForObject("""
				insert into plan_objective (plan_id, position, title, metric, unit, baseline, target, target_on,
				    updated_at, updated_by)
				values (?, ?, ?, 'Revenue', 'kEUR', ?, ?, ?, now(), 'test')
				returning id""", Long.class, planId, position, title, new BigDecimal("100"), new BigDecimal("200"),
				Date.valueOf(LocalDate.of(2029, 12, 31)));
	}

	public long strategy(long objectiveId, int position, String description) {
		return this.jdbc.queryForObject("""
				insert into plan_strategy (objective_id, position, description)
				values (?, ?, ?)
				returning id""", Long.class, objectiveId, position, description);
	}

	/** An open action of the strategy, owned by this user. */
	public long action(long planId, long strategyId, String description, long ownerId, LocalDate dueOn) {
		return this.jdbc.queryForObject("""
				insert into plan_action (plan_id, strategy_id, description, owner_id, due_on, status, updated_at,
				    updated_by)
				values (?, ?, ?, ?, ?, 'OPEN', now(), 'test')
				returning id""", Long.class, planId, strategyId, description, ownerId, Date.valueOf(dueOn));
	}

	/**
	 * A plan with objectives, each with a strategy and actions owned by this user;
	 * returns the objectives' ids in order.
	 */
	public List<Long> objectives(long planId, int objectives, int actionsEach, long ownerId) {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= objectives; i++) {
			long objectiveId = objective(planId, i, "Objective " + i);
			long strategyId = strategy(objectiveId, 1, "Strategy of objective " + i);
			for (int a = 1; a <= actionsEach; a++) {
				action(planId, strategyId, "Action " + i + "." + a, ownerId, LocalDate.of(2027, 1, a));
			}
			ids.add(objectiveId);
		}
		return ids;
	}

	/** A comment written at this moment, straight in the table. */
	public long comment(long planId, Long objectiveId, Long parentId, String body, long authorId, Instant at) {
		String title = (objectiveId != null)
				? this.jdbc.queryForObject("select title from plan_objective where id = ?", String.class, objectiveId)
				: null;
		return this.jdbc.queryForObject(
				"""
						insert into plan_comment (plan_id, objective_id, objective_title, parent_id, body, author_id, created_at)
						values (?, ?, ?, ?, ?, ?, ?)
						returning id""",
				Long.class, planId, objectiveId, title, parentId, body, authorId, Timestamp.from(at));
	}

	/**
	 * Removes an objective with its strategies and actions: its comments stay, with its
	 * title.
	 */
	public void removeObjective(long objectiveId) {
		this.jdbc.update("delete from plan_objective where id = ?", objectiveId);
	}

}
