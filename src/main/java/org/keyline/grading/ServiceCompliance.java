package org.keyline.grading;

/**
 * Whether key accounts get the service their tier promises, set-based, for modules that
 * check or count it in SQL: the one definition behind {@link ServiceCheck} (one account)
 * and every list or count of accounts that miss their tier's service.
 *
 * <p>
 * An account misses its tier's service when its strategy review is overdue (its due date
 * is before today, or it has none: no review and no mentor), when its tier requires an
 * executive sponsor and no current team member is one, when its tier requires an agreed
 * plan and it has no agreed or active plan, or when its last interaction is older than
 * its tier's interaction target (or it has none). The review due date is the review
 * module's: the latest review's next date or, for an account never reviewed, its first
 * mentor's assignment (UTC) plus the tier's review cadence (as
 * {@link TierReviewCadence}); none for an archived account.
 *
 * <p>
 * Written to be fast for one account, for the few accounts of a page and for every key
 * account alike: the latest reviews and first mentors are grouped (small tables; a
 * condition on one account is pushed into them), the latest interaction is read from the
 * relationship module's {@code relationship_last_interaction} (one row per account, kept
 * by database triggers in the same transaction as each interaction, so it is never behind
 * the interaction log) rather than searched in the log of each account, sponsor and plan
 * are looked up only where the tier requires them.
 */
public final class ServiceCompliance {

	/**
	 * A select with one row per key account (an account with a tier) that matches the
	 * condition, with the columns {@code account_id}, {@code tier_position},
	 * {@code review_due_on}, {@code review_overdue}, {@code sponsor_missing},
	 * {@code plan_missing}, {@code last_interaction_on}, {@code interaction_overdue} and
	 * {@code missed} (any of the four). Needs the parameter {@code :today}.
	 * @param condition an SQL condition on {@code a} ({@code account_account}) and
	 * {@code gs} ({@code grading_account_score}), e.g. {@code a.archived_at is null}; it
	 * may refer to an outer query (a lateral join for one account)
	 * @return the select, without a trailing newline
	 */
	public static String sql(String condition) {
		return """
				select c.*, (c.review_overdue or c.sponsor_missing or c.plan_missing or c.interaction_overdue) as missed
				from (
				    select a.id as account_id, gs.tier_position, due.review_due_on,
				        (due.review_due_on is null or due.review_due_on < cast(:today as date)) as review_overdue,
				        (t.sponsor_required and not exists (select 1 from account_team_member tm
				            where tm.account_id = a.id and tm.role = 'EXECUTIVE_SPONSOR' and tm.joined_on <= :today
				            and (tm.left_on is null or tm.left_on >= :today))) as sponsor_missing,
				        (t.agreed_plan_required and not exists (select 1 from plan_plan p
				            where p.account_id = a.id and p.status in ('AGREED', 'ACTIVE'))) as plan_missing,
				        li.occurred_on as last_interaction_on,
				        (li.occurred_on is null or li.occurred_on < cast(:today as date) - t.interaction_target_days)
				            as interaction_overdue
				    from account_account a
				    join grading_account_score gs on gs.account_id = a.id
				    join grading_tier t on t.position = gs.tier_position
				    left join (select distinct on (r.account_id) r.account_id, r.next_review_on
				        from review_strategy_review r order by r.account_id, r.reviewed_on desc, r.id desc) last
				        on last.account_id = a.id
				    left join (select m.account_id, cast(min(m.assigned_at) at time zone 'UTC' as date) as since
				        from account_mentor m group by m.account_id) first_mentor on first_mentor.account_id = a.id
				    left join relationship_last_interaction li on li.account_id = a.id
				    cross join lateral (select case when a.archived_at is null then coalesce(last.next_review_on,
				        first_mentor.since + t.review_cadence_days) end as review_due_on) due
				    where %s) c""".formatted(condition);
	}

	/** {@link #sql(String)} for one account, {@code :accountId}. Needs {@code :today}. */
	public static final String ONE_ACCOUNT = sql("a.id = :accountId");

	/** {@link #sql(String)} for every active key account. Needs {@code :today}. */
	public static final String ACTIVE = sql("a.archived_at is null");

	private ServiceCompliance() {
	}

}
