package org.keyline.grading;

import java.sql.Timestamp;
import java.time.Clock;

import org.keyline.relationship.DecisionMakerCoverage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades accounts in SQL, set-based: one account after its data changed, or every account
 * after the criteria or tiers changed. Three statements whatever the number of accounts:
 * the criteria scores, then the account scores and tiers with a history row for every
 * tier that changed.
 *
 * <p>
 * Compensatory scoring: an account's score is the weighted mean of its criteria scores
 * (each 0 to 100; weights are normalised), so a weak criterion can be made up by strong
 * ones. Its tier is the best tier whose threshold the score reaches (a score exactly on a
 * threshold reaches it).
 */
@Component
class GradingEngine {

	/** The accounts graded: active ones, all of them or one. */
	private static final String SCOPE = """
			scope as (
			    select a.id, a.current_year, a.current_revenue, a.current_margin, a.current_share_of_wallet,
			        a.strategic_importance, a.ease_of_business, a.relationship
			    from account_account a
			    where a.archived_at is null and (cast(:accountId as bigint) is null or a.id = cast(:accountId as bigint)))""";

	private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(GradingEngine.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	GradingEngine(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Grades every active account; returns how many changed tier. */
	@Transactional
	public int regradeAll(TierCause cause) {
		long start = System.nanoTime();
		int changed = regrade(null, cause);
		logger.info("Graded every account in {} ms ({} changed tier, {})", (System.nanoTime() - start) / 1_000_000,
				changed, cause);
		return changed;
	}

	/** Grades one account; returns 1 if its tier changed. */
	@Transactional
	public int regrade(long accountId, TierCause cause) {
		return regrade(Long.valueOf(accountId), cause);
	}

	private int regrade(Long accountId, TierCause cause) {
		// One regrade at a time (a whole regrade and an account's after its data changed
		// touch the same rows): they queue behind each other instead of deadlocking.
		this.jdbc.sql("select pg_advisory_xact_lock(7461)").query(Object.class).single();
		// Only what changed is written: scores of criteria no longer in use, or of
		// archived accounts, are removed, and a score is written only when it is new or
		// differs. Rewriting every account's every score on each change of the criteria
		// left as many dead rows behind each time, and regrades slowed down until the
		// table was vacuumed.
		this.jdbc.sql("""
				delete from grading_criterion_score cs
				where (cast(:accountId as bigint) is null or cs.account_id = cast(:accountId as bigint))
				  and (not exists (select 1 from grading_criterion c where c.id = cs.criterion_id and c.active)
				       or exists (select 1 from account_account a
				                  where a.id = cs.account_id and a.archived_at is not null))""")
			.param("accountId", accountId)
			.update();
		this.jdbc
			.sql("insert into grading_criterion_score (account_id, criterion_id, value, score)\nwith " + SCOPE + """
					,
					previous as (
					    select e.account_id, e.revenue from account_economics e
					    join scope s on s.id = e.account_id and e.fiscal_year = s.current_year - 1),
					coverage as (
					    select x.account_id, x.percent from (""" + DecisionMakerCoverage.SQL + """
					    ) x
					    -- computed only when a criterion uses it
					    where exists (select 1 from grading_criterion
					        where active and metric = 'RELATIONSHIP_COVERAGE')),
					derived as (
					    select s.id as account_id, c.id as criterion_id,
					        case c.metric
					            when 'REVENUE' then s.current_revenue
					            when 'MARGIN_PERCENT' then case when s.current_revenue > 0
					                then round(s.current_margin * 100 / s.current_revenue, 2) end
					            when 'SHARE_OF_WALLET' then s.current_share_of_wallet
					            when 'REVENUE_GROWTH' then case when p.revenue > 0
					                then round((s.current_revenue - p.revenue) * 100 / p.revenue, 2) end
					            when 'STRATEGIC_IMPORTANCE' then s.strategic_importance
					            when 'EASE_OF_BUSINESS' then s.ease_of_business
					            when 'RELATIONSHIP_LEVEL' then array_position(array['COMMODITY_SUPPLIER',
					                'PREFERRED_SUPPLIER', 'SOLUTION_PROVIDER', 'TRUSTED_ADVISOR',
					                'STRATEGIC_PARTNER']::varchar[], s.relationship::varchar)
					            when 'RELATIONSHIP_COVERAGE' then cov.percent
					        end as value
					    from scope s cross join grading_criterion c
					    left join previous p on p.account_id = s.id
					    left join coverage cov on cov.account_id = s.id
					    where c.active and c.kind = 'DERIVED'),
					fresh as (
					select d.account_id, d.criterion_id, d.value, coalesce(b.score, 0) as score
					from derived d
					left join lateral (select band.score from grading_band band
					    where band.criterion_id = d.criterion_id and band.lower_bound <= d.value
					    order by band.lower_bound desc limit 1) b on true
					union all
					select s.id, c.id, m.level, coalesce((m.level - 1) * 25, 0)
					from scope s cross join grading_criterion c
					left join grading_manual_score m on m.account_id = s.id and m.criterion_id = c.id
					where c.active and c.kind = 'MANUAL')
					select f.account_id, f.criterion_id, f.value, f.score from fresh f
					where not exists (select 1 from grading_criterion_score o
					    where o.account_id = f.account_id and o.criterion_id = f.criterion_id
					      and o.value is not distinct from f.value and o.score = f.score)
					on conflict (account_id, criterion_id) do update
					    set value = excluded.value, score = excluded.score""")
			.param("accountId", accountId)
			.param("today", java.time.LocalDate.now(this.clock))
			.update();
		return this.jdbc.sql("with " + SCOPE + """
				,
				weights as (select sum(weight) as total from grading_criterion where active),
				graded as (
				    select s.id as account_id,
				        coalesce(round(sum(cs.score * c.weight) / nullif(max(w.total), 0), 2), 0) as score
				    from scope s
				    cross join weights w
				    left join grading_criterion_score cs on cs.account_id = s.id
				    left join grading_criterion c on c.id = cs.criterion_id and c.active
				    group by s.id),
				tiered as (
				    select g.account_id, g.score, g.score_tier_position,
				        case when o.account_id is not null then o.tier_position else g.score_tier_position end
				            as tier_position,
				        o.account_id is not null as overridden
				    from (select g.account_id, g.score,
				            (select min(t.position) from grading_tier t where t.threshold <= g.score)
				                as score_tier_position
				        from graded g) g
				    left join grading_override o on o.account_id = g.account_id and o.ended_at is null
				        and o.expires_on >= :today
				        and (o.tier_position is null or o.tier_position in (select position from grading_tier))),
				before as (
				    select gs.account_id, gs.tier_position from grading_account_score gs
				    join scope s on s.id = gs.account_id),
				changes as (
				    insert into grading_tier_change (account_id, from_tier, to_tier, score, cause, changed_at)
				    select t.account_id, ft.name, tt.name, t.score,
				        case when b.account_id is null then 'FIRST_GRADED' else :cause end, :now
				    from tiered t
				    left join before b on b.account_id = t.account_id
				    left join grading_tier ft on ft.position = b.tier_position
				    left join grading_tier tt on tt.position = t.tier_position
				    where (b.account_id is null and t.tier_position is not null)
				       or (b.account_id is not null and b.tier_position is distinct from t.tier_position)
				    returning account_id),
				saved as (
				    insert into grading_account_score (account_id, score, score_tier_position, tier_position,
				        overridden, graded_at)
				    select account_id, score, score_tier_position, tier_position, overridden, :now from tiered
				    on conflict (account_id) do update set score = excluded.score,
				        score_tier_position = excluded.score_tier_position, tier_position = excluded.tier_position,
				        overridden = excluded.overridden, graded_at = excluded.graded_at
				    returning account_id)
				select (select count(*) from changes) + 0 * (select count(*) from saved)""")
			.param("accountId", accountId)
			.param("cause", cause.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("today", java.time.LocalDate.now(this.clock))
			.query(Integer.class)
			.single();
	}

}
