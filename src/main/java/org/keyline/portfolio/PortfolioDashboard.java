package org.keyline.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.Viewer;
import org.keyline.grading.ServiceCompliance;
import org.keyline.portfolio.Portfolio.ComplianceRow;
import org.keyline.portfolio.Portfolio.Concentration;
import org.keyline.portfolio.Portfolio.CoverageAccount;
import org.keyline.portfolio.Portfolio.CoverageSummary;
import org.keyline.portfolio.Portfolio.Direction;
import org.keyline.portfolio.Portfolio.LossMaker;
import org.keyline.portfolio.Portfolio.Move;
import org.keyline.portfolio.Portfolio.MoveCount;
import org.keyline.portfolio.Portfolio.Owner;
import org.keyline.portfolio.Portfolio.ParetoPoint;
import org.keyline.portfolio.Portfolio.TierRow;
import org.keyline.portfolio.Portfolio.TopShare;
import org.keyline.relationship.CoverageAnalysis;
import org.keyline.shared.DataVersionCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directors' portfolio dashboard: seven SQL statements whatever the number of
 * accounts (the owners for the filter, tiers, concentration, loss-making accounts,
 * service-level compliance, relationship coverage, tier moves), every figure aggregated
 * in the database.
 *
 * <p>
 * A read model over other modules' tables (account, grading, review, plan, relationship),
 * as the portfolio module may: it reads {@code account_account},
 * {@code grading_account_score}, {@code grading_tier}, {@code grading_tier_change},
 * {@code review_strategy_review}, {@code account_mentor}, {@code account_team_member},
 * {@code plan_plan}, {@code relationship_*} and the {@code people_directory} view. The
 * service-level compliance is the grading module's {@link ServiceCompliance}; the
 * coverage gaps are read from the relationship module's per-account summary
 * ({@code relationship_coverage_summary}, kept by {@code CoverageSummaries} with the
 * rules of {@link CoverageAnalysis}).
 */
@Service
public class PortfolioDashboard {

	/** How many loss-making accounts, coverage gaps and tier moves the page lists. */
	public static final int LIST_LIMIT = 20;

	/** The points of the Pareto curve (besides the origin). */
	static final int CURVE_POINTS = 20;

	/**
	 * The condition on the accounts the filter selects: active accounts ({@code a}) with
	 * their score ({@code gs}; tier {@link PortfolioFilter#NOT_KEY} means no tier). Only
	 * the parts of the filter that are set are in it: PostgreSQL plans a prepared
	 * statement once for all parameter values after a few executions, and a condition
	 * such as {@code (:owner is null or a.owner_id = :owner)} would make it expect a
	 * handful of accounts and plan an index lookup per account for all ten thousand.
	 */
	static String condition(PortfolioFilter filter) {
		StringBuilder condition = new StringBuilder("a.archived_at is null");
		if (filter.owner() != null) {
			condition.append(" and a.owner_id = :owner");
		}
		if (filter.region() != null) {
			condition.append(" and a.region = :region");
		}
		if (filter.industry() != null) {
			condition.append(" and a.industry = :industry");
		}
		if (filter.tier() != null) {
			condition.append((filter.tier() == PortfolioFilter.NOT_KEY) ? " and gs.tier_position is null"
					: " and gs.tier_position = :tier");
		}
		return condition.toString();
	}

	/**
	 * The accounts the filter selects with what the dashboard reads of them. Every column
	 * it reads of {@code account_account} is in the index
	 * {@code account_account_portfolio_idx}, so the accounts are read from that index
	 * rather than from the table's wide rows.
	 */
	private static String base(String condition) {
		return """
				base as (
				    select a.id, a.name, a.owner_id, coalesce(a.current_revenue, 0) as revenue, a.current_margin as margin,
				        a.current_share_of_wallet as wallet, gs.tier_position as tier
				    from account_account a
				    left join grading_account_score gs on gs.account_id = a.id
				    where %s)"""
			.formatted(condition);
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CoverageAnalysis coverage;

	private final DataVersionCache cache;

	PortfolioDashboard(JdbcClient jdbc, Clock clock, CoverageAnalysis coverage, DataVersionCache cache) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.coverage = coverage;
		this.cache = cache;
	}

	/**
	 * The dashboard as the page shows it: lists limited to {@link #LIST_LIMIT}. Its
	 * figures are kept while the data does not change ({@link DataVersionCache}): one
	 * statement instead of seven when nothing was written since the last view of the same
	 * filter on the same day.
	 */
	@Transactional(readOnly = true)
	public Portfolio dashboard(PortfolioFilter filter, Viewer viewer) {
		if (!viewer.isDirector()) {
			throw new AccountActionRefused("see the portfolio dashboard");
		}
		PortfolioFilter f = (filter != null) ? filter : PortfolioFilter.none();
		LocalDate today = LocalDate.now(this.clock);
		return this.cache.get(new Kept(f, today), () -> dashboard(f, today, viewer, LIST_LIMIT));
	}

	/**
	 * The dashboard with whole lists (for the CSV downloads): every loss-making account,
	 * every account with a coverage gap, every tier move.
	 */
	@Transactional(readOnly = true)
	public Portfolio export(PortfolioFilter filter, Viewer viewer) {
		return dashboard((filter != null) ? filter : PortfolioFilter.none(), LocalDate.now(this.clock), viewer, null);
	}

	private Portfolio dashboard(PortfolioFilter f, LocalDate today, Viewer viewer, Integer limit) {
		if (!viewer.isDirector()) {
			throw new AccountActionRefused("see the portfolio dashboard");
		}
		LocalDate since = today.minusMonths(3);
		Map<String, Object> params = new HashMap<>();
		params.put("owner", f.owner());
		params.put("region", (f.region() != null) ? f.region().name() : null);
		params.put("industry", (f.industry() != null) ? f.industry().name() : null);
		params.put("tier", f.tier());
		params.put("today", today);
		params.put("limit", limit);

		String condition = condition(f);
		String base = base(condition);
		List<Owner> owners = owners();
		List<TierRow> tiers = tiers(base, params);
		Concentration concentration = concentration(base, params);
		List<LossMaker> lossMakers = new ArrayList<>();
		long lossMakerCount = lossMakers(base, params, lossMakers);
		List<ComplianceRow> compliance = compliance(condition, params);
		List<CoverageAccount> coverageAccounts = new ArrayList<>();
		CoverageSummary coverageSummary = coverage(base, params, coverageAccounts);
		List<MoveCount> moveCounts = new ArrayList<>();
		List<Move> moves = new ArrayList<>();
		long moveCount = moves(base, params, since, moveCounts, moves);
		return new Portfolio(f, owners, tiers, concentration, List.copyOf(lossMakers), lossMakerCount, compliance,
				coverageSummary, List.copyOf(coverageAccounts), List.copyOf(moveCounts), List.copyOf(moves), moveCount,
				since);
	}

	private List<Owner> owners() {
		return this.jdbc.sql("""
				select d.id, d.display_name from people_directory d
				where exists (select 1 from account_account a where a.owner_id = d.id and a.archived_at is null)
				order by lower(d.display_name), d.id""")
			.query((rs, n) -> new Owner(rs.getLong("id"), rs.getString("display_name")))
			.list();
	}

	private List<TierRow> tiers(String base, Map<String, Object> params) {
		record Raw(Integer position, String name, long accounts, BigDecimal revenue, BigDecimal margin, long loss,
				long walletRecorded, BigDecimal walletAverage, BigDecimal walletWeighted) {
		}
		List<Raw> raw = this.jdbc.sql("""
				with %s,
				stats as (
				    select tier, count(*) as accounts, sum(revenue) as revenue, sum(coalesce(margin, 0)) as margin,
				        count(*) filter (where margin < 0) as loss_making, count(wallet) as wallet_recorded,
				        round(avg(wallet), 1) as wallet_average,
				        round(sum(wallet * revenue) filter (where wallet is not null)
				            / nullif(sum(revenue) filter (where wallet is not null), 0), 1) as wallet_weighted
				    from base group by tier),
				tiers as (select position, name from grading_tier union all select null, null)
				select t.position, t.name, coalesce(s.accounts, 0) as accounts, coalesce(s.revenue, 0) as revenue,
				    coalesce(s.margin, 0) as margin, coalesce(s.loss_making, 0) as loss_making,
				    coalesce(s.wallet_recorded, 0) as wallet_recorded, s.wallet_average, s.wallet_weighted
				from tiers t left join stats s on s.tier is not distinct from t.position
				order by t.position nulls last""".formatted(base))
			.params(params)
			.query((rs, n) -> new Raw((Integer) rs.getObject("position"), rs.getString("name"), rs.getLong("accounts"),
					rs.getBigDecimal("revenue"), rs.getBigDecimal("margin"), rs.getLong("loss_making"),
					rs.getLong("wallet_recorded"), rs.getBigDecimal("wallet_average"),
					rs.getBigDecimal("wallet_weighted")))
			.list();
		BigDecimal revenue = raw.stream().map(Raw::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal accounts = BigDecimal.valueOf(raw.stream().mapToLong(Raw::accounts).sum());
		return raw.stream()
			.map((r) -> new TierRow(r.position(), r.name(), r.accounts(), r.revenue(), r.margin(), r.loss(),
					r.walletRecorded(), r.walletAverage(), r.walletWeighted(), Portfolio.percent(r.revenue(), revenue),
					Portfolio.percent(BigDecimal.valueOf(r.accounts()), accounts)))
			.toList();
	}

	private Concentration concentration(String base, Map<String, Object> params) {
		record Raw(String kind, int k, Long rank, BigDecimal cumulative, long accounts, BigDecimal total) {
		}
		List<Raw> raw = this.jdbc.sql("""
				with %s,
				ranked as (
				    select row_number() over w as rn, sum(revenue) over w as cum
				    from base window w as (order by revenue desc, id rows unbounded preceding)),
				totals as (select count(*) as n, coalesce(sum(revenue), 0) as total from base)
				select 'TOP' as kind, k.k, r.rn, r.cum, t.n, t.total
				from (values (5), (10), (20)) k (k) cross join totals t
				left join ranked r on r.rn = least(k.k, t.n)
				union all
				select 'CURVE', p.i, r.rn, r.cum, t.n, t.total
				from generate_series(1, %d) p (i) cross join totals t
				join ranked r on r.rn = cast(ceil(t.n * p.i / %d.0) as bigint)
				order by 1 desc, 2""".formatted(base, CURVE_POINTS, CURVE_POINTS))
			.params(params)
			.query((rs, n) -> new Raw(rs.getString("kind"), rs.getInt("k"), (Long) rs.getObject("rn"),
					rs.getBigDecimal("cum"), rs.getLong("n"), rs.getBigDecimal("total")))
			.list();
		BigDecimal total = raw.isEmpty() ? BigDecimal.ZERO : raw.get(0).total();
		long accounts = raw.isEmpty() ? 0 : raw.get(0).accounts();
		List<TopShare> top = new ArrayList<>();
		List<ParetoPoint> curve = new ArrayList<>();
		curve.add(new ParetoPoint(0, BigDecimal.ZERO.setScale(1), BigDecimal.ZERO.setScale(1)));
		for (Raw r : raw) {
			if (r.kind().equals("TOP")) {
				BigDecimal revenue = (r.cumulative() != null) ? r.cumulative() : BigDecimal.ZERO;
				top.add(new TopShare(r.k(), (r.rank() != null) ? r.rank() : 0, revenue,
						Portfolio.percent(revenue, total)));
			}
			else if (r.rank() != null && curve.get(curve.size() - 1).accounts() != r.rank()) {
				curve.add(new ParetoPoint(r.rank(),
						Portfolio.percent(BigDecimal.valueOf(r.rank()), BigDecimal.valueOf(accounts)),
						(total.signum() == 0) ? null : Portfolio.percent(r.cumulative(), total)));
			}
		}
		return new Concentration(total, accounts, List.copyOf(top), (accounts == 0) ? List.of() : List.copyOf(curve));
	}

	private long lossMakers(String base, Map<String, Object> params, List<LossMaker> into) {
		long[] total = { 0 };
		this.jdbc.sql("""
				with %s
				select b.id, b.name, t.name as tier_name, d.display_name as owner_name, b.revenue, b.margin,
				    count(*) over () as total
				from base b
				left join grading_tier t on t.position = b.tier
				left join people_directory d on d.id = b.owner_id
				where b.margin < 0
				order by b.margin, lower(b.name), b.id
				limit cast(:limit as integer)""".formatted(base)).params(params).query((ResultSet rs) -> {
			total[0] = rs.getLong("total");
			into.add(new LossMaker(rs.getLong("id"), rs.getString("name"), rs.getString("tier_name"),
					rs.getString("owner_name"), rs.getBigDecimal("revenue"), rs.getBigDecimal("margin")));
		});
		return total[0];
	}

	private List<ComplianceRow> compliance(String condition, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>(params);
		return this.jdbc
			.sql("""
					with facts as (%s),
					checked as (
					    select t.position, t.name, t.sponsor_required, t.agreed_plan_required, t.interaction_target_days,
					        f.account_id is not null as counted, f.review_overdue as overdue, f.sponsor_missing as no_sponsor,
					        f.plan_missing as no_plan, f.interaction_overdue as gap
					    from grading_tier t left join facts f on f.tier_position = t.position)
					select position, name, sponsor_required, agreed_plan_required, interaction_target_days,
					    count(*) filter (where counted) as accounts,
					    count(*) filter (where counted and overdue) as overdue,
					    count(*) filter (where counted and no_sponsor) as no_sponsor,
					    count(*) filter (where counted and no_plan) as no_plan,
					    count(*) filter (where counted and gap) as gap,
					    count(*) filter (where counted and not (overdue or no_sponsor or no_plan or gap)) as met
					from checked
					group by position, name, sponsor_required, agreed_plan_required, interaction_target_days
					order by position"""
				.formatted(ServiceCompliance.sql(condition)))
			.params(all)
			.query((rs, n) -> new ComplianceRow(rs.getInt("position"), rs.getString("name"), rs.getLong("accounts"),
					rs.getLong("overdue"), rs.getBoolean("sponsor_required") ? rs.getLong("no_sponsor") : null,
					rs.getBoolean("agreed_plan_required") ? rs.getLong("no_plan") : null, rs.getLong("gap"),
					rs.getLong("met"), rs.getInt("interaction_target_days")))
			.list();
	}

	private CoverageSummary coverage(String base, Map<String, Object> params, List<CoverageAccount> into) {
		// The counts per account come from the relationship module's coverage summary
		// (CoverageSummaries keeps it current), not from contacts and links.
		CoverageSummary[] summary = { null };
		this.jdbc.sql("""
				with %s,
				per_account as (
				    select b.id, b.name, b.owner_id, coalesce(s.uncovered_decision_makers, 0) as uncovered,
				        coalesce(s.levels_not_reached, 0) as levels, coalesce(s.single_threaded, 0) as single,
				        coalesce(s.going_cold, 0) as cold
				    from base b left join relationship_coverage_summary s on s.account_id = b.id)
				select 0 as part, cast(null as bigint) as id, cast(null as varchar) as name,
				    cast(null as varchar) as owner_name,
				    count(*) filter (where uncovered > 0) as uncovered, count(*) filter (where levels > 0) as levels,
				    count(*) filter (where single > 0) as single, count(*) filter (where cold > 0) as cold,
				    count(*) filter (where uncovered + levels + single + cold > 0) as gaps, count(*) as accounts
				from per_account
				union all
				(select 1, p.id, p.name, d.display_name, p.uncovered, p.levels, p.single, p.cold, p.gaps, 0
				 from (select p.*, p.uncovered + p.levels + p.single + p.cold as gaps from per_account p
				     where p.uncovered + p.levels + p.single + p.cold > 0
				     order by gaps desc, lower(p.name), p.id
				     limit cast(:limit as integer)) p
				 left join people_directory d on d.id = p.owner_id
				 order by p.gaps desc, lower(p.name), p.id)""".formatted(base)).params(params).query((ResultSet rs) -> {
			if (rs.getInt("part") == 0) {
				summary[0] = new CoverageSummary(rs.getLong("accounts"), rs.getLong("uncovered"), rs.getLong("levels"),
						rs.getLong("single"), rs.getLong("cold"), rs.getLong("gaps"), this.coverage.coldAfterDays());
			}
			else {
				into.add(new CoverageAccount(rs.getLong("id"), rs.getString("name"), rs.getString("owner_name"),
						rs.getLong("uncovered"), rs.getLong("levels"), rs.getLong("single"), rs.getLong("cold")));
			}
		});
		return summary[0];
	}

	private long moves(String base, Map<String, Object> params, LocalDate since, List<MoveCount> counts,
			List<Move> into) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("since", Timestamp.from(since.atStartOfDay(ZoneOffset.UTC).toInstant()));
		long[] total = { 0 };
		this.jdbc
			.sql("""
					with %s,
					moves as (
					    select c.id, c.account_id, b.name, c.from_tier, c.to_tier, c.cause, c.changed_at,
					        coalesce((select min(t.position) from grading_tier t where t.name = c.from_tier), 99) as from_position,
					        coalesce((select min(t.position) from grading_tier t where t.name = c.to_tier), 99) as to_position
					    from grading_tier_change c join base b on b.id = c.account_id
					    where c.cause <> 'FIRST_GRADED' and c.changed_at >= :since)
					(select 0 as part, cast(null as bigint) as account_id, cast(null as varchar) as name, from_tier, to_tier,
					     from_position, to_position, cast(null as varchar) as cause,
					     cast(null as timestamp with time zone) as changed_at, count(*) as n
					 from moves group by from_tier, to_tier, from_position, to_position
					 order by count(*) desc, from_position, to_position)
					union all
					(select 1, account_id, name, from_tier, to_tier, from_position, to_position, cause, changed_at,
					     count(*) over ()
					 from moves order by changed_at desc, id desc
					 limit cast(:limit as integer))"""
				.formatted(base))
			.params(all)
			.query((ResultSet rs) -> {
				Direction direction = direction(rs.getInt("from_position"), rs.getInt("to_position"));
				if (rs.getInt("part") == 0) {
					counts.add(new MoveCount(rs.getString("from_tier"), rs.getString("to_tier"), direction,
							rs.getLong("n")));
				}
				else {
					total[0] = rs.getLong("n");
					into.add(new Move(rs.getLong("account_id"), rs.getString("name"), rs.getString("from_tier"),
							rs.getString("to_tier"), direction, rs.getString("cause"),
							rs.getTimestamp("changed_at").toInstant().atOffset(ZoneOffset.UTC).toLocalDate()));
				}
			});
		return total[0];
	}

	/** What the page's dashboard depends on besides the data. */
	private record Kept(PortfolioFilter filter, LocalDate today) {
	}

	private static Direction direction(int from, int to) {
		return (to < from) ? Direction.UP : (to > from) ? Direction.DOWN : Direction.SIDEWAYS;
	}

}
