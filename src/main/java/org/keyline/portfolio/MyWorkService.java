package org.keyline.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keyline.account.Viewer;
import org.keyline.grading.ServiceCompliance;
import org.keyline.people.Role;
import org.keyline.relationship.CoverageAnalysis;
import org.keyline.relationship.LinkStrength;
import org.keyline.review.ReviewCadence;
import org.keyline.shared.DataVersionCache;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work", the home page: what each of the viewer's roles has to deal with.
 *
 * <p>
 * A read model across modules: it reads the tables of account, plan, review,
 * relationship, grading and people in SQL (JdbcClient), which the top-level module
 * {@code portfolio} may do, and it reuses their definitions:
 * <ul>
 * <li>overdue action: open or in progress, due before today, on the account's open plan
 * (as {@code plan.PlanQueries});</li>
 * <li>review due date: the latest review's next date, or the first mentor's assignment
 * plus the {@link ReviewCadence} (as {@code review.ReviewQueries}); overdue when before
 * today;</li>
 * <li>link going cold: a working (or better) link of one of our people (owner or team of
 * today) to a current contact, with no interaction for
 * {@link CoverageAnalysis#coldAfterDays()} days or none at all (as
 * {@link CoverageAnalysis}'s GOING_COLD rule);</li>
 * <li>tier service missed: the grading module's {@link ServiceCompliance} (a key account
 * whose review is overdue or has no due date, that lacks the executive sponsor or agreed
 * plan its tier requires, or whose last interaction is older than its tier's target; the
 * definition {@code GradingManagement.serviceCheck} uses for one account).</li>
 * </ul>
 * Each role's section runs a fixed number of statements whatever the data: manager 5,
 * member 3, mentor 3, director 2, admin 1.
 */
@Service
public class MyWorkService {

	/** Lines shown per list. */
	public static final int LIMIT = 10;

	/** Days ahead in which a review counts as due soon (as the reviews-due page). */
	public static final int DUE_SOON_DAYS = 30;

	/** Days in review after which a plan counts as waiting long for its sign-offs. */
	public static final int LONG_IN_REVIEW_DAYS = 14;

	/** Days ahead in which an ending override is worth a director's look. */
	public static final int OVERRIDE_HORIZON_DAYS = 30;

	/** Days in which a plan's change is recent enough for a mentor to look at it. */
	public static final int RECENT_PLAN_DAYS = 14;

	private static final String OPEN = "('OPEN', 'IN_PROGRESS')";

	private static final String OWNED = "a.owner_id = :viewerId";

	private static final String ON_TEAM = "exists (select 1 from account_team_member t where t.account_id = a.id "
			+ "and t.user_id = :viewerId and t.joined_on <= :today and (t.left_on is null or t.left_on >= :today))";

	private static final String MENTORED = "exists (select 1 from account_mentor m where m.account_id = a.id "
			+ "and m.mentor_id = :viewerId)";

	private final JdbcClient jdbc;

	private final ReviewCadence cadence;

	private final CoverageAnalysis coverage;

	private final Clock clock;

	private final DataVersionCache cache;

	MyWorkService(JdbcClient jdbc, ReviewCadence cadence, CoverageAnalysis coverage, Clock clock,
			DataVersionCache cache) {
		this.jdbc = jdbc;
		this.cadence = cadence;
		this.coverage = coverage;
		this.clock = clock;
		this.cache = cache;
	}

	/**
	 * What each of the viewer's roles needs, a fixed number of statements per role; kept
	 * while the data does not change ({@link DataVersionCache}), for the viewer, the day
	 * and the minute: the moments it compares with (sign-in locks, plans waiting since)
	 * are taken to the minute, so a view is reused for at most a minute of the clock.
	 */
	@Transactional(readOnly = true)
	public MyWork of(Viewer viewer) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		return this.cache.get(new Kept(viewer, now), () -> of(viewer, today, now));
	}

	private MyWork of(Viewer viewer, LocalDate today, Instant now) {
		Map<String, Object> params = params(viewer, today, now);
		boolean member = viewer.roles().contains(Role.MEMBER);
		boolean mentor = viewer.roles().contains(Role.MENTOR);
		boolean admin = viewer.roles().contains(Role.ADMIN);
		return new MyWork(viewer.isManager() ? manager(params) : null, member ? member(params) : null,
				mentor ? mentor(params) : null, viewer.isDirector() ? director(params) : null,
				admin ? admin(params) : null, today);
	}

	/** What a viewer's page depends on besides the data. */
	private record Kept(Viewer viewer, Instant minute) {
	}

	private Map<String, Object> params(Viewer viewer, LocalDate today, Instant now) {
		Map<String, Object> params = new HashMap<>(this.cadence.sqlParameters());
		params.put("viewerId", viewer.userId());
		params.put("today", today);
		params.put("horizon", today.plusDays(DUE_SOON_DAYS));
		params.put("coldBefore", today.minusDays(this.coverage.coldAfterDays()));
		params.put("working",
				Arrays.stream(LinkStrength.values()).filter(LinkStrength::atLeastWorking).map(Enum::name).toList());
		params.put("limit", LIMIT);
		params.put("now", Timestamp.from(now));
		params.put("longAgo", Timestamp.from(now.minus(LONG_IN_REVIEW_DAYS, ChronoUnit.DAYS)));
		params.put("recently", Timestamp.from(now.minus(RECENT_PLAN_DAYS, ChronoUnit.DAYS)));
		params.put("overrideHorizon", today.plusDays(OVERRIDE_HORIZON_DAYS));
		return params;
	}

	// ------------------------------------------------------------ roles

	private MyWork.Manager manager(Map<String, Object> params) {
		return new MyWork.Manager(accounts(OWNED, params), overdueActions(params), reviewsDue(OWNED, params),
				coldLinks(params), managerPlans(params), this.coverage.coldAfterDays());
	}

	private MyWork.Member member(Map<String, Object> params) {
		return new MyWork.Member(memberActions(params), accounts(ON_TEAM, params), signOffs(params));
	}

	private MyWork.Mentor mentor(Map<String, Object> params) {
		return new MyWork.Mentor(reviewsDue(MENTORED, params), plansToComment(params), accounts(MENTORED, params));
	}

	private MyWork.Director director(Map<String, Object> params) {
		List<MyWork.TierLine> tiers = this.jdbc.sql("""
				select s.tier_position, t.name, count(*) as accounts, coalesce(sum(a.current_revenue), 0) as revenue
				from account_account a
				left join grading_account_score s on s.account_id = a.id
				left join grading_tier t on t.position = s.tier_position
				where a.archived_at is null
				group by s.tier_position, t.name
				order by s.tier_position nulls last""")
			.query((rs, n) -> new MyWork.TierLine(rs.getObject("tier_position", Integer.class), rs.getString("name"),
					rs.getLong("accounts"), rs.getBigDecimal("revenue")))
			.list();
		MyWork.Exceptions exceptions = this.jdbc
			.sql("""
					select (select count(*) from (%s) c where c.missed) as service_missed,
					    (select count(*) from account_account a
					%s
					        where a.archived_at is null and (last.account_id is not null or first_mentor.account_id is not null)
					        and %s < :today) as reviews_overdue,
					    (select count(*) from plan_plan p join account_account a on a.id = p.account_id
					        where a.archived_at is null and p.status = 'IN_REVIEW' and p.submitted_at < :longAgo)
					        as plans_waiting,
					    (select count(*) from grading_override o join account_account a on a.id = o.account_id
					        where a.archived_at is null and o.ended_at is null and o.expires_on <= :overrideHorizon)
					        as overrides_expiring,
					    (select count(*) from account_account a where a.archived_at is null and a.current_margin < 0)
					        as loss_making"""
				.formatted(ServiceCompliance.ACTIVE, DUE_JOINS, joinedDueOn()))
			.params(params)
			.query((rs, n) -> new MyWork.Exceptions(rs.getLong("service_missed"), rs.getLong("reviews_overdue"),
					rs.getLong("plans_waiting"), rs.getLong("overrides_expiring"), rs.getLong("loss_making")))
			.single();
		return new MyWork.Director(tiers, exceptions);
	}

	private MyWork.Admin admin(Map<String, Object> params) {
		return this.jdbc.sql("""
				select count(*) filter (where d.enabled) as active, count(*) filter (where not d.enabled) as disabled,
				    (select count(*) from people_sign_in_throttle th join people_directory u on u.username = th.username
				        where th.locked_until > :now) as locked
				from people_directory d""")
			.params(params)
			.query((rs, n) -> new MyWork.Admin(rs.getLong("active"), rs.getLong("disabled"), rs.getLong("locked")))
			.single();
	}

	// ------------------------------------------------------------ accounts and alerts

	/** When the account {@code a}'s next review is due (active accounts only). */
	private String dueOn() {
		return """
				coalesce((select r.next_review_on from review_strategy_review r where r.account_id = a.id
				        order by r.reviewed_on desc, r.id desc limit 1),
				    (select cast(min(m.assigned_at) at time zone 'UTC' as date) from account_mentor m
				        where m.account_id = a.id) + cast((%s) as integer))""".formatted(this.cadence.daysSql());
	}

	/**
	 * The latest review ({@code last}) and the first mentor ({@code first_mentor}) of the
	 * account {@code a}, grouped (small tables) for lists over many accounts.
	 */
	private static final String DUE_JOINS = """
			left join (select distinct on (r.account_id) r.account_id, r.reviewed_on, r.next_review_on
			    from review_strategy_review r order by r.account_id, r.reviewed_on desc, r.id desc) last
			    on last.account_id = a.id
			left join (select m.account_id, cast(min(m.assigned_at) at time zone 'UTC' as date) as since
			    from account_mentor m group by m.account_id) first_mentor on first_mentor.account_id = a.id""";

	/** {@link #dueOn()} with {@link #DUE_JOINS}: none without a review or a mentor. */
	private String joinedDueOn() {
		return """
				coalesce(last.next_review_on, case when first_mentor.since is not null
				    then first_mentor.since + cast((%s) as integer) end)""".formatted(this.cadence.daysSql());
	}

	/**
	 * The accounts that match, those with alerts first, then by tier and name.
	 *
	 * <p>
	 * Alerts are computed only for the accounts needed: the matching accounts are sorted
	 * first (materialized, cheap), then read in that order with their alerts looked up
	 * per account (index lookups) until enough accounts with alerts are found; accounts
	 * without alerts are read only when fewer than {@link #LIMIT} have any. The laterals
	 * are fenced ({@code offset 0}) so that they stay per-account lookups in a nested
	 * loop over the sorted accounts (the order that "the first accounts with alerts"
	 * relies on) and are never turned into joins over every account.
	 */
	private MyWork.Listing<MyWork.AccountLine> accounts(String condition, Map<String, Object> params) {
		List<Long> total = new ArrayList<>();
		List<MyWork.AccountLine> rows = this.jdbc
			.sql("""
					with ordered as materialized (
					    select a.id, a.name, gs.tier_position, t.name as tier_name, coalesce(gs.overridden, false) as overridden
					    from account_account a
					    left join grading_account_score gs on gs.account_id = a.id
					    left join grading_tier t on t.position = gs.tier_position
					    where a.archived_at is null and %s
					    order by gs.tier_position nulls last, lower(a.name), a.id),
					lines as (
					    select o.*, x.overdue_actions, x.due_on, x.due_on < :today as review_overdue, x.cold_links,
					        coalesce(sc.missed, false) as service_missed,
					        (x.overdue_actions > 0 or x.due_on < :today is true or x.cold_links > 0
					            or coalesce(sc.missed, false)) as alert
					    from ordered o
					    cross join lateral (
					        select %s as due_on,
					            (select count(*) from plan_action pa join plan_plan p on p.id = pa.plan_id
					                where p.account_id = a.id and p.status <> 'CLOSED' and pa.status in %s
					                and pa.due_on < :today) as overdue_actions,
					            (select count(*) from relationship_link l join relationship_contact c on c.id = l.contact_id
					                where l.account_id = a.id and not c.left_company and l.strength in (:working)
					                and (l.last_interaction_on is null or l.last_interaction_on < :coldBefore)
					                and (l.user_id = a.owner_id or exists (select 1 from account_team_member tm
					                    where tm.account_id = a.id and tm.user_id = l.user_id and tm.joined_on <= :today
					                    and (tm.left_on is null or tm.left_on >= :today)))) as cold_links
					        from account_account a where a.id = o.id offset 0) x
					    left join lateral (%s offset 0) sc on true),
					alerted as (select * from lines l where l.alert limit :limit),
					calm as (select * from lines l where not l.alert and (select count(*) from alerted) < :limit limit :limit)
					select p.*, (select count(*) from ordered) as total
					from (select * from alerted union all select * from calm) p
					order by p.alert desc, p.tier_position nulls last, lower(p.name), p.id
					limit :limit"""
				.formatted(condition, dueOn(), OPEN, ServiceCompliance.sql("a.id = o.id")))
			.params(params)
			.query(totalled(total, (rs) -> new MyWork.AccountLine(rs.getLong("id"), rs.getString("name"),
					rs.getObject("tier_position", Integer.class), rs.getString("tier_name"),
					rs.getBoolean("overridden"), rs.getInt("overdue_actions"), rs.getObject("due_on", LocalDate.class),
					rs.getBoolean("review_overdue"), rs.getInt("cold_links"), rs.getBoolean("service_missed"))))
			.list();
		return listing(rows, total);
	}

	/**
	 * Overdue actions of the open plans of the accounts the manager owns, most late
	 * first.
	 */
	private MyWork.Listing<MyWork.ActionLine> overdueActions(Map<String, Object> params) {
		return actions("a.owner_id = :viewerId and pa.due_on < :today", params);
	}

	/**
	 * The member's own open actions on the accounts whose team they are on today: overdue
	 * first, then by due date.
	 */
	private MyWork.Listing<MyWork.ActionLine> memberActions(Map<String, Object> params) {
		return actions("pa.owner_id = :viewerId and " + ON_TEAM, params);
	}

	private MyWork.Listing<MyWork.ActionLine> actions(String condition, Map<String, Object> params) {
		List<Long> total = new ArrayList<>();
		List<MyWork.ActionLine> rows = this.jdbc.sql("""
				select pa.id, a.id as account_id, a.name as account_name, p.id as plan_id, pa.description, pa.due_on,
				    pa.status, d.display_name as owner_name, greatest(cast(:today as date) - pa.due_on, 0) as late,
				    count(*) over () as total
				from plan_action pa
				join plan_plan p on p.id = pa.plan_id
				join account_account a on a.id = p.account_id
				left join people_directory d on d.id = pa.owner_id
				where a.archived_at is null and p.status <> 'CLOSED' and pa.status in %s and %s
				order by pa.due_on, lower(a.name), pa.id
				limit :limit""".formatted(OPEN, condition))
			.params(params)
			.query(totalled(total,
					(rs) -> new MyWork.ActionLine(rs.getLong("id"), rs.getLong("account_id"),
							rs.getString("account_name"), rs.getLong("plan_id"), rs.getString("description"),
							rs.getObject("due_on", LocalDate.class), rs.getString("status"), rs.getString("owner_name"),
							rs.getLong("late"))))
			.list();
		return listing(rows, total);
	}

	/**
	 * Reviews overdue or due in the next days on the accounts that match, most late
	 * first.
	 */
	private MyWork.Listing<MyWork.ReviewLine> reviewsDue(String condition, Map<String, Object> params) {
		List<Long> total = new ArrayList<>();
		List<MyWork.ReviewLine> rows = this.jdbc.sql("""
				select due.*, count(*) over () as total from (
				    select a.id, a.name, %s as due_on, last.reviewed_on
				    from account_account a
				%s
				    where a.archived_at is null and (last.account_id is not null or first_mentor.account_id is not null)
				      and %s) due
				where due_on <= :horizon
				order by due_on, lower(name), id""".formatted(joinedDueOn(), DUE_JOINS, condition) + "\nlimit :limit")
			.params(params)
			.query(totalled(total, (rs) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				LocalDate today = (LocalDate) params.get("today");
				return new MyWork.ReviewLine(rs.getLong("id"), rs.getString("name"), due,
						rs.getObject("reviewed_on", LocalDate.class),
						Math.max(0, today.toEpochDay() - due.toEpochDay()));
			}))
			.list();
		return listing(rows, total);
	}

	/**
	 * Links going cold on the accounts the manager owns, the coldest first: the links of
	 * each account looked up by its index (fenced, rather than a scan of every link).
	 */
	private MyWork.Listing<MyWork.ColdLink> coldLinks(Map<String, Object> params) {
		List<Long> total = new ArrayList<>();
		List<MyWork.ColdLink> rows = this.jdbc.sql("""
				select a.id as account_id, a.name as account_name, c.id as contact_id, c.name as contact_name,
				    u.display_name as user_name, l.last_interaction_on, count(*) over () as total
				from account_account a
				cross join lateral (select l.* from relationship_link l where l.account_id = a.id
				    and l.strength in (:working)
				    and (l.last_interaction_on is null or l.last_interaction_on < :coldBefore) offset 0) l
				join relationship_contact c on c.id = l.contact_id
				left join people_directory u on u.id = l.user_id
				where a.owner_id = :viewerId and a.archived_at is null and not c.left_company
				  and (l.user_id = a.owner_id or exists (select 1 from account_team_member tm
				      where tm.account_id = a.id and tm.user_id = l.user_id and tm.joined_on <= :today
				      and (tm.left_on is null or tm.left_on >= :today)))
				order by l.last_interaction_on nulls first, lower(a.name), lower(c.name), l.id
				limit :limit""")
			.params(params)
			.query(totalled(total,
					(rs) -> new MyWork.ColdLink(rs.getLong("account_id"), rs.getString("account_name"),
							rs.getLong("contact_id"), rs.getString("contact_name"), rs.getString("user_name"),
							rs.getObject("last_interaction_on", LocalDate.class))))
			.list();
		return listing(rows, total);
	}

	/**
	 * Whether the viewer's sign-off of the plan {@code p} is awaited (as the plan
	 * module).
	 */
	private static final String AWAITING_VIEWER = """
			exists (select 1 from plan_signoff so where so.plan_id = p.id and so.version_no = p.version_no
			    and so.signed_at is null and p.status = 'IN_REVIEW' and so.user_id = :viewerId and exists (select 1
			        from account_team_member t where t.account_id = p.account_id and t.user_id = so.user_id
			        and t.joined_on <= :today and (t.left_on is null or t.left_on > :today)))""";

	/** How many sign-offs of the plan {@code p} are awaited from its team of today. */
	private static final String AWAITED = """
			(select count(*) from plan_signoff so where so.plan_id = p.id and so.version_no = p.version_no
			    and so.signed_at is null and p.status = 'IN_REVIEW' and exists (select 1
			        from account_team_member t where t.account_id = p.account_id and t.user_id = so.user_id
			        and t.joined_on <= :today and (t.left_on is null or t.left_on > :today)))""";

	/**
	 * Plans waiting for the manager: drafts and plans in review on the accounts they own,
	 * and plans anywhere that wait for their own sign-off.
	 */
	private MyWork.Listing<MyWork.PlanLine> managerPlans(Map<String, Object> params) {
		return plans("(a.owner_id = :viewerId and p.status in ('DRAFT', 'IN_REVIEW')) or " + AWAITING_VIEWER,
				"awaiting_viewer desc, p.updated_at", params);
	}

	/** Plans in review that wait for the member's sign-off. */
	private MyWork.Listing<MyWork.PlanLine> signOffs(Map<String, Object> params) {
		return plans(AWAITING_VIEWER, "p.submitted_at", params);
	}

	/**
	 * Plans for the mentor to comment on: open plans of the accounts they mentor that are
	 * in review, changed lately or discussed lately (a comment, a reply).
	 */
	private MyWork.Listing<MyWork.PlanLine> plansToComment(Map<String, Object> params) {
		return plans(MENTORED.replace("a.id", "p.account_id")
				+ " and p.status <> 'CLOSED' and (p.status = 'IN_REVIEW' or p.updated_at >= :recently"
				+ " or exists (select 1 from plan_comment pc where pc.plan_id = p.id and pc.created_at >= :recently))",
				"(p.status = 'IN_REVIEW') desc, p.updated_at desc", params);
	}

	private MyWork.Listing<MyWork.PlanLine> plans(String condition, String order, Map<String, Object> params) {
		List<Long> total = new ArrayList<>();
		List<MyWork.PlanLine> rows = this.jdbc
			.sql("""
					select p.*, count(*) over () as total from (
					    select a.id as account_id, a.name as account_name, p.id, p.title, p.status, p.updated_at,
					        p.submitted_at, %s as awaiting_viewer, %s as awaited,
					        (select max(c.created_at) from plan_comment c where c.plan_id = p.id) as last_comment_at
					    from plan_plan p join account_account a on a.id = p.account_id
					    where a.archived_at is null and (%s)) p
					""".formatted(AWAITING_VIEWER, AWAITED, condition) + "order by " + order
					+ ", lower(p.account_name), p.id\n" + "limit :limit")
			.params(params)
			.query(totalled(total, (rs) -> new MyWork.PlanLine(rs.getLong("account_id"), rs.getString("account_name"),
					rs.getLong("id"), rs.getString("title"), rs.getString("status"), rs.getBoolean("awaiting_viewer"),
					rs.getInt("awaited"), instant(rs, "updated_at"), instant(rs, "last_comment_at"))))
			.list();
		return listing(rows, total);
	}

	// ------------------------------------------------------------ helpers

	private static <T> RowMapper<T> totalled(List<Long> total, Row<T> row) {
		return (rs, n) -> {
			if (total.isEmpty()) {
				total.add(rs.getLong("total"));
			}
			return row.map(rs);
		};
	}

	private static <T> MyWork.Listing<T> listing(List<T> rows, List<Long> total) {
		return new MyWork.Listing<>(rows, total.isEmpty() ? 0 : total.get(0));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	@FunctionalInterface
	private interface Row<T> {

		T map(ResultSet rs) throws SQLException;

	}

}
