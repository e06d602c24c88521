package org.keyline.plan.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.keyline.people.Role;
import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;
import org.keyline.plan.ActionStatus;
import org.keyline.plan.PlanSnapshot;
import org.keyline.plan.PlanSnapshot.SnapAction;
import org.keyline.plan.PlanSnapshot.SnapObjective;
import org.keyline.plan.PlanSnapshot.SnapStrategy;
import org.keyline.plan.PlanStatus;
import org.keyline.plan.demo.DemoPlanTexts.Kind;
import org.keyline.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The demo accounts' plans: most curated accounts have one, in every state of its life
 * (drafts, plans in review with sign-offs given and awaited, one of them asked of a
 * member who has since left, agreed plans, one agreed by a director's override, active
 * plans, closed ones followed by a new plan), some at version 2 or 3 with the earlier
 * versions kept, mentors' comments with the owners' replies, and overdue actions.
 * Generated accounts (large benchmark portfolios) get simpler plans, mostly active.
 *
 * <p>
 * Rows are written straight with JDBC batches (one statement per few thousand rows, each
 * column bound as an array), with ids taken from the identity sequences up front, so that
 * the version snapshots can name them. The data keeps the plan service's rules: horizon
 * of three or four years, targets that move and fall within it, actions owned by the
 * account's owner or a current team member, sign-offs asked of the team, at most one open
 * plan per account. Dates are relative to the clock and the randomness is seeded, so the
 * same plans, with the same overdue actions, come back on every run.
 */
@Component
class PlanDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

	/** Any fixed seed: the same plans on every run. */
	private static final long SEED = 20_261_125L;

	/** The account seeder's curated accounts come first. */
	private static final int CURATED = 60;

	/** The demo user who owns a portfolio of a dozen curated accounts. */
	private static final String MANAGER = "manager";

	private static final int ACCOUNTS_PER_CHUNK = 2000;

	private static final int BATCH = 10_000;

	private static final int ID_BLOCK = 5000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * What the curated accounts' plans are, in turn: every state, versions, closed plans
	 * followed by a new one, and a few accounts without a plan.
	 */
	private static final List<Scenario> CURATED_SCENARIOS = List.of(new Scenario(Shape.ACTIVE, 1),
			new Scenario(Shape.DRAFT, 1), new Scenario(Shape.IN_REVIEW, 1), new Scenario(Shape.ACTIVE, 2),
			new Scenario(Shape.AGREED, 1), new Scenario(Shape.CLOSED_THEN_ACTIVE, 1), new Scenario(Shape.ACTIVE, 3),
			new Scenario(Shape.NONE, 1), new Scenario(Shape.AGREED_BY_OVERRIDE, 1), new Scenario(Shape.DRAFT, 2),
			new Scenario(Shape.ACTIVE, 1), new Scenario(Shape.IN_REVIEW_NONE_SIGNED, 1), new Scenario(Shape.ACTIVE, 1),
			new Scenario(Shape.CLOSED_THEN_DRAFT, 1), new Scenario(Shape.ACTIVE, 2), new Scenario(Shape.ACTIVE, 1),
			new Scenario(Shape.NONE, 1), new Scenario(Shape.CLOSED_THEN_ACTIVE, 2), new Scenario(Shape.ACTIVE, 1),
			new Scenario(Shape.AGREED, 2));

	private final JdbcTemplate jdbc;

	private final UserDirectory users;

	private final Clock clock;

	PlanDemoData(JdbcTemplate jdbc, UserDirectory users, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public void seed() {
		Boolean existing = this.jdbc.queryForObject("select exists (select 1 from plan_plan)", Boolean.class);
		if (Boolean.TRUE.equals(existing)) {
			return;
		}
		long started = System.nanoTime();
		Map<Long, String[]> people = new HashMap<>();
		this.jdbc.query("select id, username, display_name from people_directory", (RowCallbackHandler) (rs) -> people
			.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) }));
		Map<Long, List<TeamRow>> teams = new HashMap<>();
		this.jdbc.query(
				"select account_id, user_id, joined_on, left_on from account_team_member order by account_id, id",
				(RowCallbackHandler) (rs) -> teams.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new TeamRow(rs.getLong(2), rs.getObject(3, LocalDate.class),
							rs.getObject(4, LocalDate.class))));
		Map<Long, MentorRow> mentors = new HashMap<>();
		this.jdbc.query(
				"select account_id, mentor_id, assigned_at from account_mentor order by account_id, assigned_at",
				(RowCallbackHandler) (rs) -> mentors.putIfAbsent(rs.getLong(1),
						new MentorRow(rs.getLong(2), rs.getTimestamp(3).toInstant())));
		List<Acct> accounts = this.jdbc.query("""
				select id, owner_id, current_revenue, position from (
				    select id, owner_id, current_revenue, archived_at, row_number() over (order by id) as position
				    from account_account) a
				where archived_at is null order by id""",
				(rs, n) -> new Acct(rs.getLong("id"), rs.getInt("position"), rs.getLong("owner_id"),
						rs.getBigDecimal("current_revenue"), teams.getOrDefault(rs.getLong("id"), List.of()),
						mentors.get(rs.getLong("id"))));
		if (accounts.isEmpty()) {
			return;
		}
		String director = this.users.withRole(Role.DIRECTOR)
			.stream()
			.map(UserSummary::username)
			.findFirst()
			.orElse(null);
		LocalDate today = LocalDate.now(this.clock);
		Generator generator = new Generator(new Random(SEED), this.clock.instant(), today, people, director,
				new Ids(this.jdbc));
		Map.Entry<Long, TeamRow> leaver = leaverAccount(accounts, today);
		Totals totals = new Totals();
		List<Plan> chunk = new ArrayList<>();
		int curatedTurn = 0;
		// The demo manager's own accounts take the first turns, so that signed in as
		// them one meets every state of a plan.
		List<Acct> ordered = new ArrayList<>(accounts);
		ordered.sort(Comparator
			.comparingInt((Acct a) -> (a.position() > CURATED) ? 2
					: MANAGER.equals(people.getOrDefault(a.ownerId(), new String[] { "" })[0]) ? 0 : 1)
			.thenComparingInt(Acct::position));
		for (int i = 0; i < ordered.size(); i++) {
			Acct account = ordered.get(i);
			if (account.position() <= CURATED) {
				if (leaver != null && leaver.getKey() == account.id()) {
					chunk.add(generator.leaverPlan(account, leaver.getValue()));
				}
				else {
					chunk.addAll(generator.plans(account,
							CURATED_SCENARIOS.get(curatedTurn++ % CURATED_SCENARIOS.size()), true));
				}
			}
			else {
				chunk.addAll(generator.plans(account, generator.generatedScenario(), false));
			}
			if ((i + 1) % ACCOUNTS_PER_CHUNK == 0) {
				write(chunk, totals);
				chunk.clear();
			}
		}
		write(chunk, totals);
		this.jdbc.execute(
				"analyze plan_plan, plan_objective, plan_strategy, plan_action, plan_signoff, plan_version, plan_comment");
		log.info(
				"Seeded {} demo plans {} ({} objectives, {} actions, {} sign-offs, {} earlier versions, {} comments) in {} ms",
				totals.plans, totals.byStatus, totals.objectives, totals.actions, totals.signOffs, totals.versions,
				totals.comments, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The curated account whose team someone left most recently (while others stay on
	 * it): its plan is in review, waiting for the one who left among others.
	 */
	private static Map.Entry<Long, TeamRow> leaverAccount(List<Acct> accounts, LocalDate today) {
		Map.Entry<Long, TeamRow> best = null;
		LocalDate bestLeft = null;
		for (Acct account : accounts) {
			if (account.position() > CURATED) {
				continue;
			}
			for (TeamRow leaver : account.team()) {
				if (leaver.leftOn() == null || !leaver.leftOn().isBefore(today)) {
					continue;
				}
				LocalDate submitted = leaver.leftOn().minusDays(5);
				boolean othersAsked = account.team()
					.stream()
					.anyMatch((t) -> t.userId() != leaver.userId() && t.current(today)
							&& !t.joinedOn().isAfter(submitted) && t.userId() != account.ownerId());
				if (othersAsked && submitted.isAfter(leaver.joinedOn())
						&& (bestLeft == null || leaver.leftOn().isAfter(bestLeft))) {
					best = Map.entry(account.id(), leaver);
					bestLeft = leaver.leftOn();
				}
			}
		}
		return best;
	}

	// ---------------------------------------------------------------- writing

	private void write(List<Plan> plans, Totals totals) {
		if (plans.isEmpty()) {
			return;
		}
		record ObjectiveRow(long planId, Obj objective) {
		}
		record StrategyRow(long objectiveId, Strat strategy) {
		}
		record ActionRow(long planId, long strategyId, Act action) {
		}
		List<ObjectiveRow> objectives = new ArrayList<>();
		List<StrategyRow> strategies = new ArrayList<>();
		List<ActionRow> actions = new ArrayList<>();
		List<SignOffRow> signOffs = new ArrayList<>();
		List<VersionRow> versions = new ArrayList<>();
		List<CommentRow> comments = new ArrayList<>();
		for (Plan plan : plans) {
			for (Obj objective : plan.objectives) {
				objectives.add(new ObjectiveRow(plan.id, objective));
				for (Strat strategy : objective.strategies) {
					strategies.add(new StrategyRow(objective.id, strategy));
					for (Act action : strategy.actions) {
						actions.add(new ActionRow(plan.id, strategy.id, action));
					}
				}
			}
			signOffs.addAll(plan.signOffs);
			versions.addAll(plan.versions);
			comments.addAll(plan.comments);
		}
		insert("""
				insert into plan_plan (id, account_id, title, horizon_from, horizon_to, status, version_no, submitted_at,
				    submitted_by, agreed_at, override_by, override_reason, activated_at, closed_at, closing_note, version,
				    created_at, created_by, updated_at, updated_by)
				overriding system value
				select id, account_id, title, horizon_from, horizon_to, status, version_no, submitted_at, submitted_by,
				    agreed_at, override_by, override_reason, activated_at, closed_at, closing_note, 0, created_at,
				    created_by, updated_at, updated_by
				from unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::int[], ?::text[], ?::int[],
				    ?::timestamptz[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::timestamptz[],
				    ?::timestamptz[], ?::text[], ?::timestamptz[], ?::text[], ?::timestamptz[], ?::text[])
				    as t (id, account_id, title, horizon_from, horizon_to, status, version_no, submitted_at,
				    submitted_by, agreed_at, override_by, override_reason, activated_at, closed_at, closing_note,
				    created_at, created_by, updated_at, updated_by)""",
				plans,
				new String[] { "bigint", "bigint", "text", "int4", "int4", "text", "int4", "text", "text", "text",
						"text", "text", "text", "text", "text", "text", "text", "text", "text" },
				(p) -> new Object[] { p.id, p.accountId, p.title, p.horizonFrom, p.horizonTo, p.status.name(),
						p.versionNo, text(p.submittedAt), p.submittedBy, text(p.agreedAt), p.overrideBy,
						p.overrideReason, text(p.activatedAt), text(p.closedAt), p.closingNote, text(p.createdAt),
						p.createdBy, text(p.updatedAt), p.updatedBy });
		insert("""
				insert into plan_objective (id, plan_id, position, title, metric, unit, baseline, target, target_on,
				    latest_value, latest_on, version, updated_at, updated_by)
				overriding system value
				select id, plan_id, position, title, metric, unit, baseline, target, target_on, latest_value, latest_on, 0,
				    updated_at, updated_by
				from unnest(?::bigint[], ?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::numeric[],
				    ?::numeric[], ?::date[], ?::numeric[], ?::date[], ?::timestamptz[], ?::text[])
				    as t (id, plan_id, position, title, metric, unit, baseline, target, target_on, latest_value,
				    latest_on, updated_at, updated_by)""",
				objectives, new String[] { "bigint", "bigint", "int4", "text", "text", "text", "numeric", "numeric",
						"text", "numeric", "text", "text", "text" },
				(row) -> {
					Obj o = row.objective();
					return new Object[] { o.id, row.planId(), o.position, o.title, o.metric, o.unit, o.baseline,
							o.target, o.targetOn.toString(), o.latestValue, text(o.latestOn), text(o.updatedAt),
							o.updatedBy };
				});
		insert("""
				insert into plan_strategy (id, objective_id, position, description)
				overriding system value
				select * from unnest(?::bigint[], ?::bigint[], ?::int[], ?::text[])""", strategies,
				new String[] { "bigint", "bigint", "int4", "text" }, (row) -> new Object[] { row.strategy().id,
						row.objectiveId(), row.strategy().position, row.strategy().description });
		insert("""
				insert into plan_action (id, plan_id, strategy_id, description, owner_id, due_on, status, done_on, version,
				    updated_at, updated_by)
				overriding system value
				select id, plan_id, strategy_id, description, owner_id, due_on, status, done_on, 0, updated_at, updated_by
				from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::date[], ?::text[],
				    ?::date[], ?::timestamptz[], ?::text[])
				    as t (id, plan_id, strategy_id, description, owner_id, due_on, status, done_on, updated_at,
				    updated_by)""",
				actions,
				new String[] { "bigint", "bigint", "bigint", "text", "bigint", "text", "text", "text", "text", "text" },
				(row) -> {
					Act a = row.action();
					return new Object[] { a.id, row.planId(), row.strategyId(), a.description, a.ownerId,
							a.dueOn.toString(), a.status.name(), text(a.doneOn), text(a.updatedAt), a.updatedBy };
				});
		insert("""
				insert into plan_signoff (plan_id, version_no, user_id, requested_at, signed_at)
				select * from unnest(?::bigint[], ?::int[], ?::bigint[], ?::timestamptz[], ?::timestamptz[])""",
				signOffs, new String[] { "bigint", "int4", "bigint", "text", "text" }, (s) -> new Object[] { s.planId(),
						s.versionNo(), s.userId(), text(s.requestedAt()), text(s.signedAt()) });
		insert("""
				insert into plan_version (plan_id, version_no, status, agreed_at, override_by, override_reason, snapshot,
				    frozen_at, frozen_by)
				select * from unnest(?::bigint[], ?::int[], ?::text[], ?::timestamptz[], ?::text[], ?::text[],
				    ?::jsonb[], ?::timestamptz[], ?::text[])""",
				versions, new String[] { "bigint", "int4", "text", "text", "text", "text", "text", "text", "text" },
				(v) -> new Object[] { v.planId(), v.versionNo(), v.status().name(), text(v.agreedAt()), v.overrideBy(),
						v.overrideReason(), v.snapshot(), text(v.frozenAt()), v.frozenBy() });
		insert("""
				insert into plan_comment (id, plan_id, objective_id, objective_title, parent_id, body, author_id, created_at)
				overriding system value
				select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::text[],
				    ?::bigint[], ?::timestamptz[])""",
				comments, new String[] { "bigint", "bigint", "bigint", "text", "bigint", "text", "bigint", "text" },
				(c) -> new Object[] { c.id(), c.planId(), c.objectiveId(), c.objectiveTitle(), c.parentId(), c.body(),
						c.authorId(), text(c.createdAt()) });
		plans.forEach((p) -> totals.byStatus.merge(p.status, 1, Integer::sum));
		totals.plans += plans.size();
		totals.objectives += objectives.size();
		totals.actions += actions.size();
		totals.signOffs += signOffs.size();
		totals.versions += versions.size();
		totals.comments += comments.size();
	}

	private static String text(Object value) {
		if (value instanceof Instant instant) {
			return instant.atOffset(ZoneOffset.UTC).toString();
		}
		return (value != null) ? value.toString() : null;
	}

	/**
	 * Inserts the rows {@link #BATCH} at a time, each column bound as one array and
	 * unnested in the database: one statement per batch rather than one per row.
	 */
	private <T> void insert(String sql, List<T> rows, String[] types, Function<T, Object[]> columns) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<T> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			Object[][] arrays = new Object[types.length][batch.size()];
			for (int r = 0; r < batch.size(); r++) {
				Object[] values = columns.apply(batch.get(r));
				for (int c = 0; c < types.length; c++) {
					arrays[c][r] = values[c];
				}
			}
			this.jdbc.update((connection) -> {
				PreparedStatement ps = connection.prepareStatement(sql);
				for (int c = 0; c < types.length; c++) {
					ps.setArray(c + 1, connection.createArrayOf(types[c], arrays[c]));
				}
				return ps;
			});
		}
	}

	// ---------------------------------------------------------------- generating

	/** How an account's plans turn out. */
	enum Shape {

		NONE, DRAFT, IN_REVIEW, IN_REVIEW_NONE_SIGNED, AGREED, AGREED_BY_OVERRIDE, ACTIVE, CLOSED_THEN_ACTIVE,
		CLOSED_THEN_DRAFT

	}

	/** The shape of an account's plans and the version its open plan is at. */
	record Scenario(Shape shape, int versions) {
	}

	record Acct(long id, int position, long ownerId, BigDecimal revenue, List<TeamRow> team, MentorRow mentor) {
	}

	record TeamRow(long userId, LocalDate joinedOn, LocalDate leftOn) {

		boolean on(LocalDate day) {
			return !this.joinedOn.isAfter(day) && (this.leftOn == null || !this.leftOn.isBefore(day));
		}

		boolean current(LocalDate today) {
			return on(today);
		}

	}

	record MentorRow(long mentorId, Instant assignedAt) {
	}

	record SignOffRow(long planId, int versionNo, long userId, Instant requestedAt, Instant signedAt) {
	}

	record VersionRow(long planId, int versionNo, PlanStatus status, Instant agreedAt, String overrideBy,
			String overrideReason, String snapshot, Instant frozenAt, String frozenBy) {
	}

	record CommentRow(long id, long planId, Long objectiveId, String objectiveTitle, Long parentId, String body,
			long authorId, Instant createdAt) {
	}

	static final class Plan {

		long id;

		long accountId;

		String title;

		int horizonFrom;

		int horizonTo;

		PlanStatus status;

		int versionNo;

		Instant submittedAt;

		String submittedBy;

		Instant agreedAt;

		String overrideBy;

		String overrideReason;

		Instant activatedAt;

		Instant closedAt;

		String closingNote;

		Instant createdAt;

		String createdBy;

		Instant updatedAt;

		String updatedBy;

		List<Obj> objectives = new ArrayList<>();

		List<SignOffRow> signOffs = new ArrayList<>();

		List<VersionRow> versions = new ArrayList<>();

		List<CommentRow> comments = new ArrayList<>();

	}

	static final class Obj {

		long id;

		int position;

		String title;

		String metric;

		String unit;

		BigDecimal baseline;

		BigDecimal target;

		LocalDate targetOn;

		BigDecimal latestValue;

		LocalDate latestOn;

		Instant updatedAt;

		String updatedBy;

		List<Strat> strategies = new ArrayList<>();

	}

	static final class Strat {

		long id;

		int position;

		String description;

		List<Act> actions = new ArrayList<>();

	}

	static final class Act {

		long id;

		String description;

		long ownerId;

		LocalDate dueOn;

		ActionStatus status;

		LocalDate doneOn;

		Instant updatedAt;

		String updatedBy;

	}

	/** Ids taken from the identity sequences a block at a time. */
	static final class Ids {

		private final JdbcTemplate jdbc;

		private final Map<String, List<Long>> free = new HashMap<>();

		Ids(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		long next(String table) {
			List<Long> ids = this.free.computeIfAbsent(table, (t) -> new ArrayList<>());
			if (ids.isEmpty()) {
				List<Long> block = new ArrayList<>(this.jdbc.queryForList(
						"select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table,
						ID_BLOCK));
				java.util.Collections.reverse(block);
				ids.addAll(block);
			}
			return ids.remove(ids.size() - 1);
		}

	}

	/** Draws the plans; every date relative to {@code now}. */
	static final class Generator {

		private final Random random;

		private final Instant now;

		private final LocalDate today;

		private final Map<Long, String[]> people;

		private final String director;

		private final Ids ids;

		Generator(Random random, Instant now, LocalDate today, Map<Long, String[]> people, String director, Ids ids) {
			this.random = random;
			this.now = now;
			this.today = today;
			this.people = people;
			this.director = director;
			this.ids = ids;
		}

		/** Generated accounts: 70% with a plan, mostly active. */
		Scenario generatedScenario() {
			double roll = this.random.nextDouble();
			int versions = (this.random.nextDouble() < 0.1) ? 2 : 1;
			if (roll < 0.30) {
				return new Scenario(Shape.NONE, 1);
			}
			if (roll < 0.36) {
				return new Scenario(Shape.DRAFT, 1);
			}
			if (roll < 0.41) {
				return new Scenario(Shape.IN_REVIEW, 1);
			}
			if (roll < 0.45) {
				return new Scenario(Shape.AGREED, versions);
			}
			if (roll < 0.50) {
				return new Scenario(Shape.CLOSED_THEN_ACTIVE, 1);
			}
			return new Scenario(Shape.ACTIVE, versions);
		}

		List<Plan> plans(Acct account, Scenario scenario, boolean curated) {
			Shape shape = scenario.shape();
			if (shape == Shape.NONE) {
				return List.of();
			}
			LocalDate firstJoined = account.team()
				.stream()
				.filter((t) -> t.current(this.today) && t.userId() != account.ownerId())
				.map(TeamRow::joinedOn)
				.min(Comparator.naturalOrder())
				.orElse(null);
			if (firstJoined == null) {
				// Nobody to sign it off: it stays a draft.
				shape = Shape.DRAFT;
				scenario = new Scenario(shape, 1);
			}
			List<Plan> plans = new ArrayList<>();
			switch (shape) {
				case CLOSED_THEN_ACTIVE, CLOSED_THEN_DRAFT -> {
					PlanStatus next = (shape == Shape.CLOSED_THEN_ACTIVE) ? PlanStatus.ACTIVE : PlanStatus.DRAFT;
					Instant created = createdFor(next, scenario.versions(), firstJoined);
					Instant closed = created.minus(days(1, 15));
					// The closed plan was submitted while somebody was on the team.
					for (int attempt = 0; attempt < 5; attempt++) {
						Instant closedCreated = closed.minus(days(500, 1000));
						LocalDate createdOn = day(closedCreated);
						if (account.team()
							.stream()
							.anyMatch((m) -> m.on(createdOn.plusDays(7)) && m.on(createdOn.plusDays(21))
									&& m.userId() != account.ownerId())) {
							plans.add(plan(account, PlanStatus.CLOSED, 1, closedCreated, closed, false, curated));
							break;
						}
					}
					plans.add(plan(account, next, scenario.versions(), created, null, false, curated));
				}
				default -> {
					PlanStatus status = switch (shape) {
						case DRAFT -> PlanStatus.DRAFT;
						case IN_REVIEW, IN_REVIEW_NONE_SIGNED -> PlanStatus.IN_REVIEW;
						case AGREED, AGREED_BY_OVERRIDE -> PlanStatus.AGREED;
						default -> PlanStatus.ACTIVE;
					};
					boolean override = shape == Shape.AGREED_BY_OVERRIDE && this.director != null;
					Plan plan = plan(account, status, scenario.versions(),
							createdFor(status, scenario.versions(), firstJoined), null, override, curated);
					if (shape == Shape.IN_REVIEW_NONE_SIGNED) {
						List<SignOffRow> unsigned = plan.signOffs.stream()
							.map((s) -> (s.versionNo() == plan.versionNo)
									? new SignOffRow(s.planId(), s.versionNo(), s.userId(), s.requestedAt(), null) : s)
							.toList();
						plan.signOffs = new ArrayList<>(unsigned);
					}
					plans.add(plan);
				}
			}
			for (Plan plan : plans) {
				comments(account, plan, curated);
			}
			return plans;
		}

		/**
		 * When a plan that reaches {@code status} at version {@code versions} was
		 * started: long enough ago for its life, and if possible once somebody on today's
		 * team had joined, so that they could be asked to sign it.
		 */
		private Instant createdFor(PlanStatus status, int versions, LocalDate firstJoined) {
			int extra = switch (status) {
				case DRAFT -> between(3, 50);
				case IN_REVIEW -> between(0, 10);
				case AGREED -> between(0, 8);
				default -> between(30, 430);
			};
			long span = 100L * (versions - 1) + 40;
			Instant created = this.now.minus(Duration.ofDays(span + extra)).minus(Duration.ofMinutes(between(0, 600)));
			if (firstJoined != null && status != PlanStatus.DRAFT) {
				Instant joined = firstJoined.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC);
				if (created.isBefore(joined) && !joined.plus(Duration.ofDays(span)).isAfter(this.now)) {
					created = joined;
				}
			}
			return created;
		}

		/**
		 * A plan that reaches {@code status} at version {@code versionNo}: every earlier
		 * version was agreed, activated and kept when its content changed.
		 */
		private Plan plan(Acct account, PlanStatus status, int versionNo, Instant created, Instant closeAt,
				boolean override, boolean curated) {
			Plan plan = new Plan();
			plan.id = this.ids.next("plan_plan");
			plan.accountId = account.id();
			LocalDate createdOn = day(created);
			plan.horizonFrom = createdOn.getYear() + ((createdOn.getMonthValue() >= 9) ? 1 : 0);
			if (status == PlanStatus.CLOSED) {
				// It ran to about its end.
				plan.horizonTo = plan.horizonFrom + ((day(closeAt).getYear() > plan.horizonFrom + 2) ? 3 : 2);
			}
			else {
				plan.horizonTo = plan.horizonFrom + ((this.random.nextDouble() < 0.6) ? 2 : 3);
			}
			plan.title = pick(DemoPlanTexts.PLAN_TITLES).replace("{from}", String.valueOf(plan.horizonFrom))
				.replace("{to}", String.valueOf(plan.horizonTo));
			plan.createdAt = created;
			plan.createdBy = username(account.ownerId());
			plan.versionNo = versionNo;
			String owner = plan.createdBy;
			// The life, version by version.
			Instant t = created;
			Instant runningSince = null;
			List<Instant> frozen = new ArrayList<>();
			for (int v = 1; v <= versionNo; v++) {
				boolean last = v == versionNo;
				PlanStatus reach = last ? status : PlanStatus.ACTIVE;
				plan.submittedAt = null;
				plan.submittedBy = null;
				plan.agreedAt = null;
				plan.overrideBy = null;
				plan.overrideReason = null;
				plan.activatedAt = null;
				if (reach == PlanStatus.DRAFT) {
					break;
				}
				t = t.plus(days(7, 20));
				plan.submittedAt = t;
				plan.submittedBy = owner;
				LocalDate submittedOn = day(t);
				// Asked: who was on the team then and (but for a closed plan) still is.
				List<Long> asked = account.team()
					.stream()
					.filter((m) -> m.on(submittedOn) && (status == PlanStatus.CLOSED || m.current(this.today))
							&& m.userId() != account.ownerId())
					.map(TeamRow::userId)
					.distinct()
					.toList();
				if (asked.isEmpty()) {
					// Whoever is on the team now joined after this was submitted: ask
					// them all, as if it had been submitted once they had joined.
					asked = account.team()
						.stream()
						.filter((m) -> m.current(this.today) && m.userId() != account.ownerId())
						.map(TeamRow::userId)
						.distinct()
						.toList();
					LocalDate lastJoined = account.team()
						.stream()
						.filter((m) -> m.current(this.today))
						.map(TeamRow::joinedOn)
						.max(Comparator.naturalOrder())
						.orElse(submittedOn);
					Instant moved = lastJoined.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
					if (moved.isAfter(t)) {
						t = moved;
						plan.submittedAt = t;
					}
				}
				boolean overrideHere = last && override;
				Instant requested = t;
				Instant lastSigned = t;
				for (int i = 0; i < asked.size(); i++) {
					Instant signed = requested.plus(Duration.ofHours(between(2, 24 * 9)));
					if (reach == PlanStatus.IN_REVIEW && (i == asked.size() - 1 || this.random.nextBoolean())) {
						signed = null;
					}
					if (overrideHere && i == asked.size() - 1) {
						signed = null;
					}
					if (signed != null && signed.isAfter(this.now)) {
						signed = this.now.minus(Duration.ofHours(1));
					}
					plan.signOffs.add(new SignOffRow(plan.id, v, asked.get(i), requested, signed));
					if (signed != null && signed.isAfter(lastSigned)) {
						lastSigned = signed;
					}
				}
				if (reach == PlanStatus.IN_REVIEW) {
					t = lastSigned;
					break;
				}
				if (overrideHere) {
					t = lastSigned.plus(Duration.ofHours(between(4, 48)));
					plan.overrideBy = this.director;
					plan.overrideReason = pick(DemoPlanTexts.OVERRIDE_REASONS);
				}
				else {
					t = lastSigned;
				}
				plan.agreedAt = t;
				if (reach == PlanStatus.AGREED) {
					break;
				}
				t = t.plus(days(1, 5));
				plan.activatedAt = t;
				if (runningSince == null) {
					runningSince = t;
				}
				if (!last) {
					t = t.plus(days(20, 60));
					frozen.add(t);
					plan.versions
						.add(new VersionRow(plan.id, v, PlanStatus.ACTIVE, plan.agreedAt, null, null, null, t, owner));
				}
			}
			if (status == PlanStatus.CLOSED) {
				t = closeAt;
				plan.closedAt = closeAt;
				plan.closingNote = pick(DemoPlanTexts.CLOSING_NOTES);
			}
			plan.status = status;
			plan.updatedAt = (t.isAfter(this.now)) ? this.now : t;
			plan.updatedBy = (status == PlanStatus.AGREED && plan.overrideBy != null) ? plan.overrideBy : owner;
			LocalDate end = (status == PlanStatus.CLOSED) ? day(closeAt) : this.today;
			content(account, plan, runningSince, end, curated);
			snapshots(plan, frozen);
			return plan;
		}

		/**
		 * The plan in review that waits for a member who has left since: submitted a few
		 * days before they left, some of the others signed, one still to sign.
		 */
		Plan leaverPlan(Acct account, TeamRow leaver) {
			Instant submitted = leaver.leftOn().minusDays(5).atTime(9, 30).toInstant(ZoneOffset.UTC);
			Instant created = submitted.minus(days(10, 20));
			Plan plan = plan(account, PlanStatus.DRAFT, 1, created, null, false, true);
			plan.status = PlanStatus.IN_REVIEW;
			plan.submittedAt = submitted;
			plan.submittedBy = plan.createdBy;
			plan.updatedAt = submitted;
			List<Long> others = account.team()
				.stream()
				.filter((m) -> m.userId() != leaver.userId() && m.current(this.today)
						&& !m.joinedOn().isAfter(day(submitted)) && m.userId() != account.ownerId())
				.map(TeamRow::userId)
				.distinct()
				.toList();
			for (int i = 0; i < others.size(); i++) {
				Instant signed = (i < others.size() - 1) ? submitted.plus(Duration.ofHours(between(2, 72))) : null;
				plan.signOffs.add(new SignOffRow(plan.id, 1, others.get(i), submitted, signed));
			}
			plan.signOffs.add(new SignOffRow(plan.id, 1, leaver.userId(), submitted, null));
			comments(account, plan, true);
			return plan;
		}

		/** Objectives, strategies and actions of the plan as it stands. */
		private void content(Acct account, Plan plan, Instant runningSince, LocalDate end, boolean curated) {
			List<Long> owners = new ArrayList<>();
			owners.add(account.ownerId());
			account.team()
				.stream()
				.filter((m) -> m.current(this.today) && !owners.contains(m.userId()))
				.forEach((m) -> owners.add(m.userId()));
			List<Kind> kinds = new ArrayList<>(DemoPlanTexts.KINDS);
			java.util.Collections.shuffle(kinds, this.random);
			int count = curated ? between(3, 6) : between(3, 4);
			List<Kind> chosen = new ArrayList<>();
			if (this.random.nextDouble() < 0.7) {
				chosen.add(DemoPlanTexts.REVENUE);
			}
			chosen.addAll(kinds.subList(0, count - chosen.size()));
			LocalDate createdOn = day(plan.createdAt);
			for (int i = 0; i < chosen.size(); i++) {
				Obj o = objective(chosen.get(i), account, plan, i + 1);
				// Measured: mostly once the plan runs, sometimes when drafting.
				boolean measured = (runningSince != null) ? this.random.nextDouble() < 0.8
						: this.random.nextDouble() < 0.2;
				if (measured) {
					LocalDate from = (runningSince != null) ? day(runningSince) : createdOn;
					LocalDate on = dayBetween(from, end);
					double elapsed = Math.min(1.0, (double) (on.toEpochDay() - createdOn.toEpochDay())
							/ Math.max(1, o.targetOn.toEpochDay() - createdOn.toEpochDay()));
					double progress = elapsed * (0.4 + this.random.nextDouble() * 1.0) - 0.05;
					o.latestValue = scaled(
							o.baseline.doubleValue() + (o.target.doubleValue() - o.baseline.doubleValue()) * progress,
							o.unit);
					o.latestOn = on;
					o.updatedAt = on.atTime(16, 0).toInstant(ZoneOffset.UTC);
				}
				int strategies = curated ? between(1, 3) : between(1, 2);
				for (int s = 0; s < strategies; s++) {
					Strat strategy = new Strat();
					strategy.id = this.ids.next("plan_strategy");
					strategy.position = s + 1;
					strategy.description = chosen.get(i).strategies().get(s);
					int actions = curated ? between(1, 4) : between(1, 3);
					for (int a = 0; a < actions; a++) {
						strategy.actions.add(action(chosen.get(i), plan, owners, runningSince, end));
					}
					o.strategies.add(strategy);
				}
				plan.objectives.add(o);
			}
		}

		private Obj objective(Kind kind, Acct account, Plan plan, int position) {
			Obj o = new Obj();
			o.id = this.ids.next("plan_objective");
			o.position = position;
			o.title = kind.title();
			o.metric = kind.metric();
			o.unit = kind.unit();
			if (kind == DemoPlanTexts.REVENUE) {
				double revenue = (account.revenue() != null && account.revenue().signum() > 0)
						? account.revenue().doubleValue() : between(500, 5000) * 1000.0;
				o.baseline = BigDecimal.valueOf(Math.round(revenue / 1000.0) * 1000L).setScale(2);
				double grown = revenue * (1 + between(kind.moveMin(), kind.moveMax()) / 100.0);
				o.target = BigDecimal.valueOf(Math.round(grown / 10_000.0) * 10_000L).setScale(2);
			}
			else {
				int baseline = between(kind.baselineMin(), kind.baselineMax());
				o.baseline = BigDecimal.valueOf(baseline).setScale(2);
				o.target = BigDecimal.valueOf(Math.max(0, baseline + between(kind.moveMin(), kind.moveMax())))
					.setScale(2);
			}
			if (o.target.compareTo(o.baseline) == 0) {
				o.target = o.baseline.add(BigDecimal.ONE);
			}
			int year = (this.random.nextDouble() < 0.7) ? plan.horizonTo
					: between(plan.horizonFrom + 1, plan.horizonTo);
			o.targetOn = LocalDate.of(year, 12, 31);
			o.updatedAt = plan.createdAt.plus(Duration.ofHours(between(1, 48)));
			o.updatedBy = plan.createdBy;
			return o;
		}

		private Act action(Kind kind, Plan plan, List<Long> owners, Instant runningSince, LocalDate end) {
			Act a = new Act();
			a.id = this.ids.next("plan_action");
			a.description = pick(kind.actions());
			a.ownerId = owners.get(this.random.nextInt(owners.size()));
			LocalDate createdOn = day(plan.createdAt);
			LocalDate horizonEnd = LocalDate.of(plan.horizonTo, 12, 31);
			a.updatedBy = plan.createdBy;
			a.updatedAt = plan.createdAt.plus(Duration.ofHours(between(1, 72)));
			if (plan.status == PlanStatus.CLOSED) {
				a.dueOn = dayBetween(createdOn.plusDays(14), end.minusDays(1));
				boolean done = this.random.nextDouble() < 0.8;
				a.status = done ? ActionStatus.DONE : ActionStatus.DROPPED;
				a.doneOn = done
						? dayBetween(a.dueOn.minusDays(20).isAfter(createdOn) ? a.dueOn.minusDays(20) : createdOn,
								a.dueOn.isAfter(end) ? end : a.dueOn)
						: null;
				a.updatedAt = ((a.doneOn != null) ? a.doneOn : a.dueOn).atTime(15, 0).toInstant(ZoneOffset.UTC);
				a.updatedBy = username(a.ownerId);
				return a;
			}
			if (runningSince == null) {
				// Not running yet: due in the months ahead, mostly open.
				LocalDate latest = this.today.plusDays(540).isBefore(horizonEnd) ? this.today.plusDays(540)
						: horizonEnd;
				a.dueOn = dayBetween(this.today.plusDays(10), latest);
				if (a.dueOn.isAfter(horizonEnd)) {
					a.dueOn = horizonEnd;
				}
				a.status = (this.random.nextDouble() < 0.1) ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
				return a;
			}
			LocalDate latest = this.today.plusDays(450).isBefore(horizonEnd) ? this.today.plusDays(450) : horizonEnd;
			a.dueOn = dayBetween(createdOn.plusDays(14), latest);
			double roll = this.random.nextDouble();
			if (a.dueOn.isBefore(this.today)) {
				if (roll < 0.6) {
					a.status = ActionStatus.DONE;
				}
				else if (roll < 0.72) {
					a.status = ActionStatus.DROPPED;
				}
				else {
					// Overdue.
					a.status = (roll < 0.86) ? ActionStatus.OPEN : ActionStatus.IN_PROGRESS;
				}
			}
			else {
				a.status = (roll < 0.6) ? ActionStatus.OPEN
						: (roll < 0.88) ? ActionStatus.IN_PROGRESS : ActionStatus.DONE;
			}
			if (a.status == ActionStatus.DONE) {
				// Done around its due date, or lately when done ahead of time.
				LocalDate around = a.dueOn.isBefore(this.today) ? a.dueOn : this.today;
				LocalDate from = around.minusDays(25).isAfter(createdOn) ? around.minusDays(25) : createdOn;
				LocalDate to = around.plusDays(5).isAfter(this.today) ? this.today : around.plusDays(5);
				a.doneOn = dayBetween(from, to);
			}
			if (a.status != ActionStatus.OPEN) {
				LocalDate touched = (a.doneOn != null) ? a.doneOn
						: dayBetween(day(runningSince), a.dueOn.isBefore(this.today) ? a.dueOn : this.today);
				a.updatedAt = touched.atTime(11, 0).toInstant(ZoneOffset.UTC);
				a.updatedBy = username(a.ownerId);
			}
			return a;
		}

		/**
		 * The earlier versions: each one the next one with a change undone (a target that
		 * moved, an objective added or removed, a strategy reworded).
		 */
		private void snapshots(Plan plan, List<Instant> frozen) {
			if (plan.versions.isEmpty()) {
				return;
			}
			List<SnapObjective> later = plan.objectives.stream().map(this::snap).toList();
			String title = plan.title;
			List<VersionRow> versions = new ArrayList<>();
			for (int i = plan.versions.size() - 1; i >= 0; i--) {
				VersionRow row = plan.versions.get(i);
				LocalDate frozenOn = day(row.frozenAt());
				List<SnapObjective> earlier = earlier(later, plan, frozenOn);
				String json = JSON
					.writeValueAsString(new PlanSnapshot(title, plan.horizonFrom, plan.horizonTo, earlier));
				versions.add(0, new VersionRow(row.planId(), row.versionNo(), row.status(), row.agreedAt(),
						row.overrideBy(), row.overrideReason(), json, row.frozenAt(), row.frozenBy()));
				later = earlier;
			}
			plan.versions = versions;
		}

		private List<SnapObjective> earlier(List<SnapObjective> later, Plan plan, LocalDate frozenOn) {
			List<SnapObjective> earlier = new ArrayList<>();
			// As they stood then: nothing done or measured after the version was kept.
			for (SnapObjective o : later) {
				boolean measuredLater = o.latestOn() != null && o.latestOn().isAfter(frozenOn);
				earlier
					.add(new SnapObjective(o.id(), o.title(), o.metric(), o.unit(), o.baseline(), o.target(),
							o.targetOn(), measuredLater ? null : o.latestValue(), measuredLater ? null : o.latestOn(),
							o.strategies()
								.stream()
								.map((s) -> new SnapStrategy(s.id(), s.description(), s.actions()
									.stream()
									.map((a) -> new SnapAction(a.id(), a.description(), a.ownerName(), a.dueOn(),
											(a.status() == ActionStatus.DONE && a.dueOn().isAfter(frozenOn))
													? ActionStatus.IN_PROGRESS : a.status()))
									.toList()))
								.toList()));
			}
			// The change this version made, undone.
			int change = this.random.nextInt(3);
			int index = this.random.nextInt(earlier.size());
			SnapObjective o = earlier.get(index);
			if (change == 0 || earlier.size() < 2) {
				BigDecimal move = o.target().subtract(o.baseline());
				BigDecimal target = o.baseline()
					.add(move.multiply(BigDecimal.valueOf(between(60, 85)))
						.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP));
				if (target.compareTo(o.baseline()) == 0 || target.compareTo(o.target()) == 0) {
					target = o.target().add(BigDecimal.ONE.negate().multiply(BigDecimal.valueOf(move.signum())));
				}
				if (target.compareTo(o.baseline()) == 0) {
					target = o.target().add(BigDecimal.ONE.multiply(BigDecimal.valueOf(move.signum())));
				}
				earlier.set(index, new SnapObjective(o.id(), o.title(), o.metric(), o.unit(), o.baseline(),
						target.setScale(2), o.targetOn(), o.latestValue(), o.latestOn(), o.strategies()));
			}
			else if (change == 1) {
				// This version added the objective.
				earlier.remove(index);
			}
			else {
				// This version removed an objective, which the earlier one had.
				Kind kind = DemoPlanTexts.KINDS.get(this.random.nextInt(DemoPlanTexts.KINDS.size()));
				String owner = o.strategies()
					.stream()
					.flatMap((s) -> s.actions().stream())
					.map(SnapAction::ownerName)
					.findFirst()
					.orElse(name(0));
				SnapAction action = new SnapAction(this.ids.next("plan_action"), pick(kind.actions()), owner,
						frozenOn.plusDays(between(20, 120)), ActionStatus.OPEN);
				SnapStrategy strategy = new SnapStrategy(this.ids.next("plan_strategy"), kind.strategies().get(0),
						List.of(action));
				int baseline = between(kind.baselineMin(), kind.baselineMax());
				earlier.add(new SnapObjective(this.ids.next("plan_objective"), kind.title() + " (first draft)",
						kind.metric(), kind.unit(), BigDecimal.valueOf(baseline).setScale(2),
						BigDecimal.valueOf(baseline + kind.moveMax() + 1).setScale(2),
						LocalDate.of(plan.horizonTo, 12, 31), null, null, List.of(strategy)));
			}
			// And sometimes a strategy worded differently.
			if (this.random.nextBoolean()) {
				int at = this.random.nextInt(earlier.size());
				SnapObjective reworded = earlier.get(at);
				if (!reworded.strategies().isEmpty()) {
					List<SnapStrategy> strategies = new ArrayList<>(reworded.strategies());
					SnapStrategy s = strategies.get(0);
					strategies.set(0,
							new SnapStrategy(s.id(), "First idea: " + lowerFirst(s.description()), s.actions()));
					earlier.set(at,
							new SnapObjective(reworded.id(), reworded.title(), reworded.metric(), reworded.unit(),
									reworded.baseline(), reworded.target(), reworded.targetOn(), reworded.latestValue(),
									reworded.latestOn(), strategies));
				}
			}
			return earlier;
		}

		private SnapObjective snap(Obj o) {
			return new SnapObjective(o.id, o.title, o.metric, o.unit, o.baseline, o.target, o.targetOn, o.latestValue,
					o.latestOn,
					o.strategies.stream()
						.map((s) -> new SnapStrategy(s.id, s.description,
								s.actions.stream()
									.sorted(Comparator.comparing((Act a) -> a.dueOn).thenComparingLong((a) -> a.id))
									.map((a) -> new SnapAction(a.id, a.description, name(a.ownerId), a.dueOn, a.status))
									.toList()))
						.toList());
		}

		/**
		 * Threads by the account's mentor on the plan or one of its objectives, mostly
		 * answered by the owner.
		 */
		private void comments(Acct account, Plan plan, boolean curated) {
			MentorRow mentor = account.mentor();
			if (mentor == null) {
				return;
			}
			Instant from = plan.createdAt.isAfter(mentor.assignedAt()) ? plan.createdAt : mentor.assignedAt();
			Instant to = (plan.closedAt != null) ? plan.closedAt : this.now;
			if (!from.isBefore(to.minus(Duration.ofDays(2)))) {
				return;
			}
			int wanted = curated ? between(3, 6) : between(0, 3);
			int written = 0;
			while (written < wanted) {
				Obj objective = (this.random.nextDouble() < 0.6)
						? plan.objectives.get(this.random.nextInt(plan.objectives.size())) : null;
				Instant at = instantBetween(from, to.minus(Duration.ofDays(1)));
				long id = this.ids.next("plan_comment");
				plan.comments.add(new CommentRow(id, plan.id, (objective != null) ? objective.id : null,
						(objective != null) ? objective.title : null, null,
						pick((objective != null) ? DemoPlanTexts.MENTOR_ON_OBJECTIVE : DemoPlanTexts.MENTOR_ON_PLAN),
						mentor.mentorId(), at));
				written++;
				if (written < wanted && this.random.nextDouble() < 0.75) {
					Instant replyAt = instantBetween(at,
							at.plus(Duration.ofDays(3)).isBefore(to) ? at.plus(Duration.ofDays(3)) : to);
					long reply = this.ids.next("plan_comment");
					plan.comments.add(new CommentRow(reply, plan.id, (objective != null) ? objective.id : null,
							(objective != null) ? objective.title : null, id, pick(DemoPlanTexts.OWNER_REPLIES),
							account.ownerId(), replyAt));
					written++;
					if (written < wanted && this.random.nextDouble() < 0.3) {
						Instant followUpAt = instantBetween(replyAt, to);
						plan.comments.add(new CommentRow(this.ids.next("plan_comment"), plan.id,
								(objective != null) ? objective.id : null, (objective != null) ? objective.title : null,
								id, pick(DemoPlanTexts.MENTOR_FOLLOW_UPS), mentor.mentorId(), followUpAt));
						written++;
					}
				}
			}
		}

		private BigDecimal scaled(double value, String unit) {
			if ("EUR".equals(unit)) {
				return BigDecimal.valueOf(Math.round(value / 1000.0) * 1000L).setScale(2);
			}
			if ("%".equals(unit)) {
				return BigDecimal.valueOf(Math.max(0, value)).setScale(1, RoundingMode.HALF_UP).setScale(2);
			}
			return BigDecimal.valueOf(Math.max(0, Math.round(value))).setScale(2);
		}

		private String username(long userId) {
			String[] person = this.people.get(userId);
			return (person != null) ? person[0] : "demo";
		}

		private String name(long userId) {
			String[] person = this.people.get(userId);
			return (person != null) ? person[1] : "?";
		}

		private LocalDate day(Instant instant) {
			return instant.atOffset(ZoneOffset.UTC).toLocalDate();
		}

		private LocalDate dayBetween(LocalDate from, LocalDate to) {
			if (!to.isAfter(from)) {
				return from;
			}
			return from.plusDays(this.random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
		}

		private Instant instantBetween(Instant from, Instant to) {
			long span = Duration.between(from, to).toMinutes();
			if (span <= 0) {
				return from;
			}
			return from.plus(Duration.ofMinutes((long) (this.random.nextDouble() * span)));
		}

		private Duration days(int min, int max) {
			return Duration.ofDays(between(min, max)).plusHours(between(0, 8));
		}

		private int between(int min, int max) {
			return min + this.random.nextInt(max - min + 1);
		}

		private <T> T pick(List<T> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		private static String lowerFirst(String text) {
			return Character.toLowerCase(text.charAt(0)) + text.substring(1);
		}

	}

	private static final class Totals {

		final Map<PlanStatus, Integer> byStatus = new java.util.EnumMap<>(PlanStatus.class);

		int plans;

		int objectives;

		int actions;

		int signOffs;

		int versions;

		int comments;

	}

}
