package org.keyline.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.AccountScope;
import org.keyline.account.Viewer;
import org.keyline.grading.GradingScheme.Band;
import org.keyline.grading.GradingScheme.Criterion;
import org.keyline.grading.GradingScheme.Tier;
import org.keyline.shared.RuleViolation;
import org.keyline.shared.SqlJson;
import org.keyline.shared.Text;

import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Selection and grading: the scheme everybody may read, every account's grade and why,
 * the list of key accounts, hand scores by the account's manager, and the criteria and
 * tiers that directors set. Every change that can move a score regrades at once, in the
 * same transaction: one account after a hand score, every account after the criteria or
 * tiers changed.
 */
@Service
public class GradingManagement {

	/**
	 * Who set an override, by their display name (by username when they are no longer a
	 * user).
	 */
	private static final String SET_BY = "coalesce((select d.display_name from people_directory d"
			+ " where d.username = o.set_by), o.set_by) as set_by";

	static final int PAGE_SIZE = 25;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The account's criterion scores, its score and tier, a current override, its five
	 * latest tier changes (as JSON) and, when asked, the service check
	 * ({@link ServiceCompliance}), in one statement: one row per scored criterion, or one
	 * row without scores for an account never graded.
	 */
	private static final String GRADE = """
			select s.account_id is not null as graded, cs.criterion_id, cs.value, cs.score, s.score as total,
			    s.tier_position, s.score_tier_position, o.id as override_id, o.reason, o.expires_on, o.set_at, %1$s,
			    (select json_agg(json_build_array(t.from_tier, t.to_tier, t.score::text, t.cause,
			            cast(extract(epoch from t.changed_at) * 1000000 as bigint))
			            order by t.changed_at desc, t.id desc)
			        from (select * from grading_tier_change where account_id = k.account_id
			            order by changed_at desc, id desc limit 5) t) as changes%2$s
			from (select cast(:accountId as bigint) as account_id) k
			left join grading_account_score s on s.account_id = k.account_id
			left join grading_criterion_score cs on cs.account_id = s.account_id
			left join grading_override o on o.account_id = s.account_id and o.ended_at is null
			    and o.expires_on >= :today%3$s""";

	private static final String SERVICE_COLUMNS = """
			,
			    sc.tier_position as service_tier_position, sc.review_overdue, sc.sponsor_missing, sc.plan_missing,
			    sc.interaction_overdue, sc.last_interaction_on, sc.review_due_on""";

	private final AccountManagement accounts;

	private final GradingEngine engine;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate previews;

	/**
	 * The scheme's content as last read, shared by every request (see
	 * {@link KeptScheme}).
	 */
	private volatile KeptScheme kept;

	GradingManagement(AccountManagement accounts, GradingEngine engine, JdbcClient jdbc, Clock clock,
			PlatformTransactionManager transactions) {
		this.previews = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.engine = engine;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ------------------------------------------------------------ reading

	/**
	 * The scheme: tiers, active criteria, bands and guidance. One statement while its
	 * tiers and criteria are those this instance kept (see {@link KeptScheme}); otherwise
	 * four, and one more to check that they may be kept.
	 */
	@Transactional(readOnly = true)
	public GradingScheme scheme() {
		record Head(String naming, long version, Instant updatedAt, String updatedBy, long contentVersion,
				boolean clean) {
		}
		Head head = this.jdbc.sql("""
				select naming, version, updated_at,
				    coalesce((select d.display_name from people_directory d where d.username = s.updated_by),
				        nullif(s.updated_by, 'keyline')) as updated_by,
				    content_version, pg_current_xact_id_if_assigned() is null as clean
				from grading_scheme s where id = 1""")
			.query((rs, row) -> new Head(rs.getString("naming"), rs.getLong("version"), instant(rs, "updated_at"),
					rs.getString("updated_by"), rs.getLong("content_version"), rs.getBoolean("clean")))
			.single();
		KeptScheme content = this.kept;
		if (!head.clean() || content == null || content.contentVersion() != head.contentVersion()) {
			content = readContent(head.contentVersion());
			if (head.clean() && contentVersion() == head.contentVersion()) {
				this.kept = content;
			}
		}
		return new GradingScheme(head.naming(), head.version(), head.updatedAt(), head.updatedBy(), content.tiers(),
				content.criteria());
	}

	/**
	 * The tiers and the active criteria with their bands and guidance: three statements.
	 */
	private KeptScheme readContent(long contentVersion) {
		List<Tier> tiers = this.jdbc.sql("""
				select position, name, threshold, review_cadence_days, sponsor_required, agreed_plan_required,
				    interaction_target_days
				from grading_tier order by position""")
			.query((rs, row) -> new Tier(rs.getInt("position"), rs.getString("name"), rs.getBigDecimal("threshold"),
					rs.getInt("review_cadence_days"), rs.getBoolean("sponsor_required"),
					rs.getBoolean("agreed_plan_required"), rs.getInt("interaction_target_days")))
			.list();
		Map<Long, List<Band>> bands = new LinkedHashMap<>();
		Map<Long, Map<Integer, String>> guidance = new LinkedHashMap<>();
		this.jdbc.sql("""
				select criterion_id, 'B' as part, lower_bound, score, null as text from grading_band
				union all
				select criterion_id, 'G', level, null, text from grading_guidance
				order by 1, 2, 3""").query((rs) -> {
			long criterion = rs.getLong("criterion_id");
			if ("B".equals(rs.getString("part"))) {
				bands.computeIfAbsent(criterion, (k) -> new ArrayList<>())
					.add(new Band(rs.getBigDecimal("lower_bound"), rs.getInt("score")));
			}
			else {
				guidance.computeIfAbsent(criterion, (k) -> new TreeMap<>())
					.put(rs.getBigDecimal("lower_bound").intValue(), rs.getString("text"));
			}
		});
		List<Criterion> criteria = this.jdbc.sql("""
				select id, position, name, description, weight, kind, metric, version
				from grading_criterion where active order by position, id""").query((rs, row) -> {
			long id = rs.getLong("id");
			String metric = rs.getString("metric");
			return new Criterion(id, rs.getInt("position"), rs.getString("name"), rs.getString("description"),
					rs.getBigDecimal("weight"), CriterionKind.valueOf(rs.getString("kind")),
					(metric != null) ? Metric.valueOf(metric) : null, rs.getLong("version"),
					List.copyOf(bands.getOrDefault(id, List.of())),
					Collections.unmodifiableMap(guidance.getOrDefault(id, Map.of())));
		}).list();
		return new KeptScheme(contentVersion, List.copyOf(tiers), List.copyOf(criteria));
	}

	private long contentVersion() {
		return this.jdbc.sql("select content_version from grading_scheme where id = 1").query(Long.class).single();
	}

	/**
	 * The account's grade, why, and what would move it up, for an account the caller
	 * already resolved: two statements (the scheme's head, then the account's scores with
	 * its latest tier changes).
	 */
	@Transactional(readOnly = true)
	public AccountGrade grade(AccountRef account, Viewer viewer) {
		return read(account, scheme(), false).grade();
	}

	/**
	 * The account's grade with the scheme it was read with (the guidance of each level of
	 * a hand-scored criterion) and whether the account gets its tier's service: two
	 * statements, as {@link #grade}; the service check comes with the scores.
	 */
	@Transactional(readOnly = true)
	public GradeCard card(AccountRef account, Viewer viewer) {
		GradingScheme scheme = scheme();
		Graded graded = read(account, scheme, true);
		return new GradeCard(graded.grade(), scheme, graded.service(), viewer.isDirector());
	}

	private record Graded(AccountGrade grade, ServiceCheck service) {
	}

	private Graded read(AccountRef account, GradingScheme scheme, boolean withService) {
		record Scored(long criterionId, BigDecimal value, BigDecimal score) {
		}
		record Row(boolean graded, BigDecimal total, Integer tierPosition, Integer scoreTierPosition,
				TierOverride override, List<AccountGrade.TierChange> changes, ServiceCheck service) {
		}
		List<Scored> scored = new ArrayList<>();
		List<Row> first = new ArrayList<>(1);
		String sql = GRADE.formatted(SET_BY, withService ? SERVICE_COLUMNS : "",
				withService ? "\nleft join (" + ServiceCompliance.ONE_ACCOUNT + ") sc on true" : "");
		this.jdbc.sql(sql)
			.param("accountId", account.id())
			.param("today", LocalDate.now(this.clock))
			.query((ResultSet rs) -> {
				if (rs.getObject("criterion_id") != null) {
					scored.add(new Scored(rs.getLong("criterion_id"), rs.getBigDecimal("value"),
							rs.getBigDecimal("score")));
				}
				if (first.isEmpty()) {
					TierOverride override = (rs.getObject("override_id") != null)
							? new TierOverride(account.id(), account.name(), null, null, rs.getString("reason"),
									rs.getObject("expires_on", LocalDate.class), instant(rs, "set_at"),
									rs.getString("set_by"), true)
							: null;
					first.add(new Row(rs.getBoolean("graded"), rs.getBigDecimal("total"),
							(Integer) rs.getObject("tier_position"), (Integer) rs.getObject("score_tier_position"),
							override, tierChanges(rs),
							withService ? serviceCheck(account, scheme, rs, "service_tier_position") : null));
				}
			});
		Row row = first.get(0);
		List<AccountGrade.TierChange> changes = row.changes();
		boolean canScore = account.can().editTeam();
		if (!row.graded()) {
			return new Graded(new AccountGrade(account.id(), false, BigDecimal.ZERO, null, lowest(scheme), List.of(),
					List.of(), changes, canScore, null, null), row.service());
		}
		BigDecimal total = row.total();
		Tier tier = tierAt(scheme, row.tierPosition());
		Tier scoreTier = tierAt(scheme, row.scoreTierPosition());
		TierOverride override = row.override();
		if (override != null) {
			override = new TierOverride(override.accountId(), override.accountName(),
					(tier != null) ? tier.name() : null, (scoreTier != null) ? scoreTier.name() : null,
					override.reason(), override.expiresOn(), override.setAt(), override.setBy(), true);
		}
		Map<Long, Scored> byCriterion = new LinkedHashMap<>();
		scored.forEach((s) -> byCriterion.put(s.criterionId(), s));
		List<AccountGrade.Contribution> contributions = new ArrayList<>();
		for (Criterion criterion : scheme.criteria()) {
			Scored s = byCriterion.get(criterion.id());
			BigDecimal score = (s != null) ? s.score() : BigDecimal.ZERO;
			BigDecimal share = scheme.shareOf(criterion);
			contributions.add(new AccountGrade.Contribution(criterion.id(), criterion.name(), criterion.kind(),
					criterion.metric(), (s != null) ? s.value() : null, score, share,
					score.multiply(share).divide(HUNDRED, 2, RoundingMode.HALF_UP)));
		}
		Tier next = nextTier(scheme, scoreTier);
		List<AccountGrade.Move> moves = (next != null) ? movesUp(scheme, contributions, total, next) : List.of();
		return new Graded(new AccountGrade(account.id(), true, total, tier, next, contributions, moves, changes,
				canScore, scoreTier, override), row.service());
	}

	/** The tier changes of {@link #GRADE}'s JSON column, newest first. */
	private static List<AccountGrade.TierChange> tierChanges(ResultSet rs) throws SQLException {
		List<AccountGrade.TierChange> changes = new ArrayList<>();
		for (JsonNode change : SqlJson.array(rs, "changes")) {
			changes.add(new AccountGrade.TierChange(SqlJson.text(change.get(0)), SqlJson.text(change.get(1)),
					SqlJson.decimal(change.get(2)), TierCause.valueOf(change.get(3).asString()),
					SqlJson.micros(change.get(4))));
		}
		return List.copyOf(changes);
	}

	/** The whole history of the account's tier, newest first. */
	@Transactional(readOnly = true)
	public List<AccountGrade.TierChange> history(long accountId, Viewer viewer) {
		this.accounts.ref(accountId, viewer);
		return tierChanges(accountId, Integer.MAX_VALUE);
	}

	/** The account's latest tier changes, newest first: one statement. */
	private List<AccountGrade.TierChange> tierChanges(long accountId, int limit) {
		return this.jdbc.sql("""
				select from_tier, to_tier, score, cause, changed_at from grading_tier_change
				where account_id = :accountId order by changed_at desc, id desc limit :limit""")
			.param("accountId", accountId)
			.param("limit", limit)
			.query((rs, row) -> new AccountGrade.TierChange(rs.getString("from_tier"), rs.getString("to_tier"),
					rs.getBigDecimal("score"), TierCause.valueOf(rs.getString("cause")), instant(rs, "changed_at")))
			.list();
	}

	/**
	 * The key accounts, best tier and score first, a page at a time: everybody who works
	 * with accounts may know which they are, their tier and score; only those who may see
	 * an account can open it. Two statements.
	 */
	@Transactional(readOnly = true)
	public Page<KeyAccountRow> keyAccounts(Integer tierPosition, int page, Viewer viewer) {
		if (!viewer.worksWithAccounts()) {
			throw new AccountActionRefused("see the key accounts");
		}
		long total = this.jdbc.sql("""
				select count(*) from grading_account_score s join account_account a on a.id = s.account_id
				where a.archived_at is null and s.tier_position is not null
				  and (cast(:tier as integer) is null or s.tier_position = cast(:tier as integer))""")
			.param("tier", tierPosition)
			.query(Long.class)
			.single();
		List<KeyAccountRow> rows = this.jdbc
			.sql("""
					select a.id, a.name, s.tier_position, t.name as tier_name, s.score, d.display_name as owner_name, s.overridden,
					    """
					+ AccountScope.visibleTo(viewer) + """
							 as visible
							from grading_account_score s
							join account_account a on a.id = s.account_id
							join grading_tier t on t.position = s.tier_position
							left join people_directory d on d.id = a.owner_id
							where a.archived_at is null
							  and (cast(:tier as integer) is null or s.tier_position = cast(:tier as integer))
							order by s.tier_position, s.score desc, a.name, a.id
							limit :limit offset :offset""")
			.param("tier", tierPosition)
			.param("viewerId", viewer.userId())
			.param("today", LocalDate.now(this.clock))
			.param("limit", PAGE_SIZE)
			.param("offset", (long) page * PAGE_SIZE)
			.query((rs, row) -> new KeyAccountRow(rs.getLong("id"), rs.getString("name"), rs.getInt("tier_position"),
					rs.getString("tier_name"), rs.getBigDecimal("score"), rs.getString("owner_name"),
					rs.getBoolean("visible"), rs.getBoolean("overridden")))
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
	}

	/**
	 * Whether the account gets its tier's service (see {@link ServiceCheck}), for an
	 * account the caller already resolved: one statement, {@link ServiceCompliance}.
	 * Without a review due date (no mentor and no review yet) the review counts as
	 * overdue. An account without a tier has no gaps.
	 */
	@Transactional(readOnly = true)
	public ServiceCheck serviceCheck(AccountRef account, GradingScheme scheme) {
		return this.jdbc.sql(ServiceCompliance.ONE_ACCOUNT)
			.param("today", LocalDate.now(this.clock))
			.param("accountId", account.id())
			.query((rs, row) -> serviceCheck(account, scheme, rs, "tier_position"))
			.optional()
			.orElseGet(() -> new ServiceCheck(account.id(), null, List.of(), null, null));
	}

	/**
	 * The service check of a row with {@link ServiceCompliance}'s columns, the tier's
	 * position in {@code tierColumn} (null: the account has no tier, and no gaps).
	 */
	private static ServiceCheck serviceCheck(AccountRef account, GradingScheme scheme, ResultSet rs, String tierColumn)
			throws SQLException {
		Integer position = (Integer) rs.getObject(tierColumn);
		Tier tier = (position != null) ? tierAt(scheme, position) : null;
		if (tier == null) {
			return new ServiceCheck(account.id(), null, List.of(), null, null);
		}
		List<ServiceCheck.Gap> gaps = new ArrayList<>();
		if (rs.getBoolean("review_overdue")) {
			gaps.add(ServiceCheck.Gap.REVIEW_OVERDUE);
		}
		if (rs.getBoolean("sponsor_missing")) {
			gaps.add(ServiceCheck.Gap.NO_EXECUTIVE_SPONSOR);
		}
		if (rs.getBoolean("plan_missing")) {
			gaps.add(ServiceCheck.Gap.NO_AGREED_PLAN);
		}
		if (rs.getBoolean("interaction_overdue")) {
			gaps.add(ServiceCheck.Gap.TOO_FEW_INTERACTIONS);
		}
		return new ServiceCheck(account.id(), tier, List.copyOf(gaps),
				rs.getObject("last_interaction_on", LocalDate.class), rs.getObject("review_due_on", LocalDate.class));
	}

	// ------------------------------------------------------------ hand scores

	/**
	 * The account's manager (or a director) scores a hand-scored criterion 1 to 5; the
	 * account is regraded at once.
	 */
	@Transactional
	public void scoreByHand(long accountId, long criterionId, Integer level, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!ref.can().editTeam()) {
			throw new AccountActionRefused("score a criterion");
		}
		boolean manual = this.jdbc
			.sql("select count(*) from grading_criterion where id = :id and active and kind = 'MANUAL'")
			.param("id", criterionId)
			.query(Integer.class)
			.single() == 1;
		if (!manual) {
			throw new RuleViolation("criterionId", "grading.score.notManual");
		}
		if (level == null || level < 1 || level > 5) {
			throw new RuleViolation("level", "grading.score.level");
		}
		this.jdbc.sql("""
				insert into grading_manual_score (account_id, criterion_id, level, scored_at, scored_by)
				values (:accountId, :criterionId, :level, :now, :by)
				on conflict (account_id, criterion_id) do update set level = excluded.level,
				    scored_at = excluded.scored_at, scored_by = excluded.scored_by""")
			.param("accountId", accountId)
			.param("criterionId", criterionId)
			.param("level", level)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", viewer.username())
			.update();
		this.engine.regrade(accountId, TierCause.DATA_CHANGED);
	}

	// ------------------------------------------------------------ overrides

	/**
	 * A director puts the account in a tier ({@code null}: not a key account) by hand,
	 * with a written reason, until a date; it replaces any override the account had.
	 */
	@Transactional
	public void setOverride(long accountId, Integer tierPosition, String reason, LocalDate expiresOn, Viewer viewer) {
		this.accounts.ref(accountId, viewer);
		directing(viewer);
		if (tierPosition != null && this.jdbc.sql("select count(*) from grading_tier where position = :p")
			.param("p", tierPosition)
			.query(Integer.class)
			.single() == 0) {
			throw new RuleViolation("tierPosition", "grading.override.tier.invalid");
		}
		String clean = Text.blankToNull(reason);
		if (clean == null || clean.length() < 10) {
			throw new RuleViolation("reason", "grading.override.reason.short");
		}
		if (clean.length() > 2000) {
			throw new RuleViolation("reason", "grading.override.reason.tooLong");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(2))) {
			throw new RuleViolation("expiresOn", "grading.override.expiresOn.range");
		}
		endActive(accountId, viewer.username());
		this.jdbc.sql("""
				insert into grading_override (account_id, tier_position, reason, expires_on, set_at, set_by)
				values (:accountId, :tier, :reason, :expiresOn, :now, :by)""")
			.param("accountId", accountId)
			.param("tier", tierPosition)
			.param("reason", clean)
			.param("expiresOn", expiresOn)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", viewer.username())
			.update();
		this.engine.regrade(accountId, TierCause.OVERRIDE_SET);
	}

	/**
	 * A director ends the account's override before it expires: its score decides again.
	 */
	@Transactional
	public void endOverride(long accountId, Viewer viewer) {
		this.accounts.ref(accountId, viewer);
		directing(viewer);
		if (endActive(accountId, viewer.username()) == 0) {
			throw new RuleViolation("tierPosition", "grading.override.none");
		}
		this.engine.regrade(accountId, TierCause.OVERRIDE_EXPIRED);
	}

	/**
	 * Ends the overrides whose date has passed and regrades their accounts; returns how
	 * many ended. Run every night (and at start); safe to run twice or on two instances.
	 */
	@Transactional
	public int expireOverrides() {
		List<Long> ended = this.jdbc.sql("""
				update grading_override set ended_at = :now, ended_by = 'expiry'
				where ended_at is null and expires_on < :today
				returning account_id""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("today", LocalDate.now(this.clock))
			.query(Long.class)
			.list();
		ended.forEach((accountId) -> this.engine.regrade(accountId, TierCause.OVERRIDE_EXPIRED));
		return ended.size();
	}

	/** The overrides in force, soonest to expire first: one statement, for everybody. */
	@Transactional(readOnly = true)
	public List<TierOverride> overrides(Viewer viewer) {
		if (!viewer.worksWithAccounts()) {
			throw new AccountActionRefused("see the overrides");
		}
		return this.jdbc.sql("""
				select o.account_id, a.name, t.name as tier_name, st.name as score_tier_name, o.reason, o.expires_on,
				    o.set_at, %s, %s as visible
				from grading_override o
				join account_account a on a.id = o.account_id
				left join grading_tier t on t.position = o.tier_position
				left join grading_account_score gs on gs.account_id = o.account_id
				left join grading_tier st on st.position = gs.score_tier_position
				where o.ended_at is null and o.expires_on >= :today and a.archived_at is null
				order by o.expires_on, a.name""".formatted(SET_BY, AccountScope.visibleTo(viewer)))
			.param("viewerId", viewer.userId())
			.param("today", LocalDate.now(this.clock))
			.query((rs, row) -> new TierOverride(rs.getLong("account_id"), rs.getString("name"),
					rs.getString("tier_name"), rs.getString("score_tier_name"), rs.getString("reason"),
					rs.getObject("expires_on", LocalDate.class), instant(rs, "set_at"), rs.getString("set_by"),
					rs.getBoolean("visible")))
			.list();
	}

	/** The account's override in force, if any: one statement. */
	@Transactional(readOnly = true)
	public Optional<TierOverride> overrideOf(AccountRef account) {
		return this.jdbc.sql("""
				select o.account_id, t.name as tier_name, st.name as score_tier_name, o.reason, o.expires_on,
				    o.set_at, %s
				from grading_override o
				left join grading_tier t on t.position = o.tier_position
				left join grading_account_score gs on gs.account_id = o.account_id
				left join grading_tier st on st.position = gs.score_tier_position
				where o.account_id = :accountId and o.ended_at is null and o.expires_on >= :today""".formatted(SET_BY))
			.param("accountId", account.id())
			.param("today", LocalDate.now(this.clock))
			.query((rs, row) -> new TierOverride(account.id(), account.name(), rs.getString("tier_name"),
					rs.getString("score_tier_name"), rs.getString("reason"),
					rs.getObject("expires_on", LocalDate.class), instant(rs, "set_at"), rs.getString("set_by"), true))
			.optional();
	}

	private int endActive(long accountId, String by) {
		return this.jdbc.sql("""
				update grading_override set ended_at = :now, ended_by = :by
				where account_id = :accountId and ended_at is null""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", by)
			.param("accountId", accountId)
			.update();
	}

	// ------------------------------------------------------------ directors

	/** Adds a criterion; every account is regraded. */
	@Transactional
	public long addCriterion(CriterionInput input, Viewer viewer) {
		directing(viewer);
		CriterionInput clean = check(input);
		long id = this.jdbc
			.sql("""
					insert into grading_criterion (position, name, description, weight, kind, metric, updated_at, updated_by)
					values ((select coalesce(max(position), 0) + 1 from grading_criterion), :name, :description, :weight,
					    :kind, :metric, :now, :by)
					returning id""")
			.param("name", clean.name())
			.param("description", clean.description())
			.param("weight", clean.weight())
			.param("kind", clean.kind().name())
			.param("metric", (clean.metric() != null) ? clean.metric().name() : null)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", viewer.username())
			.query(Long.class)
			.single();
		saveParts(id, clean);
		touchScheme(viewer);
		this.engine.regradeAll(TierCause.CRITERIA_CHANGED);
		return id;
	}

	/**
	 * Changes a criterion, if nobody else did since {@code expectedVersion} (else
	 * {@link StaleGradingEdit}); every account is regraded when what scores it changed
	 * (weight, kind, metric or bands), not for its name, description or guidance.
	 */
	@Transactional
	public void updateCriterion(long criterionId, CriterionInput input, long expectedVersion, Viewer viewer) {
		directing(viewer);
		CriterionInput clean = check(input);
		String scoredBefore = scoring(criterionId);
		int updated = this.jdbc.sql("""
				update grading_criterion set name = :name, description = :description, weight = :weight,
				    kind = :kind, metric = :metric, version = version + 1, updated_at = :now, updated_by = :by
				where id = :id and active and version = :version""")
			.param("name", clean.name())
			.param("description", clean.description())
			.param("weight", clean.weight())
			.param("kind", clean.kind().name())
			.param("metric", (clean.metric() != null) ? clean.metric().name() : null)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", viewer.username())
			.param("id", criterionId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw stale("select updated_by, updated_at from grading_criterion where id = :id", criterionId);
		}
		this.jdbc.sql("delete from grading_band where criterion_id = :id").param("id", criterionId).update();
		this.jdbc.sql("delete from grading_guidance where criterion_id = :id").param("id", criterionId).update();
		saveParts(criterionId, clean);
		touchScheme(viewer);
		if (!Objects.equals(scoredBefore, scoring(criterionId))) {
			this.engine.regradeAll(TierCause.CRITERIA_CHANGED);
		}
	}

	/** What of a criterion its scores depend on, as one comparable text. */
	private String scoring(long criterionId) {
		return this.jdbc.sql("""
				select c.weight || '|' || c.kind || '|' || coalesce(c.metric, '') || '|'
				    || coalesce((select string_agg(b.lower_bound || ':' || b.score, ',' order by b.lower_bound)
				                 from grading_band b where b.criterion_id = c.id), '')
				from grading_criterion c where c.id = :id""")
			.param("id", criterionId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Retires a criterion (its history stays); at least one criterion remains. */
	@Transactional
	public void retireCriterion(long criterionId, Viewer viewer) {
		directing(viewer);
		int active = this.jdbc.sql("select count(*) from grading_criterion where active").query(Integer.class).single();
		if (active <= 1) {
			throw new RuleViolation("criterionId", "grading.criterion.lastOne");
		}
		this.jdbc.sql("update grading_criterion set active = false, version = version + 1 where id = :id")
			.param("id", criterionId)
			.update();
		touchScheme(viewer);
		this.engine.regradeAll(TierCause.CRITERIA_CHANGED);
	}

	/**
	 * Sets the tiers (best first), their thresholds and service, and the naming, if
	 * nobody changed the scheme since {@code expectedVersion}; every account is regraded.
	 */
	@Transactional
	public void updateTiers(String naming, List<TierInput> tiers, long expectedVersion, Viewer viewer) {
		directing(viewer);
		List<TierInput> clean = check(tiers);
		int updated = this.jdbc.sql("""
				update grading_scheme set naming = :naming, version = version + 1, updated_at = :now, updated_by = :by
				where id = 1 and version = :version""")
			.param("naming", (naming != null) ? naming : "CUSTOM")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", viewer.username())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw stale("select updated_by, updated_at from grading_scheme where id = :id", 1L);
		}
		this.jdbc.sql("delete from grading_tier").update();
		int position = 1;
		for (TierInput tier : clean) {
			this.jdbc.sql("""
					insert into grading_tier (position, name, threshold, review_cadence_days, sponsor_required,
					    agreed_plan_required, interaction_target_days)
					values (:position, :name, :threshold, :cadence, :sponsor, :plan, :interaction)""")
				.param("position", position++)
				.param("name", tier.name())
				.param("threshold", tier.threshold())
				.param("cadence", tier.reviewCadenceDays())
				.param("sponsor", tier.sponsorRequired())
				.param("plan", tier.agreedPlanRequired())
				.param("interaction", tier.interactionTargetDays())
				.update();
		}
		this.engine.regradeAll(TierCause.CRITERIA_CHANGED);
	}

	// ------------------------------------------------------------ what-if

	/** What {@link #addCriterion} would do, without saving anything. */
	public GradingPreview previewNewCriterion(CriterionInput input, Viewer viewer) {
		return preview(() -> addCriterion(input, viewer));
	}

	/** What {@link #updateCriterion} would do, without saving anything. */
	public GradingPreview previewCriterion(long criterionId, CriterionInput input, long expectedVersion,
			Viewer viewer) {
		return preview(() -> updateCriterion(criterionId, input, expectedVersion, viewer));
	}

	/** What {@link #retireCriterion} would do, without saving anything. */
	public GradingPreview previewRetirement(long criterionId, Viewer viewer) {
		return preview(() -> retireCriterion(criterionId, viewer));
	}

	/** What {@link #updateTiers} would do, without saving anything. */
	public GradingPreview previewTiers(String naming, List<TierInput> tiers, long expectedVersion, Viewer viewer) {
		return preview(() -> updateTiers(naming, tiers, expectedVersion, viewer));
	}

	/**
	 * Makes the change and regrades, exactly as saving does, reads the tier changes it
	 * recorded, and rolls everything back.
	 */
	private GradingPreview preview(Runnable change) {
		return this.previews.execute((status) -> {
			status.setRollbackOnly();
			long last = this.jdbc.sql("select coalesce(max(id), 0) from grading_tier_change")
				.query(Long.class)
				.single();
			change.run();
			List<GradingPreview.Move> moves = this.jdbc.sql("""
					select c.account_id, a.name, c.from_tier, c.to_tier, c.score
					from grading_tier_change c join account_account a on a.id = c.account_id
					where c.id > :last
					order by c.to_tier nulls last, c.score desc, a.name""")
				.param("last", last)
				.query((rs, row) -> new GradingPreview.Move(rs.getLong("account_id"), rs.getString("name"),
						rs.getString("from_tier"), rs.getString("to_tier"), rs.getBigDecimal("score")))
				.list();
			int graded = this.jdbc
				.sql("select count(*) from grading_account_score s join account_account a "
						+ "on a.id = s.account_id where a.archived_at is null")
				.query(Integer.class)
				.single();
			Map<String, Integer> counts = new TreeMap<>();
			moves.forEach((m) -> counts.merge(m.key(), 1, Integer::sum));
			return new GradingPreview(graded, counts, moves);
		});
	}

	/** Grades every account again (after a bulk change of data, or for a benchmark). */
	@Transactional
	public int regradeAll(Viewer viewer) {
		directing(viewer);
		return this.engine.regradeAll(TierCause.CRITERIA_CHANGED);
	}

	/**
	 * Grades every account again for the system itself (the demo data, after writing
	 * accounts and hand scores straight into the database): no viewer.
	 */
	@Transactional
	public int regradeEveryAccount(TierCause cause) {
		return this.engine.regradeAll(cause);
	}

	// ------------------------------------------------------------ rules

	private void directing(Viewer viewer) {
		if (!viewer.isDirector()) {
			throw new AccountActionRefused("change the grading scheme");
		}
	}

	private void touchScheme(Viewer viewer) {
		this.jdbc
			.sql("update grading_scheme set version = version + 1, updated_at = :now, updated_by = :by where id = 1")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", viewer.username())
			.update();
	}

	private StaleGradingEdit stale(String sql, long id) {
		return this.jdbc.sql(sql)
			.param("id", id)
			.query((rs, row) -> new StaleGradingEdit(rs.getString(1), instant(rs, "updated_at")))
			.optional()
			.orElseGet(() -> new StaleGradingEdit(null, null));
	}

	private void saveParts(long criterionId, CriterionInput clean) {
		if (clean.kind() == CriterionKind.DERIVED) {
			for (Band band : clean.bands()) {
				this.jdbc
					.sql("insert into grading_band (criterion_id, lower_bound, score) values (:id, :lower, :score)")
					.param("id", criterionId)
					.param("lower", band.lowerBound())
					.param("score", band.score())
					.update();
			}
		}
		else {
			clean.guidance()
				.forEach((level, text) -> this.jdbc
					.sql("insert into grading_guidance (criterion_id, level, text) values (:id, :level, :text)")
					.param("id", criterionId)
					.param("level", level)
					.param("text", text)
					.update());
		}
	}

	private static CriterionInput check(CriterionInput input) {
		String name = Text.blankToNull(input.name());
		if (name == null) {
			throw new RuleViolation("name", "grading.criterion.name.required");
		}
		if (name.length() > 80) {
			throw new RuleViolation("name", "grading.criterion.name.tooLong");
		}
		String description = Text.blankToNull(input.description());
		if (description != null && description.length() > 1000) {
			throw new RuleViolation("description", "grading.criterion.description.tooLong");
		}
		if (input.weight() == null || input.weight().signum() <= 0
				|| input.weight().compareTo(BigDecimal.valueOf(1000)) > 0
				|| input.weight().stripTrailingZeros().scale() > 2) {
			throw new RuleViolation("weight", "grading.criterion.weight.range");
		}
		if (input.kind() == null) {
			throw new RuleViolation("kind", "grading.criterion.kind.required");
		}
		if (input.kind() == CriterionKind.DERIVED) {
			if (input.metric() == null) {
				throw new RuleViolation("metric", "grading.criterion.metric.required");
			}
			List<Band> bands = (input.bands() != null) ? input.bands() : List.of();
			if (bands.isEmpty()) {
				throw new RuleViolation("bands", "grading.criterion.bands.required");
			}
			Set<BigDecimal> bounds = new HashSet<>();
			for (Band band : bands) {
				if (band.lowerBound() == null || band.score() < 0 || band.score() > 100
						|| band.lowerBound().abs().compareTo(new BigDecimal("9999999999999")) > 0
						|| !bounds.add(band.lowerBound().stripTrailingZeros())) {
					throw new RuleViolation("bands", "grading.criterion.bands.invalid");
				}
			}
			List<Band> sorted = bands.stream().sorted(Comparator.comparing(Band::lowerBound)).toList();
			return new CriterionInput(name, description, input.weight(), CriterionKind.DERIVED, input.metric(), sorted,
					Map.of());
		}
		Map<Integer, String> guidance = new TreeMap<>();
		for (int level = 1; level <= 5; level++) {
			String text = Text.blankToNull((input.guidance() != null) ? input.guidance().get(level) : null);
			if (text == null) {
				throw new RuleViolation("guidance" + level, "grading.criterion.guidance.required");
			}
			if (text.length() > 500) {
				throw new RuleViolation("guidance" + level, "grading.criterion.guidance.tooLong");
			}
			guidance.put(level, text);
		}
		return new CriterionInput(name, description, input.weight(), CriterionKind.MANUAL, null, List.of(), guidance);
	}

	private static List<TierInput> check(List<TierInput> tiers) {
		if (tiers == null || tiers.isEmpty() || tiers.size() > 6) {
			throw new RuleViolation("tiers", "grading.tiers.count");
		}
		List<TierInput> clean = new ArrayList<>();
		Set<String> names = new HashSet<>();
		BigDecimal previous = null;
		for (int i = 0; i < tiers.size(); i++) {
			TierInput tier = tiers.get(i);
			String name = Text.blankToNull(tier.name());
			if (name == null || name.length() > 40 || !names.add(name.toLowerCase(java.util.Locale.ROOT))) {
				throw new RuleViolation("tiers[" + i + "].name", "grading.tier.name.invalid");
			}
			if (tier.threshold() == null || tier.threshold().signum() < 0 || tier.threshold().compareTo(HUNDRED) > 0
					|| tier.threshold().stripTrailingZeros().scale() > 2) {
				throw new RuleViolation("tiers[" + i + "].threshold", "grading.tier.threshold.range");
			}
			if (previous != null && tier.threshold().compareTo(previous) >= 0) {
				throw new RuleViolation("tiers[" + i + "].threshold", "grading.tier.threshold.order");
			}
			if (tier.reviewCadenceDays() == null || tier.reviewCadenceDays() < 7 || tier.reviewCadenceDays() > 730) {
				throw new RuleViolation("tiers[" + i + "].reviewCadenceDays", "grading.tier.cadence.range");
			}
			if (tier.interactionTargetDays() == null || tier.interactionTargetDays() < 1
					|| tier.interactionTargetDays() > 365) {
				throw new RuleViolation("tiers[" + i + "].interactionTargetDays", "grading.tier.interaction.range");
			}
			previous = tier.threshold();
			clean.add(new TierInput(name, tier.threshold(), tier.reviewCadenceDays(), tier.sponsorRequired(),
					tier.agreedPlanRequired(), tier.interactionTargetDays()));
		}
		return clean;
	}

	private static Tier tierAt(GradingScheme scheme, Integer position) {
		return scheme.tiers()
			.stream()
			.filter((t) -> position != null && t.position() == position)
			.findFirst()
			.orElse(null);
	}

	private static Tier lowest(GradingScheme scheme) {
		return scheme.tiers().isEmpty() ? null : scheme.tiers().get(scheme.tiers().size() - 1);
	}

	private static Tier nextTier(GradingScheme scheme, Tier tier) {
		if (tier == null) {
			return lowest(scheme);
		}
		return scheme.tiers().stream().filter((t) -> t.position() == tier.position() - 1).findFirst().orElse(null);
	}

	/**
	 * For each criterion alone, the score (and value or level) it would need for the
	 * account to reach {@code next}, if reachable; the smallest change first.
	 */
	static List<AccountGrade.Move> movesUp(GradingScheme scheme, List<AccountGrade.Contribution> contributions,
			BigDecimal total, Tier next) {
		BigDecimal gap = next.threshold().subtract(total);
		List<AccountGrade.Move> moves = new ArrayList<>();
		for (AccountGrade.Contribution c : contributions) {
			if (c.share().signum() == 0) {
				continue;
			}
			BigDecimal needed = c.score().add(gap.multiply(HUNDRED).divide(c.share(), 2, RoundingMode.CEILING));
			if (needed.compareTo(HUNDRED) > 0) {
				continue;
			}
			Criterion criterion = scheme.criteria()
				.stream()
				.filter((k) -> k.id() == c.criterionId())
				.findFirst()
				.orElseThrow();
			if (criterion.kind() == CriterionKind.MANUAL) {
				int level = needed.divide(BigDecimal.valueOf(25), 0, RoundingMode.CEILING).intValue() + 1;
				moves.add(new AccountGrade.Move(c.criterionId(), c.name(), c.kind(), null,
						BigDecimal.valueOf((level - 1) * 25L), null, Math.max(level, 1), c.value()));
			}
			else {
				Optional<Band> band = criterion.bands()
					.stream()
					.filter((b) -> BigDecimal.valueOf(b.score()).compareTo(needed) >= 0)
					.min(Comparator.comparing(Band::lowerBound));
				band.ifPresent((b) -> moves.add(new AccountGrade.Move(c.criterionId(), c.name(), c.kind(), c.metric(),
						BigDecimal.valueOf(b.score()), b.lowerBound(), null, c.value())));
			}
		}
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		contributions.forEach((c) -> scores.put(c.criterionId(), c.score()));
		moves
			.sort(Comparator.comparing((AccountGrade.Move m) -> m.scoreNeeded().subtract(scores.get(m.criterionId()))));
		return moves;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * The tiers and criteria of the scheme as they stood at {@code contentVersion}
	 * ({@code grading_scheme.content_version}, migration V21, moved by a trigger with
	 * every statement that changes them, whoever runs it). Kept only when read by a
	 * transaction that has written nothing (its own changes, say a what-if preview that
	 * is rolled back, are not committed content) and when the version read again
	 * afterwards has not moved (nothing committed in between, whatever the isolation);
	 * used only by such transactions, while the version they read is the same. Immutable,
	 * so every request may share it; the head (naming, version, who changed it) is read
	 * each time.
	 */
	private record KeptScheme(long contentVersion, List<Tier> tiers, List<Criterion> criteria) {
	}

}
