package org.keyline.relationship;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage of every account counted per rule, kept in
 * {@code relationship_coverage_summary} so that views over many accounts (the portfolio
 * dashboard) read counts instead of analysing every account on each request. The counts
 * are exactly the numbers of findings per rule that {@link CoverageAnalysis#analyse}
 * reports, computed by the same SQL ({@link CoverageAnalysis#rules(boolean)}), for one
 * account or set-based for all of them, and upserted.
 *
 * <p>
 * Kept current by {@code CoverageListener} (an account's contacts, links, interactions,
 * profile or team changed) and {@code CoverageRefresh} (every night, because "going cold"
 * and team dates change with the date alone, and at startup when a summary is older than
 * today or an active account has none). {@code refreshed_on} is the day the counts are
 * true for.
 */
@Service
public class CoverageSummaries {

	private static final Logger logger = LoggerFactory.getLogger(CoverageSummaries.class);

	private final JdbcClient jdbc;

	private final CoverageAnalysis analysis;

	private final Clock clock;

	CoverageSummaries(JdbcClient jdbc, CoverageAnalysis analysis, Clock clock) {
		this.jdbc = jdbc;
		this.analysis = analysis;
		this.clock = clock;
	}

	/** Brings one account's summary up to date: one statement. */
	@Transactional
	public void refresh(long accountId) {
		upsert(true, accountId);
	}

	/**
	 * Brings every account's summary up to date (archived ones too, so that one restored
	 * is current): two statements whatever the number of accounts (a lock, so that two
	 * whole refreshes queue instead of deadlocking, and the upsert). Returns how many
	 * accounts it refreshed.
	 */
	@Transactional
	public int refreshAll() {
		long start = System.nanoTime();
		this.jdbc.sql("select pg_advisory_xact_lock(7462)").query(Object.class).single();
		int refreshed = upsert(false, null);
		logger.info("Refreshed coverage of every account in {} ms ({} accounts)",
				(System.nanoTime() - start) / 1_000_000, refreshed);
		return refreshed;
	}

	/**
	 * Whether some summary is older than today or some active account has none (after a
	 * night Keyline was down, or demo data written straight into the tables): one
	 * statement.
	 */
	@Transactional(readOnly = true)
	public boolean stale() {
		return this.jdbc.sql("""
				select exists (select 1 from relationship_coverage_summary where refreshed_on < :today)
				    or exists (select 1 from account_account a where a.archived_at is null
				        and not exists (select 1 from relationship_coverage_summary s where s.account_id = a.id))""")
			.param("today", LocalDate.now(this.clock))
			.query(Boolean.class)
			.single();
	}

	private int upsert(boolean one, Long accountId) {
		LocalDate today = LocalDate.now(this.clock);
		String last = one ? "i.account_id = :accountId" : "true";
		return this.jdbc.sql("""
				insert into relationship_coverage_summary (account_id, contacts, people, uncovered_decision_makers,
				    hostile_decision_makers, levels_not_reached, going_cold, single_threaded, last_interaction_on,
				    refreshed_on)
				with %s,
				counts as (
				    select f.account_id,
				        count(*) filter (where f.rule = 'UNCOVERED_DECISION_MAKER') as uncovered,
				        count(*) filter (where f.rule = 'HOSTILE_DECISION_MAKER') as hostile,
				        count(*) filter (where f.rule = 'LEVEL_NOT_REACHED') as levels,
				        count(*) filter (where f.rule = 'GOING_COLD') as cold,
				        count(*) filter (where f.rule = 'SINGLE_THREADED') as single
				    from findings f group by f.account_id),
				contact_counts as (select c.account_id, count(*) as n from contacts c group by c.account_id),
				people_counts as (select p.account_id, count(*) as n from people p group by p.account_id),
				last as (
				    select i.account_id, max(i.occurred_on) as occurred_on from relationship_interaction i
				    where %s group by i.account_id)
				select s.id, coalesce(cc.n, 0), coalesce(pc.n, 0), coalesce(f.uncovered, 0), coalesce(f.hostile, 0),
				    coalesce(f.levels, 0), coalesce(f.cold, 0), coalesce(f.single, 0), l.occurred_on, :today
				from scope s
				left join counts f on f.account_id = s.id
				left join contact_counts cc on cc.account_id = s.id
				left join people_counts pc on pc.account_id = s.id
				left join last l on l.account_id = s.id
				on conflict (account_id) do update set contacts = excluded.contacts, people = excluded.people,
				    uncovered_decision_makers = excluded.uncovered_decision_makers,
				    hostile_decision_makers = excluded.hostile_decision_makers,
				    levels_not_reached = excluded.levels_not_reached, going_cold = excluded.going_cold,
				    single_threaded = excluded.single_threaded, last_interaction_on = excluded.last_interaction_on,
				    refreshed_on = excluded.refreshed_on""".formatted(CoverageAnalysis.rules(one), last))
			.params(this.analysis.parameters(accountId, today))
			.update();
	}

}
