package org.keyline.account.demo;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keyline.account.demo.DemoAccount.Competitor;
import org.keyline.account.demo.DemoAccount.Member;
import org.keyline.account.demo.DemoAccount.Mentor;
import org.keyline.account.demo.DemoAccount.Year;
import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;
import org.keyline.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;

/**
 * The demo accounts: 60 curated ones by default, or as many as
 * {@code keyline.demo.accounts} asks for (the curated ones plus generated ones, the same
 * every run) for tests and benchmarks. Owners, team members and mentors are the demo
 * users, found through the people module's {@link UserDirectory}.
 *
 * <p>
 * Written with plain JDBC batches rather than through the aggregate, so that ten thousand
 * accounts seed in seconds. Account ids are taken from the identity sequence up front, so
 * that children and subsidiaries can be written in batches that refer to them.
 */
@Component
class AccountDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(AccountDemoData.class);

	/** Any fixed seed: the same portfolio on every run. */
	private static final long SEED = 20_240_601L;

	private static final int BATCH = 1000;

	/** Who changed a row last when its owner is not known (not a user). */
	private static final String BY = "demo";

	private final UserDirectory users;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int accounts;

	AccountDemoData(UserDirectory users, JdbcTemplate jdbc, Clock clock,
			@Value("${keyline.demo.accounts:60}") int accounts) {
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void seed() {
		Integer existing = this.jdbc.queryForObject("select count(*) from account_account", Integer.class);
		if ((existing != null && existing > 0) || this.accounts <= 0) {
			return;
		}
		DemoCast cast = DemoCast.from(this.users);
		if (!cast.canOwnAccounts()) {
			log.warn("No key account managers: no demo accounts seeded");
			return;
		}
		long started = System.nanoTime();
		List<DemoAccount> portfolio = new DemoPortfolio(cast, this.clock, SEED).build(this.accounts);
		long generated = System.nanoTime();
		int rows = write(portfolio);
		// Fresh statistics, so that the planner uses the list's indexes at once rather
		// than
		// after autovacuum's next round.
		this.jdbc.execute(
				"analyze account_account, account_economics, account_team_member, account_competitor, account_mentor");
		log.info("Seeded {} demo accounts ({} rows) in {} ms, {} ms of it generating", portfolio.size(), rows,
				(System.nanoTime() - started) / 1_000_000, (generated - started) / 1_000_000);
	}

	/** Writes the portfolio; returns the number of rows written. */
	private int write(List<DemoAccount> portfolio) {
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('account_account', 'id')) from generate_series(1, ?)",
				Long.class, portfolio.size());
		record Row<T>(long accountId, int position, T item) {
		}
		List<Row<DemoAccount>> accounts = new ArrayList<>(portfolio.size());
		List<Row<Year>> years = new ArrayList<>();
		List<Row<Competitor>> competitors = new ArrayList<>();
		List<Row<Member>> team = new ArrayList<>();
		List<Row<Mentor>> mentors = new ArrayList<>();
		// Each account and its years were last changed by its owner, so that the pages
		// name a person ("Last changed ... by Morgan Manager"), not the seeder.
		Map<Long, UserSummary> owners = this.users
			.byIds(portfolio.stream().map(DemoAccount::ownerId).collect(Collectors.toSet()));
		Map<Long, String> changedBy = new HashMap<>();
		for (int i = 0; i < portfolio.size(); i++) {
			DemoAccount account = portfolio.get(i);
			long id = ids.get(i);
			UserSummary owner = owners.get(account.ownerId());
			changedBy.put(id, (owner != null) ? owner.username() : BY);
			accounts.add(new Row<>(id, i, account));
			account.years().forEach((year) -> years.add(new Row<>(id, 0, year)));
			for (int position = 0; position < account.competitors().size(); position++) {
				competitors.add(new Row<>(id, position, account.competitors().get(position)));
			}
			account.team().forEach((member) -> team.add(new Row<>(id, 0, member)));
			account.mentors().forEach((mentor) -> mentors.add(new Row<>(id, 0, mentor)));
		}
		// Identity "generated always": the ids taken above are written explicitly.
		batch("""
				insert into account_account (id, name, industry, region, country, employees, website, parent_id,
				    owner_id, stage, relationship, strategic_importance, ease_of_business, advice_frequency, notes,
				    archived_at, current_year, current_revenue, current_cost_to_serve, current_category_spend, version,
				    created_at, updated_at, updated_by)
				overriding system value
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""", accounts,
				(ps, row) -> {
					DemoAccount a = row.item();
					Year latest = a.latest();
					ps.setLong(1, row.accountId());
					ps.setString(2, a.name());
					ps.setString(3, a.industry().name());
					ps.setString(4, a.region().name());
					ps.setString(5, a.country());
					setInteger(ps, 6, a.employees());
					ps.setString(7, a.website());
					if (a.parent() != null) {
						ps.setLong(8, ids.get(a.parent()));
					}
					else {
						ps.setNull(8, Types.BIGINT);
					}
					ps.setLong(9, a.ownerId());
					ps.setString(10, a.stage().name());
					ps.setString(11, a.relationship().name());
					ps.setShort(12, (short) a.strategicImportance());
					ps.setShort(13, (short) a.easeOfBusiness());
					ps.setString(14, a.adviceFrequency().name());
					ps.setString(15, a.notes());
					setInstant(ps, 16, a.archivedAt());
					ps.setInt(17, latest.fiscalYear());
					ps.setBigDecimal(18, latest.revenue());
					ps.setBigDecimal(19, latest.costToServe());
					setMoney(ps, 20, latest.categorySpend());
					setInstant(ps, 21, a.createdAt());
					setInstant(ps, 22, a.updatedAt());
					ps.setString(23, changedBy.get(row.accountId()));
				});
		batch("""
				insert into account_economics (account_id, fiscal_year, revenue, cost_to_serve, category_spend, version,
				    updated_at, updated_by)
				values (?, ?, ?, ?, ?, 0, ?, ?)""", years, (ps, row) -> {
			Year year = row.item();
			ps.setLong(1, row.accountId());
			ps.setInt(2, year.fiscalYear());
			ps.setBigDecimal(3, year.revenue());
			ps.setBigDecimal(4, year.costToServe());
			setMoney(ps, 5, year.categorySpend());
			setInstant(ps, 6, year.updatedAt());
			ps.setString(7, changedBy.get(row.accountId()));
		});
		batch("insert into account_competitor (account_id, name, share_of_spend, position) values (?, ?, ?, ?)",
				competitors, (ps, row) -> {
					ps.setLong(1, row.accountId());
					ps.setString(2, row.item().name());
					setMoney(ps, 3, row.item().shareOfSpend());
					ps.setInt(4, row.position());
				});
		batch("""
				insert into account_team_member (account_id, user_id, role, specialty, joined_on, left_on)
				values (?, ?, ?, ?, ?, ?)""", team, (ps, row) -> {
			Member member = row.item();
			ps.setLong(1, row.accountId());
			ps.setLong(2, member.userId());
			ps.setString(3, member.role().name());
			ps.setString(4, member.specialty());
			ps.setObject(5, member.joinedOn(), Types.DATE);
			setDate(ps, 6, member.leftOn());
		});
		batch("insert into account_mentor (account_id, mentor_id, assigned_at, assigned_by) values (?, ?, ?, 'director')",
				mentors, (ps, row) -> {
					ps.setLong(1, row.accountId());
					ps.setLong(2, row.item().mentorId());
					setInstant(ps, 3, row.item().assignedAt());
				});
		return accounts.size() + years.size() + competitors.size() + team.size() + mentors.size();
	}

	private <T> void batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(sql, rows, BATCH, setter);
		}
	}

	private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value != null) {
			ps.setInt(index, value);
		}
		else {
			ps.setNull(index, Types.INTEGER);
		}
	}

	private static void setMoney(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
		if (value != null) {
			ps.setBigDecimal(index, value);
		}
		else {
			ps.setNull(index, Types.NUMERIC);
		}
	}

	private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
		if (value != null) {
			ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
		}
		else {
			ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
		}
	}

	private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
		if (value != null) {
			ps.setObject(index, value, Types.DATE);
		}
		else {
			ps.setNull(index, Types.DATE);
		}
	}

}
