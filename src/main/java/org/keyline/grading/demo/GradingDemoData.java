package org.keyline.grading.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.keyline.grading.GradingManagement;
import org.keyline.grading.TierCause;
import org.keyline.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo accounts' grades: every demo account's manager scored the hand-scored criteria
 * (a level that follows how strategic the account is, give or take one), then every
 * account is graded, and the curated accounts get a year of tier history that ends in the
 * tier they are in now (the other accounts were first graded about a year ago).
 *
 * <p>
 * Hand scores, the grading and the dates of the first grades are set-based SQL, so that
 * large benchmark portfolios seed quickly; only the curated accounts' histories are
 * written from Java.
 */
@Component
class GradingDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(GradingDemoData.class);

	private static final String BY = "demo";

	/** The account seeder's curated accounts come first. */
	private static final int CURATED = 60;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcTemplate jdbc;

	private final GradingManagement grading;

	private final Clock clock;

	GradingDemoData(JdbcTemplate jdbc, GradingManagement grading, Clock clock) {
		this.jdbc = jdbc;
		this.grading = grading;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 700;
	}

	@Override
	public void seed() {
		Boolean existing = this.jdbc.queryForObject("select exists (select 1 from grading_account_score)",
				Boolean.class);
		if (Boolean.TRUE.equals(existing)) {
			return;
		}
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		int scores = this.jdbc.update("""
				insert into grading_manual_score (account_id, criterion_id, level, scored_at, scored_by)
				select a.id, c.id, least(5, greatest(1, a.strategic_importance + cast(a.id % 3 as integer) - 1)),
				    ?, ?
				from account_account a cross join grading_criterion c
				where a.archived_at is null and c.active and c.kind = 'MANUAL'""", Timestamp.from(now), BY);
		this.grading.regradeEveryAccount(TierCause.CRITERIA_CHANGED);
		// The accounts were first graded about a year ago, each on its own day.
		this.jdbc
			.update("""
					update grading_tier_change set changed_at = changed_at - make_interval(days => 330 + cast(account_id % 30 as integer))
					where cause = 'FIRST_GRADED'""");
		int history = curatedHistory(now);
		int overrides = overrides(now);
		List<String> tiers = this.jdbc.query("""
				select coalesce(t.name, '-') || '=' || count(*) from grading_account_score s
				left join grading_tier t on t.position = s.tier_position
				group by s.tier_position, t.name order by s.tier_position nulls last""", (rs, n) -> rs.getString(1));
		log.info(
				"Seeded {} demo hand scores, graded the demo accounts {}, wrote {} tier changes and {} overrides in {} ms",
				scores, tiers, history, overrides, Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/**
	 * Two overrides by the demo director: the best Silver account of the demo manager is
	 * made Gold as a reference customer, and its best Bronze account Silver during a
	 * tender. The regrade records them as "override set".
	 */
	private int overrides(Instant now) {
		int set = this.jdbc.update(
				"""
						insert into grading_override (account_id, tier_position, reason, expires_on, set_at, set_by)
						select picked.account_id, picked.tier_position - 1, picked.reason, picked.expires_on, ?, 'director'
						from (
						    select distinct on (s.tier_position) s.account_id, s.tier_position,
						        case s.tier_position
						            when 2 then 'Reference customer for the new platform: the board wants Gold service during the launch.'
						            else 'Tender for their group-wide framework agreement this quarter: Silver service until it is decided.'
						        end as reason,
						        current_date + case s.tier_position when 2 then 120 else 75 end as expires_on
						    from grading_account_score s
						    join account_account a on a.id = s.account_id
						    join people_directory u on u.id = a.owner_id and u.username = 'manager'
						    where s.tier_position in (2, 3) and a.archived_at is null
						    order by s.tier_position, s.score desc, a.id) picked""",
				Timestamp.from(now));
		if (set > 0) {
			this.grading.regradeEveryAccount(TierCause.OVERRIDE_SET);
		}
		return set;
	}

	/**
	 * A year of tier changes for each active curated account, ending in its current tier:
	 * first graded a year ago, then up to three moves of one tier up or down as its data
	 * or the criteria changed.
	 */
	private int curatedHistory(Instant now) {
		record Graded(long accountId, Integer tierPosition, BigDecimal score) {
		}
		List<Tier> tiers = this.jdbc.query("select position, name, threshold from grading_tier order by position",
				(rs, n) -> new Tier(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)));
		if (tiers.isEmpty()) {
			return 0;
		}
		List<Graded> accounts = this.jdbc.query("""
				select s.account_id, s.tier_position, s.score
				from grading_account_score s
				join (select id from account_account order by id limit ?) curated on curated.id = s.account_id
				order by s.account_id""",
				(rs, n) -> new Graded(rs.getLong(1), (Integer) rs.getObject(2), rs.getBigDecimal(3)), CURATED);
		// Position tiers.size() + 1 stands for "not a key account".
		int none = tiers.size() + 1;
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> firstGraded = new ArrayList<>();
		for (Graded account : accounts) {
			long id = account.accountId();
			int changes = 1 + (int) (id % 4);
			int[] path = new int[changes];
			path[changes - 1] = (account.tierPosition() != null) ? account.tierPosition() : none;
			for (int i = changes - 2; i >= 0; i--) {
				int step = (((id * 31) + i) % 2 == 0) ? -1 : 1;
				int previous = path[i + 1] + step;
				if (previous < 1 || previous > none) {
					previous = path[i + 1] - step;
				}
				path[i] = previous;
			}
			int span = 335 / changes;
			for (int i = 0; i < changes; i++) {
				Instant at = now.minus(Duration.ofDays(365 - (id % 7) - (long) i * span)).minusSeconds(id % 3600);
				BigDecimal score = (i == changes - 1) ? account.score() : scoreIn(tiers, path[i], id + i);
				String to = (path[i] == none) ? null : tiers.get(path[i] - 1).name();
				if (i == 0) {
					if (to != null) {
						rows.add(new Object[] { id, null, to, score, TierCause.FIRST_GRADED.name(),
								Timestamp.from(at) });
					}
					firstGraded.add(new Object[] { id });
					continue;
				}
				String from = (path[i - 1] == none) ? null : tiers.get(path[i - 1] - 1).name();
				TierCause cause = ((id + i) % 3 == 0) ? TierCause.CRITERIA_CHANGED : TierCause.DATA_CHANGED;
				rows.add(new Object[] { id, from, to, score, cause.name(), Timestamp.from(at) });
			}
		}
		this.jdbc.batchUpdate("delete from grading_tier_change where account_id = ?", firstGraded,
				new int[] { Types.BIGINT });
		this.jdbc.batchUpdate("""
				insert into grading_tier_change (account_id, from_tier, to_tier, score, cause, changed_at)
				values (?, ?, ?, ?, ?, ?)""", rows, new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
				Types.NUMERIC, Types.VARCHAR, Types.TIMESTAMP });
		return rows.size();
	}

	/**
	 * A score inside the tier at {@code position}, or below the last tier's threshold for
	 * the position after the last tier.
	 */
	private static BigDecimal scoreIn(List<Tier> tiers, int position, long seed) {
		BigDecimal lowest = tiers.get(tiers.size() - 1).threshold();
		BigDecimal lower = (position > tiers.size()) ? lowest.subtract(BigDecimal.valueOf(25)).max(BigDecimal.ZERO)
				: tiers.get(position - 1).threshold();
		BigDecimal upper = (position > tiers.size()) ? lowest
				: (position == 1) ? HUNDRED : tiers.get(position - 2).threshold();
		BigDecimal fraction = BigDecimal.valueOf(20 + Math.floorMod(seed * 37, 60)).divide(HUNDRED);
		return lower.add(upper.subtract(lower).multiply(fraction)).setScale(2, RoundingMode.DOWN);
	}

	private record Tier(int position, String name, BigDecimal threshold) {
	}

}
