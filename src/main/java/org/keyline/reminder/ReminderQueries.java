package org.keyline.reminder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keyline.review.ReviewCadence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is due for whom, across all accounts, in SQL. This read model reads the tables of
 * other modules directly (allowed for the reminder module, which only reads): plan
 * actions ({@code plan_action}, {@code plan_plan}), accounts and mentors
 * ({@code account_account}, {@code account_mentor}), strategy reviews
 * ({@code review_strategy_review}) and the people directory. The review due date is the
 * definition of {@link org.keyline.review.ReviewSchedule}: the latest review's next
 * review date or, for an account never reviewed, the day its first mentor was assigned
 * plus the cadence ({@link ReviewCadence}, the grading module's tiers when present);
 * archived accounts have none.
 */
@Component
class ReminderQueries {

	private final JdbcClient jdbc;

	private final ReviewCadence cadence;

	ReminderQueries(JdbcClient jdbc, ReviewCadence cadence) {
		this.jdbc = jdbc;
		this.cadence = cadence;
	}

	/**
	 * The overdue actions of enabled people: open or in progress, due before today, on a
	 * plan that is not closed, of an active account. One statement.
	 */
	List<DueAction> overdueActions(LocalDate today) {
		return this.jdbc.sql("""
				select pa.id, pa.description, pa.due_on, p.id as plan_id, p.title as plan_title,
				    a.id as account_id, a.name as account_name,
				    u.id as user_id, u.display_name, u.email
				from plan_action pa
				join plan_plan p on p.id = pa.plan_id
				join account_account a on a.id = p.account_id
				join people_directory u on u.id = pa.owner_id
				where pa.status in ('OPEN', 'IN_PROGRESS') and pa.due_on < :today
				  and p.status <> 'CLOSED' and a.archived_at is null and u.enabled
				order by u.id, pa.due_on, lower(a.name), pa.id""")
			.param("today", today)
			.query((rs, n) -> new DueAction(
					new Recipient(rs.getLong("user_id"), rs.getString("display_name"), rs.getString("email")),
					rs.getLong("id"), rs.getString("description"), rs.getObject("due_on", LocalDate.class),
					rs.getLong("plan_id"), rs.getString("plan_title"), rs.getLong("account_id"),
					rs.getString("account_name"), today))
			.list();
	}

	/**
	 * The strategy reviews due today or overdue, once for the owner of the account and
	 * once for each of its mentors (enabled people only). One statement.
	 */
	List<DueReviewReminder> dueReviews(LocalDate today) {
		Map<String, Object> params = new HashMap<>(this.cadence.sqlParameters());
		params.put("today", today);
		return this.jdbc.sql("""
				with due as (
				    select a.id, a.name, a.owner_id,
				        case when a.archived_at is null then coalesce(last.next_review_on,
				            (select cast(min(m.assigned_at) at time zone 'UTC' as date)
				                from account_mentor m where m.account_id = a.id)
				            + cast((%s) as integer)) end as due_on
				    from account_account a
				    left join lateral (select r.next_review_on from review_strategy_review r
				        where r.account_id = a.id order by r.reviewed_on desc, r.id desc limit 1) last on true
				    where a.archived_at is null
				), due_now as (
				    select * from due where due_on <= :today
				), people as (
				    select d.id, d.owner_id as user_id, false as mentor from due_now d
				    union all
				    select d.id, m.mentor_id, true from due_now d join account_mentor m on m.account_id = d.id
				)
				select d.id, d.name, d.due_on, u.id as user_id, u.display_name, u.email, bool_or(p.mentor) as mentor
				from people p
				join due_now d on d.id = p.id
				join people_directory u on u.id = p.user_id
				where u.enabled
				group by d.id, d.name, d.due_on, u.id, u.display_name, u.email
				order by u.id, d.due_on, lower(d.name), d.id""".formatted(this.cadence.daysSql()))
			.params(params)
			.query((rs, n) -> new DueReviewReminder(
					new Recipient(rs.getLong("user_id"), rs.getString("display_name"), rs.getString("email")),
					rs.getLong("id"), rs.getString("name"), rs.getObject("due_on", LocalDate.class),
					rs.getBoolean("mentor"), today))
			.list();
	}

	/**
	 * Records that the person gets today's reminder; false when they already got it (the
	 * row exists). Called in the transaction that sends the e-mail, so a failed sending
	 * records nothing, and a concurrent run waits for this one and then records nothing.
	 */
	boolean recordDelivery(long userId, LocalDate day, java.time.Instant sentAt, int actions, int reviews) {
		return this.jdbc.sql("""
				insert into reminder_delivery (user_id, day, sent_at, actions, reviews)
				values (:user, :day, :sentAt, :actions, :reviews)
				on conflict (user_id, day) do nothing""")
			.param("user", userId)
			.param("day", day)
			.param("sentAt", java.sql.Timestamp.from(sentAt))
			.param("actions", actions)
			.param("reviews", reviews)
			.update() == 1;
	}

	/** A person to remind. */
	record Recipient(long id, String name, String email) {
	}

	/** An overdue action of its owner. */
	record DueAction(Recipient owner, long id, String description, LocalDate dueOn, long planId, String planTitle,
			long accountId, String accountName, LocalDate today) {

		public long daysOverdue() {
			return this.today.toEpochDay() - this.dueOn.toEpochDay();
		}

	}

	/**
	 * A strategy review due (today or earlier) on an account the person owns or mentors.
	 */
	record DueReviewReminder(Recipient person, long accountId, String accountName, LocalDate dueOn, boolean mentor,
			LocalDate today) {

		public long daysOverdue() {
			return Math.max(0, this.today.toEpochDay() - this.dueOn.toEpochDay());
		}

		public boolean overdue() {
			return daysOverdue() > 0;
		}

	}

}
