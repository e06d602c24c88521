package org.keyline.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keyline.account.AccountRef;
import org.keyline.plan.PlanView.ActionView;
import org.keyline.plan.PlanView.ObjectiveView;
import org.keyline.plan.PlanView.SignOffView;
import org.keyline.plan.PlanView.StrategyView;
import org.keyline.plan.PlanView.VersionRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan module's SQL read models: a plan page in a fixed number of statements,
 * whatever the number of objectives, strategies and actions.
 */
@Component
class PlanQueries {

	private final JdbcClient jdbc;

	PlanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plans of an account, the open one first, then the closed ones newest first. */
	List<PlanSummary> plans(long accountId) {
		return this.jdbc.sql("""
				select id, title, horizon_from, horizon_to, status, version_no, created_at, agreed_at, closed_at
				from plan_plan where account_id = :accountId
				order by (status = 'CLOSED'), created_at desc, id desc""")
			.param("accountId", accountId)
			.query((rs, row) -> new PlanSummary(rs.getLong("id"), rs.getString("title"), rs.getInt("horizon_from"),
					rs.getInt("horizon_to"), PlanStatus.valueOf(rs.getString("status")), rs.getInt("version_no"),
					instant(rs, "created_at"), instant(rs, "agreed_at"), instant(rs, "closed_at")))
			.list();
	}

	/** The account's open plan at a glance: one statement. */
	Optional<PlanGlance> glance(long accountId, long viewerId, LocalDate today) {
		return this.jdbc
			.sql("""
					select p.id, p.title, p.status, p.version_no, p.horizon_from, p.horizon_to,
					    (select count(*) from plan_objective o where o.plan_id = p.id) as objectives,
					    (select count(*) from plan_action a where a.plan_id = p.id
					        and a.status in ('OPEN', 'IN_PROGRESS') and a.due_on < :today) as overdue,
					    (select count(*) from plan_signoff s where s.plan_id = p.id and s.version_no = p.version_no
					        and s.signed_at is null and p.status = 'IN_REVIEW' and exists (select 1
					            from account_team_member t where t.account_id = p.account_id and t.user_id = s.user_id
					            and t.joined_on <= :today and (t.left_on is null or t.left_on > :today))) as awaited,
					    exists (select 1 from plan_signoff s where s.plan_id = p.id and s.version_no = p.version_no
					        and s.signed_at is null and p.status = 'IN_REVIEW' and s.user_id = :viewerId and exists (select 1
					            from account_team_member t where t.account_id = p.account_id and t.user_id = s.user_id
					            and t.joined_on <= :today and (t.left_on is null or t.left_on > :today))) as awaiting_viewer
					from plan_plan p where p.account_id = :accountId and p.status <> 'CLOSED'""")
			.param("accountId", accountId)
			.param("viewerId", viewerId)
			.param("today", today)
			.query((rs, row) -> new PlanGlance(rs.getLong("id"), rs.getString("title"),
					PlanStatus.valueOf(rs.getString("status")), rs.getInt("version_no"), rs.getInt("horizon_from"),
					rs.getInt("horizon_to"), rs.getInt("objectives"), rs.getInt("overdue"), rs.getInt("awaited"),
					rs.getBoolean("awaiting_viewer")))
			.optional();
	}

	/** The id of the account's open plan, if any. */
	Optional<Long> openPlanId(long accountId) {
		return this.jdbc.sql("select id from plan_plan where account_id = :accountId and status <> 'CLOSED'")
			.param("accountId", accountId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The plan page: five statements (plan, objectives, strategies, actions, sign-offs of
	 * this version) plus one for the earlier versions. Who submitted, overrode, created
	 * and last changed the plan by their display name (the username of someone who is no
	 * longer a user).
	 */
	Optional<PlanView> plan(AccountRef account, long planId, LocalDate today) {
		Optional<PlanRow> found = this.jdbc.sql("""
				select p.id, p.title, p.horizon_from, p.horizon_to, p.status, p.version_no, p.submitted_at,
				    coalesce(sb.display_name, p.submitted_by) as submitted_by, p.agreed_at,
				    coalesce(ob.display_name, p.override_by) as override_by, p.override_reason, p.activated_at,
				    p.closed_at, p.closing_note, p.version, p.created_at,
				    coalesce(cb.display_name, p.created_by) as created_by, p.updated_at,
				    coalesce(ub.display_name, p.updated_by) as updated_by
				from plan_plan p
				left join people_directory sb on sb.username = p.submitted_by
				left join people_directory ob on ob.username = p.override_by
				left join people_directory cb on cb.username = p.created_by
				left join people_directory ub on ub.username = p.updated_by
				where p.id = :id and p.account_id = :accountId""")
			.param("id", planId)
			.param("accountId", account.id())
			.query((rs, row) -> new PlanRow(rs.getLong("id"), rs.getString("title"), rs.getInt("horizon_from"),
					rs.getInt("horizon_to"), PlanStatus.valueOf(rs.getString("status")), rs.getInt("version_no"),
					instant(rs, "submitted_at"), rs.getString("submitted_by"), instant(rs, "agreed_at"),
					rs.getString("override_by"), rs.getString("override_reason"), instant(rs, "activated_at"),
					instant(rs, "closed_at"), rs.getString("closing_note"), rs.getLong("version"),
					instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
					rs.getString("updated_by")))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PlanRow p = found.get();
		return Optional.of(new PlanView(p.id(), account, p.title(), p.horizonFrom(), p.horizonTo(), p.status(),
				p.versionNo(), p.submittedAt(), p.submittedBy(), p.agreedAt(), p.overrideBy(), p.overrideReason(),
				p.activatedAt(), p.closedAt(), p.closingNote(), p.version(), p.createdAt(), p.createdBy(),
				p.updatedAt(), p.updatedBy(), objectives(planId, today),
				signOffs(account.id(), planId, p.versionNo(), today), versions(planId), null));
	}

	/** Objectives with their strategies and actions: three statements. */
	List<ObjectiveView> objectives(long planId, LocalDate today) {
		Map<Long, List<ActionView>> actionsByStrategy = new LinkedHashMap<>();
		this.jdbc.sql("""
				select a.id, a.strategy_id, a.description, a.owner_id, coalesce(d.display_name, '?') as owner_name,
				    a.due_on, a.status, a.done_on, a.version, a.updated_at, a.updated_by
				from plan_action a left join people_directory d on d.id = a.owner_id
				where a.plan_id = :planId
				order by a.due_on, a.id""").param("planId", planId).query((rs, row) -> {
			ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
			LocalDate due = rs.getObject("due_on", LocalDate.class);
			return new ActionView(rs.getLong("id"), rs.getLong("strategy_id"), rs.getString("description"),
					rs.getLong("owner_id"), rs.getString("owner_name"), due, status,
					rs.getObject("done_on", LocalDate.class), rs.getLong("version"),
					status.pending() && due.isBefore(today), instant(rs, "updated_at"), rs.getString("updated_by"));
		}).list().forEach((a) -> actionsByStrategy.computeIfAbsent(a.strategyId(), (k) -> new ArrayList<>()).add(a));
		Map<Long, List<StrategyView>> strategiesByObjective = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.id, s.objective_id, s.description
				from plan_strategy s join plan_objective o on o.id = s.objective_id
				where o.plan_id = :planId
				order by s.position, s.id""")
			.param("planId", planId)
			.query((rs, row) -> new StrategyView(rs.getLong("id"), rs.getLong("objective_id"),
					rs.getString("description"), actionsByStrategy.getOrDefault(rs.getLong("id"), List.of())))
			.list()
			.forEach((s) -> strategiesByObjective.computeIfAbsent(s.objectiveId(), (k) -> new ArrayList<>()).add(s));
		return this.jdbc.sql("""
				select id, position, title, metric, unit, baseline, target, target_on, latest_value, latest_on,
				    version, updated_at, updated_by
				from plan_objective where plan_id = :planId
				order by position, id""")
			.param("planId", planId)
			.query((rs, row) -> new ObjectiveView(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
					rs.getString("metric"), rs.getString("unit"), rs.getBigDecimal("baseline"),
					rs.getBigDecimal("target"), rs.getObject("target_on", LocalDate.class),
					rs.getBigDecimal("latest_value"), rs.getObject("latest_on", LocalDate.class), rs.getLong("version"),
					instant(rs, "updated_at"), rs.getString("updated_by"),
					strategiesByObjective.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * Who was asked to sign this version, and whether they are still on the team (not
	 * leaving today, as {@link #currentTeam}).
	 */
	List<SignOffView> signOffs(long accountId, long planId, int versionNo, LocalDate today) {
		return this.jdbc.sql("""
				select s.user_id, coalesce(d.display_name, '?') as name, s.requested_at, s.signed_at,
				    exists (select 1 from account_team_member t where t.account_id = :accountId
				        and t.user_id = s.user_id and t.joined_on <= :today
				        and (t.left_on is null or t.left_on > :today)) as on_team
				from plan_signoff s left join people_directory d on d.id = s.user_id
				where s.plan_id = :planId and s.version_no = :versionNo
				order by d.display_name, s.user_id""")
			.param("accountId", accountId)
			.param("today", today)
			.param("planId", planId)
			.param("versionNo", versionNo)
			.query((rs, row) -> new SignOffView(rs.getLong("user_id"), rs.getString("name"),
					instant(rs, "requested_at"), instant(rs, "signed_at"), rs.getBoolean("on_team")))
			.list();
	}

	List<VersionRef> versions(long planId) {
		return this.jdbc.sql("""
				select version_no, status, agreed_at, frozen_at, frozen_by
				from plan_version where plan_id = :planId order by version_no""")
			.param("planId", planId)
			.query((rs, row) -> new VersionRef(rs.getInt("version_no"), PlanStatus.valueOf(rs.getString("status")),
					instant(rs, "agreed_at"), instant(rs, "frozen_at"), rs.getString("frozen_by")))
			.list();
	}

	/**
	 * The users on the account's team who sign its plan: those on it today who are not
	 * leaving today (someone whose last day is today is no longer asked or awaited).
	 */
	List<Long> currentTeam(long accountId, LocalDate today) {
		return this.jdbc.sql("""
				select distinct user_id from account_team_member
				where account_id = :accountId and joined_on <= :today and (left_on is null or left_on > :today)""")
			.param("accountId", accountId)
			.param("today", today)
			.query(Long.class)
			.list();
	}

	/**
	 * Whether an objective's target date or an action's due date falls outside these
	 * fiscal years (the rules the plan's objectives and actions were saved under).
	 */
	boolean datesOutside(long planId, int horizonFrom, int horizonTo) {
		return this.jdbc.sql("""
				select exists (select 1 from plan_objective where plan_id = :planId
				        and extract(year from target_on) not between :from and :to)
				    or exists (select 1 from plan_action where plan_id = :planId
				        and extract(year from due_on) not between :from - 1 and :to)""")
			.param("planId", planId)
			.param("from", horizonFrom)
			.param("to", horizonTo)
			.query(Boolean.class)
			.single();
	}

	/** Who may own an action: the account's owner and the current team, by name. */
	List<ActionOwner> actionOwners(long accountId, LocalDate today) {
		return this.jdbc.sql("""
				select d.id, d.display_name from people_directory d
				where d.id in (select owner_id from account_account where id = :accountId)
				   or d.id in (select user_id from account_team_member where account_id = :accountId
				       and joined_on <= :today and (left_on is null or left_on >= :today))
				order by d.display_name, d.id""")
			.param("accountId", accountId)
			.param("today", today)
			.query((rs, row) -> new ActionOwner(rs.getLong("id"), rs.getString("display_name")))
			.list();
	}

	void saveVersion(long planId, int versionNo, PlanStatus status, Instant agreedAt, String overrideBy,
			String overrideReason, String snapshotJson, Instant now, String by) {
		this.jdbc.sql("""
				insert into plan_version (plan_id, version_no, status, agreed_at, override_by, override_reason,
				    snapshot, frozen_at, frozen_by)
				values (:planId, :versionNo, :status, :agreedAt, :overrideBy, :overrideReason, cast(:snapshot as jsonb),
				    :frozenAt, :frozenBy)""")
			.param("planId", planId)
			.param("versionNo", versionNo)
			.param("status", status.name())
			.param("agreedAt", (agreedAt != null) ? Timestamp.from(agreedAt) : null)
			.param("overrideBy", overrideBy)
			.param("overrideReason", overrideReason)
			.param("snapshot", snapshotJson)
			.param("frozenAt", Timestamp.from(now))
			.param("frozenBy", by)
			.update();
	}

	Optional<String> snapshot(long planId, int versionNo) {
		return this.jdbc
			.sql("select snapshot::text from plan_version where plan_id = :planId and version_no = :versionNo")
			.param("planId", planId)
			.param("versionNo", versionNo)
			.query(String.class)
			.optional();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** The plan row, as read for its page. */
	record PlanRow(long id, String title, int horizonFrom, int horizonTo, PlanStatus status, int versionNo,
			Instant submittedAt, String submittedBy, Instant agreedAt, String overrideBy, String overrideReason,
			Instant activatedAt, Instant closedAt, String closingNote, long version, Instant createdAt,
			String createdBy, Instant updatedAt, String updatedBy) {
	}

}
