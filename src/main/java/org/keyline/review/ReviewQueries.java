package org.keyline.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keyline.account.AccountRef;
import org.keyline.account.AccountScope;
import org.keyline.account.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL read models of strategy reviews. One definition of the due date serves every
 * read: the latest review's next review date or, for an account never reviewed, the day
 * its first mentor was assigned (UTC, as the clock) plus its cadence; none when the
 * account has no mentor and no review, or is archived.
 */
@Component
class ReviewQueries {

	/** Characters of an assessment shown in lists. */
	static final int EXCERPT = 200;

	/** The latest review of the account {@code a}, as {@code last}. */
	private static final String LAST = """
			left join lateral (select r.id, r.reviewed_on, r.next_review_on, r.reviewer_id,
			        left(r.assessment, %d) as excerpt
			    from review_strategy_review r where r.account_id = a.id
			    order by r.reviewed_on desc, r.id desc limit 1) last on true
			""".formatted(EXCERPT + 1);

	private static final String FIRST_MENTOR = "(select cast(min(m.assigned_at) at time zone 'UTC' as date) "
			+ "from account_mentor m where m.account_id = a.id)";

	private final JdbcClient jdbc;

	private final ReviewCadence cadence;

	ReviewQueries(JdbcClient jdbc, ReviewCadence cadence) {
		this.jdbc = jdbc;
		this.cadence = cadence;
	}

	/** The due date of the account {@code a} with {@code last} joined, in SQL. */
	private String due() {
		return "case when a.archived_at is null then coalesce(last.next_review_on, " + FIRST_MENTOR + " + cast(("
				+ this.cadence.daysSql() + ") as integer)) end";
	}

	/**
	 * The account's review status for the viewer in one statement: the latest review with
	 * its reviewer, the due date, the number of reviews, and whether the viewer mentors
	 * the account.
	 */
	ReviewStatus status(AccountRef account, Viewer viewer, LocalDate today) {
		Map<String, Object> params = new HashMap<>(this.cadence.sqlParameters());
		params.put("id", account.id());
		params.put("viewerId", viewer.userId());
		return this.jdbc.sql("""
				select last.id, last.reviewed_on, last.excerpt, last.next_review_on, rv.display_name as reviewer,
				    %s as due_on,
				    exists (select 1 from account_mentor m where m.account_id = a.id) as mentored,
				    exists (select 1 from account_mentor m where m.account_id = a.id and m.mentor_id = :viewerId)
				        as viewer_mentors,
				    (select count(*) from review_strategy_review x where x.account_id = a.id) as total
				from account_account a
				%s
				left join people_directory rv on rv.id = last.reviewer_id
				where a.id = :id""".formatted(due(), LAST))
			.params(params)
			.query((rs, n) -> new ReviewStatus(account, rs.getBoolean("mentored"),
					(rs.getObject("id") != null) ? entry(rs, "excerpt") : null, rs.getObject("due_on", LocalDate.class),
					rs.getLong("total"), viewer.isDirector() || rs.getBoolean("viewer_mentors"), today))
			.optional()
			.orElseThrow(() -> new IllegalStateException("Account " + account.id() + " vanished"));
	}

	/** When the account's next review is due, without any access check. */
	ReviewDue dueFor(long accountId, LocalDate today) {
		Map<String, Object> params = new HashMap<>(this.cadence.sqlParameters());
		params.put("id", accountId);
		return this.jdbc.sql("""
				select last.reviewed_on, %s as due_on
				from account_account a
				%s
				where a.id = :id""".formatted(due(), LAST)).params(params).query((rs, n) -> {
			LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
			long late = (dueOn != null && dueOn.isBefore(today)) ? today.toEpochDay() - dueOn.toEpochDay() : 0;
			return new ReviewDue(accountId, rs.getObject("reviewed_on", LocalDate.class), dueOn, late > 0, late);
		}).optional().orElse(new ReviewDue(accountId, null, null, false, 0));
	}

	/** Whether the user is a mentor of the account. */
	boolean mentors(long accountId, Long userId) {
		return userId != null && Boolean.TRUE.equals(this.jdbc
			.sql("select exists (select 1 from account_mentor where account_id = :id and mentor_id = :user)")
			.param("id", accountId)
			.param("user", userId)
			.query(Boolean.class)
			.single());
	}

	/**
	 * Every review of the account, newest first, with the beginning of its assessment.
	 */
	List<ReviewEntry> history(long accountId) {
		return this.jdbc.sql("""
				select r.id, r.reviewed_on, left(r.assessment, %d) as excerpt, r.next_review_on,
				    rv.display_name as reviewer
				from review_strategy_review r
				left join people_directory rv on rv.id = r.reviewer_id
				where r.account_id = :id
				order by r.reviewed_on desc, r.id desc""".formatted(EXCERPT + 1))
			.param("id", accountId)
			.query((rs, n) -> entry(rs, "excerpt"))
			.list();
	}

	/** One review of the account in full. */
	Optional<ReviewView> review(AccountRef account, long reviewId) {
		return this.jdbc.sql("""
				select r.id, r.reviewed_on, r.assessment, r.recommendations, r.next_review_on, r.created_at,
				    rv.display_name as reviewer
				from review_strategy_review r
				left join people_directory rv on rv.id = r.reviewer_id
				where r.account_id = :account and r.id = :id""")
			.param("account", account.id())
			.param("id", reviewId)
			.query((rs, n) -> new ReviewView(account, rs.getLong("id"), rs.getObject("reviewed_on", LocalDate.class),
					rs.getString("assessment"), rs.getString("recommendations"),
					rs.getObject("next_review_on", LocalDate.class), rs.getString("reviewer"),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/**
	 * The accounts the viewer may see whose review is overdue or due by {@code horizon}
	 * (only overdue ones if {@code overdueOnly}), most overdue first: one statement
	 * whatever the number of accounts.
	 */
	List<DueReview> due(Viewer viewer, LocalDate today, LocalDate horizon, boolean overdueOnly, int limit,
			long offset) {
		Map<String, Object> params = dueParams(viewer, today, horizon, overdueOnly);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc.sql("""
				select p.id, p.name, p.reviewed_on, p.due_on, cast(:today as date) - p.due_on as late,
				    o.display_name as owner, rv.display_name as reviewer,
				    (select string_agg(d.display_name, ', ' order by d.display_name)
				        from account_mentor m join people_directory d on d.id = m.mentor_id
				        where m.account_id = p.id) as mentors
				from (%s order by due_on, lower(name), id limit :limit offset :offset) p
				left join people_directory o on o.id = p.owner_id
				left join people_directory rv on rv.id = p.reviewer_id
				order by p.due_on, lower(p.name), p.id""".formatted(dueAccounts(viewer)))
			.params(params)
			.query((rs, n) -> new DueReview(rs.getLong("id"), rs.getString("name"), rs.getString("owner"),
					rs.getString("mentors"), rs.getObject("reviewed_on", LocalDate.class), rs.getString("reviewer"),
					rs.getObject("due_on", LocalDate.class), Math.max(0, rs.getLong("late"))))
			.list();
	}

	/** How many rows {@link #due} has in all. */
	long countDue(Viewer viewer, LocalDate today, LocalDate horizon, boolean overdueOnly) {
		return this.jdbc.sql("select count(*) from (" + dueAccounts(viewer) + ") due")
			.params(dueParams(viewer, today, horizon, overdueOnly))
			.query(Long.class)
			.single();
	}

	/**
	 * The visible, active accounts with a review due by :horizon (before :today if
	 * overdue only).
	 */
	private String dueAccounts(Viewer viewer) {
		return """
				select * from (
				    select a.id, a.name, a.owner_id, last.reviewed_on, last.reviewer_id, %s as due_on
				    from account_account a
				    %s
				    where a.archived_at is null and %s
				      and (exists (select 1 from account_mentor m where m.account_id = a.id)
				           or exists (select 1 from review_strategy_review r where r.account_id = a.id))
				) due
				where due_on <= :horizon and (not :overdueOnly or due_on < :today)
				""".formatted(due(), LAST, AccountScope.visibleTo(viewer));
	}

	private Map<String, Object> dueParams(Viewer viewer, LocalDate today, LocalDate horizon, boolean overdueOnly) {
		Map<String, Object> params = new HashMap<>(this.cadence.sqlParameters());
		params.put("viewerId", viewer.userId());
		params.put("today", today);
		params.put("horizon", horizon);
		params.put("overdueOnly", overdueOnly);
		return params;
	}

	private static ReviewEntry entry(ResultSet rs, String excerptColumn) throws SQLException {
		String excerpt = rs.getString(excerptColumn);
		boolean shortened = excerpt.length() > EXCERPT;
		return new ReviewEntry(rs.getLong("id"), rs.getObject("reviewed_on", LocalDate.class), rs.getString("reviewer"),
				shortened ? excerpt.substring(0, EXCERPT).stripTrailing() : excerpt, shortened,
				rs.getObject("next_review_on", LocalDate.class));
	}

}
