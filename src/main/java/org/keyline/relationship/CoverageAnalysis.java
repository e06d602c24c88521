package org.keyline.relationship;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage analysis of an account, computed from its contacts and links each time (never
 * typed in), in one SQL statement whatever the amount of data.
 *
 * <p>
 * Only current contacts (who have not left the company) and the links of our people today
 * count: the account's owner and its current team members (see {@link OurPeople}). The
 * rules:
 * <ul>
 * <li>{@link CoverageRule#UNCOVERED_DECISION_MAKER}: a decision maker or influencer with
 * no link of working strength or better;</li>
 * <li>{@link CoverageRule#HOSTILE_DECISION_MAKER}: a sceptic or opponent in one of those
 * decision roles;</li>
 * <li>{@link CoverageRule#LEVEL_NOT_REACHED}: one of the {@link #CHECKED_LEVELS} where
 * none of our people has a working link to anybody, including a level where we know
 * nobody at all;</li>
 * <li>{@link CoverageRule#GOING_COLD}: a working (or better) link whose last interaction
 * is more than {@code keyline.relationships.cold-after-days} days ago, or that never had
 * one;</li>
 * <li>{@link CoverageRule#SINGLE_THREADED}: a contact whom exactly one of our people
 * knows. "Knows" is a link of at least {@link LinkStrength#ACQUAINTED}: a second person
 * who has met them can take over a thread if the first one leaves, someone recorded as
 * {@link LinkStrength#NONE} cannot. Contacts whom nobody knows are not single-threaded
 * (they are no thread at all; decision makers among them are uncovered).</li>
 * </ul>
 */
@Service
public class CoverageAnalysis {

	/**
	 * The levels that must be reached: the executives and senior managers who set budgets
	 * and strategy and sign large decisions. A supplier who reaches only technical staff,
	 * users or purchasing sells at the wrong level, which limits the account. Lower
	 * levels are not checked as levels: whether their decision makers are covered is the
	 * job of {@link CoverageRule#UNCOVERED_DECISION_MAKER}, at any level.
	 */
	public static final List<ContactLevel> CHECKED_LEVELS = List.of(ContactLevel.EXECUTIVE,
			ContactLevel.SENIOR_MANAGEMENT);

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Clock clock;

	private final int coldAfterDays;

	CoverageAnalysis(JdbcClient jdbc, AccountManagement accounts, Clock clock,
			@Value("${keyline.relationships.cold-after-days:90}") int coldAfterDays) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.coldAfterDays = coldAfterDays;
	}

	/**
	 * The coverage of an account the viewer may see ({@code AccountNotFound} otherwise).
	 */
	@Transactional(readOnly = true)
	public CoverageReport analyse(long accountId, Viewer viewer) {
		return analyse(this.accounts.ref(accountId, viewer));
	}

	/**
	 * The coverage of an account whose access was checked already (e.g. by the account
	 * page): one statement.
	 */
	@Transactional(readOnly = true)
	public CoverageReport analyse(AccountRef account) {
		LocalDate today = LocalDate.now(this.clock);
		long accountId = account.id();
		List<Row> rows = this.jdbc.sql(sql()).params(parameters(accountId, today)).query(CoverageAnalysis::row).list();
		int contacts = 0;
		int people = 0;
		List<CoverageFinding> findings = new ArrayList<>();
		for (Row row : rows) {
			if (row.rule == null) {
				contacts = row.count;
				people = row.people;
			}
			else {
				findings.add(row.finding(accountId, today));
			}
		}
		findings.sort(ORDER);
		return new CoverageReport(accountId, List.copyOf(findings), contacts, people, this.coldAfterDays);
	}

	/**
	 * The parameters of {@link #rules(boolean)}: {@code :accountId} (null for every
	 * account), {@code :today} and the rules' thresholds.
	 */
	Map<String, Object> parameters(Long accountId, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		params.put("accountId", accountId);
		params.put("today", today);
		params.put("coldBefore", today.minusDays(this.coldAfterDays));
		params.put("working", names(LinkStrength.values(), LinkStrength::atLeastWorking));
		params.put("decisive", names(BuyingRole.values(), BuyingRole::decisive));
		params.put("against", names(Attitude.values(), Attitude::against));
		return params;
	}

	public int coldAfterDays() {
		return this.coldAfterDays;
	}

	/** By rule; within a rule the most important first. */
	private static final Comparator<CoverageFinding> ORDER = Comparator.comparing(CoverageFinding::rule)
		.thenComparing((CoverageFinding f) -> (f.rule() == CoverageRule.LEVEL_NOT_REACHED) ? f.level().ordinal() : 0)
		.thenComparing((CoverageFinding f) -> (f.rule() == CoverageRule.GOING_COLD && f.since() != null)
				? f.since().toEpochDay() : Long.MIN_VALUE)
		.thenComparing((CoverageFinding f) -> (f.buyingRole() != null) ? f.buyingRole().ordinal() : 0)
		.thenComparing((CoverageFinding f) -> (f.contactName() != null) ? f.contactName() : "",
				String.CASE_INSENSITIVE_ORDER)
		.thenComparing((CoverageFinding f) -> (f.userName() != null) ? f.userName() : "");

	private static <E extends Enum<E>> List<String> names(E[] values, Predicate<E> which) {
		return Arrays.stream(values).filter(which).map(Enum::name).toList();
	}

	/**
	 * The rules, written once for one account or for every account (set-based): CTEs
	 * {@code scope} (the accounts: {@code id}, {@code owner_id}), {@code people} (our
	 * people: {@code account_id}, {@code user_id}, see {@link OurPeople}),
	 * {@code contacts} (current contacts), {@code links} (links of our people to them
	 * that are more than {@link LinkStrength#NONE}) and {@code findings}, one row per
	 * finding: {@code rule}, {@code account_id}, {@code contact_id} (null for a level),
	 * {@code user_id}, {@code level} (of a level not reached), {@code strength},
	 * {@code since}. Needs {@link #parameters(Long, LocalDate)}. The account page's
	 * coverage card adds names to the findings of one account; the coverage summaries
	 * count them per account.
	 * @param one whether {@code :accountId} is one account (filtered early, by index) or
	 * null for every account
	 */
	static String rules(boolean one) {
		String levels = CHECKED_LEVELS.stream()
			.map((level) -> "('" + level.name() + "')")
			.collect(Collectors.joining(", "));
		String account = one ? "a.id = :accountId" : "cast(:accountId as bigint) is null";
		String team = one ? "t.account_id = :accountId and " : "";
		String contact = one ? "c.account_id = :accountId and " : "";
		String link = one ? "l.account_id = :accountId and " : "";
		return """
				scope as (select a.id, a.owner_id from account_account a where %s),
				people as (
				    select s.id as account_id, s.owner_id as user_id from scope s
				    union
				    select t.account_id, t.user_id from account_team_member t join scope s on s.id = t.account_id
				    where %st.joined_on <= :today and (t.left_on is null or t.left_on >= :today)),
				contacts as (
				    select c.id, c.account_id, c.level, c.buying_role, c.attitude
				    from relationship_contact c join scope s on s.id = c.account_id
				    where %snot c.left_company),
				links as (
				    select l.account_id, l.user_id, l.contact_id, c.level, l.strength, l.last_interaction_on,
				           l.strength in (:working) as working
				    from relationship_link l
				    join people p on p.account_id = l.account_id and p.user_id = l.user_id
				    join contacts c on c.id = l.contact_id
				    where %sl.strength <> 'NONE'),
				findings as (
				    select 'UNCOVERED_DECISION_MAKER' as rule, c.account_id, c.id as contact_id,
				           cast(null as bigint) as user_id, cast(null as varchar) as level,
				           cast(null as varchar) as strength, cast(null as date) as since
				    from contacts c
				    where c.buying_role in (:decisive)
				      and not exists (select 1 from links l where l.contact_id = c.id and l.working)
				    union all
				    select 'HOSTILE_DECISION_MAKER', c.account_id, c.id, null, null, null, null
				    from contacts c where c.buying_role in (:decisive) and c.attitude in (:against)
				    union all
				    select 'LEVEL_NOT_REACHED', s.id, null, null, lv.level, null, null
				    from scope s cross join (values %s) lv(level)
				    where not exists (select 1 from links l
				                      where l.account_id = s.id and l.level = lv.level and l.working)
				    union all
				    select 'GOING_COLD', l.account_id, l.contact_id, l.user_id, null, l.strength, l.last_interaction_on
				    from links l
				    where l.working and (l.last_interaction_on is null or l.last_interaction_on < :coldBefore)
				    union all
				    select 'SINGLE_THREADED', l.account_id, l.contact_id, min(l.user_id), null, min(l.strength), null
				    from links l
				    group by l.account_id, l.contact_id
				    having count(*) = 1)""".formatted(account, team, contact, link, levels);
	}

	private static String sql() {
		return """
				with %s
				select f.rule, c.id, c.name, c.title, coalesce(f.level, c.level) as level, c.buying_role, c.attitude,
				       f.user_id, u.display_name, f.strength, f.since,
				       case when f.rule = 'LEVEL_NOT_REACHED'
				            then (select count(*) from contacts x where x.level = f.level) else 0 end as n,
				       0 as people
				from findings f
				left join relationship_contact c on c.id = coalesce(f.contact_id,
				    (select b.id from contacts x join relationship_contact b on b.id = x.id where x.level = f.level
				     order by b.influence desc, b.name, b.id limit 1))
				left join people_directory u on u.id = f.user_id
				union all
				select null, null, null, null, null, null, null, null, null, null, null,
				       (select count(*) from contacts), (select count(*) from people)""".formatted(rules(true));
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		String rule = rs.getString("rule");
		return new Row((rule != null) ? CoverageRule.valueOf(rule) : null, rs.getObject("id", Long.class),
				rs.getString("name"), rs.getString("title"), valueOf(ContactLevel.class, rs.getString("level")),
				valueOf(BuyingRole.class, rs.getString("buying_role")),
				valueOf(Attitude.class, rs.getString("attitude")), rs.getObject("user_id", Long.class),
				rs.getString("display_name"), valueOf(LinkStrength.class, rs.getString("strength")),
				rs.getObject("since", LocalDate.class), rs.getInt("n"), rs.getInt("people"));
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

	private record Row(CoverageRule rule, Long contactId, String contactName, String contactTitle, ContactLevel level,
			BuyingRole buyingRole, Attitude attitude, Long userId, String userName, LinkStrength strength,
			LocalDate since, int count, int people) {

		CoverageFinding finding(long accountId, LocalDate today) {
			CoverageFix fix = switch (this.rule) {
				case UNCOVERED_DECISION_MAKER, SINGLE_THREADED -> CoverageFix.addLink(accountId, this.contactId);
				case HOSTILE_DECISION_MAKER, GOING_COLD -> CoverageFix.logInteraction(accountId, this.contactId);
				case LEVEL_NOT_REACHED -> (this.contactId != null) ? CoverageFix.addLink(accountId, this.contactId)
						: CoverageFix.addContact(accountId);
			};
			return new CoverageFinding(this.rule, this.contactId, this.contactName, this.contactTitle, this.level,
					this.buyingRole, this.attitude, this.userId, this.userName, this.strength, this.since,
					(this.since != null) ? (int) (today.toEpochDay() - this.since.toEpochDay()) : null,
					(this.rule == CoverageRule.LEVEL_NOT_REACHED) ? this.count : 0, fix);
		}

	}

}
