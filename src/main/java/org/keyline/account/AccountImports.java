package org.keyline.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.keyline.people.Role;
import org.keyline.people.UserDirectory;
import org.keyline.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts in bulk, for an import: finding the accounts a file names (by name or website)
 * with what the importer may do with each, and writing many accounts set-based, a fixed
 * number of statements whatever the number of rows. The same rules as
 * {@link AccountManagement} apply: a manager creates accounts they own, a director names
 * the owner; only those who work on an account (director, owner, current team member)
 * change it. The database's triggers write the audit trail and the search documents row
 * by row as for any other change; one {@link AccountsImported} tells the other modules.
 */
@Service
public class AccountImports {

	/** A website reduced to its host without "www.": how two websites are compared. */
	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

	private static final Pattern WWW_AND_PATH = Pattern.compile("^www\\.|[/?#:].*$");

	/** The same reduction in SQL, on {@code a.website}. */
	static final String WEBSITE_KEY_SQL = "lower(regexp_replace(regexp_replace(coalesce(a.website, ''), "
			+ "'^[a-zA-Z][a-zA-Z0-9+.-]*://', ''), '^www\\.|[/?#:].*$', '', 'g'))";

	private final JdbcClient jdbc;

	private final UserDirectory users;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountImports(JdbcClient jdbc, UserDirectory users, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * How duplicates are recognised by website: the host in lower case, without scheme,
	 * "www.", port or path ("https://www.Acme.com/en" is "acme.com"); null for none.
	 */
	public static String websiteKey(String website) {
		String text = Text.blankToNull(website);
		if (text == null) {
			return null;
		}
		String key = WWW_AND_PATH.matcher(SCHEME.matcher(text).replaceFirst(""))
			.replaceAll("")
			.toLowerCase(Locale.ROOT);
		return key.isEmpty() ? null : key;
	}

	/** How duplicates are recognised by name: trimmed, in lower case. */
	public static String nameKey(String name) {
		String text = Text.blankToNull(name);
		return (text == null) ? null : text.toLowerCase(Locale.ROOT);
	}

	/**
	 * Every account (archived ones too) whose name is one of {@code nameKeys} or whose
	 * website is one of {@code websiteKeys} (see {@link #nameKey} and
	 * {@link #websiteKey}), with whether the viewer may see it and may change it. One
	 * statement.
	 */
	@Transactional(readOnly = true)
	public List<Match> find(Collection<String> nameKeys, Collection<String> websiteKeys, Viewer viewer) {
		if (nameKeys.isEmpty() && websiteKeys.isEmpty()) {
			return List.of();
		}
		String visible = AccountAccess.visibleTo(viewer);
		String editable = !viewer.worksWithAccounts() ? "false"
				: viewer.isDirector() ? "true" : "(a.owner_id = :viewerId or " + AccountAccess.CURRENT_MEMBER + ")";
		return this.jdbc.sql("select a.id, a.name, a.website, a.owner_id, a.archived_at is not null as archived, "
				+ visible + " as visible, " + editable + " as editable from account_account a"
				// "in (select unnest(..))" is a hashed lookup whatever the plan; a bound
				// array
				// compared with "= any" may be searched linearly for each row in a
				// generic plan.
				+ " where lower(a.name) in (select unnest(cast(:names as text[])))" + " or " + WEBSITE_KEY_SQL
				+ " in (select unnest(cast(:sites as text[]))) order by a.id")
			.param("names", nameKeys.toArray(String[]::new))
			.param("sites", websiteKeys.toArray(String[]::new))
			.param("viewerId", viewer.userId())
			.param("today", today())
			.query((rs, row) -> new Match(rs.getLong("id"), rs.getString("name"), rs.getString("website"),
					rs.getLong("owner_id"), rs.getBoolean("archived"), rs.getBoolean("visible"),
					rs.getBoolean("editable")))
			.list();
	}

	/**
	 * Of these accounts, those the viewer works on (may add contacts to and change): one
	 * statement.
	 */
	@Transactional(readOnly = true)
	public Set<Long> workedOnBy(Collection<Long> accountIds, Viewer viewer) {
		if (accountIds.isEmpty() || !viewer.worksWithAccounts()) {
			return Set.of();
		}
		String editable = viewer.isDirector() ? "true"
				: "(a.owner_id = :viewerId or " + AccountAccess.CURRENT_MEMBER + ")";
		return new HashSet<>(this.jdbc
			.sql("select a.id from account_account a where a.id in (select unnest(cast(:ids as bigint[]))) and "
					+ editable)
			.param("ids", accountIds.stream().mapToLong(Long::longValue).toArray())
			.param("viewerId", viewer.userId())
			.param("today", today())
			.query(Long.class)
			.list());
	}

	/**
	 * Creates the new accounts and changes the existing ones, all or nothing. New
	 * accounts are owned by the viewer if they are a manager, or by {@code ownerId} if
	 * they are a director; a parent is an existing account the viewer sees
	 * ({@code profile.parentId()}) or another new account of the same call
	 * ({@link NewAccount#parentIndex()}). Changed accounts must be ones the viewer works
	 * on. A handful of statements whatever the number of rows; publishes one
	 * {@link AccountsImported}.
	 */
	@Transactional
	public Result write(List<NewAccount> creates, List<Change> changes, Long ownerId, Viewer viewer) {
		Long owner = creates.isEmpty() ? null : owner(ownerId, viewer);
		checkNew(creates);
		checkParents(creates, viewer);
		Set<Long> changeIds = new LinkedHashSet<>();
		changes.forEach((change) -> changeIds.add(change.id()));
		if (changeIds.size() != changes.size()) {
			throw new IllegalArgumentException("An account is changed twice");
		}
		if (!workedOnBy(changeIds, viewer).containsAll(changeIds)) {
			throw new AccountActionRefused("edit account");
		}
		Instant now = this.clock.instant();
		List<Long> created = insert(creates, owner, now, viewer.username());
		linkParents(creates, created);
		update(changes, now, viewer.username());
		List<Long> touched = new ArrayList<>(created);
		touched.addAll(changeIds);
		if (!touched.isEmpty()) {
			this.events.publishEvent(new AccountsImported(touched));
		}
		return new Result(created, List.copyOf(changeIds));
	}

	private Long owner(Long ownerId, Viewer viewer) {
		Long owner;
		if (viewer.isDirector()) {
			owner = ownerId;
		}
		else if (viewer.isManager()) {
			owner = viewer.userId();
		}
		else {
			throw new AccountActionRefused("create account");
		}
		if (owner == null || !this.users.hasRole(owner, Role.MANAGER)) {
			throw new AccountRuleViolation("ownerId", "account.owner.invalid");
		}
		return owner;
	}

	private static void checkNew(List<NewAccount> creates) {
		Set<String> names = new HashSet<>();
		for (NewAccount account : creates) {
			AccountProfile p = account.profile();
			if (p.name() == null || p.name().isBlank() || p.name().trim().length() > 200 || p.industry() == null
					|| p.region() == null || p.country() == null || !p.country().matches("[A-Z]{2}")
					|| p.stage() == null || p.relationship() == null || p.adviceFrequency() == null
					|| (p.employees() != null && p.employees() < 0)
					|| (p.website() != null && p.website().length() > 255)) {
				throw new IllegalArgumentException("Not a valid account: " + p.name());
			}
			if (!names.add(nameKey(p.name()))) {
				throw new IllegalArgumentException("Two new accounts are called " + p.name());
			}
		}
	}

	/**
	 * Existing parents must be visible to the viewer; parents among the new accounts must
	 * be other new accounts and form no cycle.
	 */
	private void checkParents(List<NewAccount> creates, Viewer viewer) {
		Set<Long> existing = new HashSet<>();
		for (int i = 0; i < creates.size(); i++) {
			NewAccount account = creates.get(i);
			if (account.profile().parentId() != null) {
				existing.add(account.profile().parentId());
			}
			Integer parent = account.parentIndex();
			if (parent != null) {
				if (parent < 0 || parent >= creates.size() || account.profile().parentId() != null) {
					throw new IllegalArgumentException("Bad parent of new account " + i);
				}
				Set<Integer> seen = new HashSet<>();
				Integer step = i;
				while (step != null) {
					if (!seen.add(step)) {
						throw new AccountRuleViolation("parentId", "account.parent.cycle");
					}
					step = creates.get(step).parentIndex();
				}
			}
		}
		if (existing.isEmpty()) {
			return;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ids", existing.stream().mapToLong(Long::longValue).toArray());
		params.put("viewerId", viewer.userId());
		params.put("today", today());
		long seen = this.jdbc
			.sql("select count(*) from account_account a where a.id in (select unnest(cast(:ids as bigint[]))) and "
					+ AccountAccess.visibleTo(viewer))
			.params(params)
			.query(Long.class)
			.single();
		if (seen != existing.size()) {
			throw new AccountNotFound(existing.iterator().next());
		}
	}

	private List<Long> insert(List<NewAccount> creates, Long owner, Instant now, String by) {
		if (creates.isEmpty()) {
			return List.of();
		}
		int n = creates.size();
		String[][] columns = new String[13][n];
		for (int i = 0; i < n; i++) {
			AccountProfile p = creates.get(i).profile();
			columns[0][i] = p.name().trim();
			columns[1][i] = p.industry().name();
			columns[2][i] = p.region().name();
			columns[3][i] = p.country();
			columns[4][i] = (p.employees() != null) ? p.employees().toString() : null;
			columns[5][i] = Text.blankToNull(p.website());
			columns[6][i] = (p.parentId() != null) ? p.parentId().toString() : null;
			columns[7][i] = p.stage().name();
			columns[8][i] = p.relationship().name();
			columns[9][i] = Integer.toString(p.strategicImportance());
			columns[10][i] = Integer.toString(p.easeOfBusiness());
			columns[11][i] = p.adviceFrequency().name();
			columns[12][i] = Text.blankToNull(p.notes());
		}
		// Rows come back in the order of the select (ordinality); names are unique among
		// them, so each id is matched to its row by name, not by position.
		List<Object[]> rows = this.jdbc.sql("""
				insert into account_account (name, industry, region, country, employees, website, parent_id,
				    owner_id, stage, relationship, strategic_importance, ease_of_business, advice_frequency, notes,
				    version, created_at, updated_at, updated_by)
				select u.name, u.industry, u.region, u.country, cast(u.employees as integer), u.website,
				    cast(u.parent_id as bigint), :owner, u.stage, u.relationship, cast(u.importance as smallint),
				    cast(u.ease as smallint), u.advice, u.notes, 0, :now, :now, :by
				from unnest(cast(:c0 as text[]), cast(:c1 as text[]), cast(:c2 as text[]), cast(:c3 as text[]),
				    cast(:c4 as text[]), cast(:c5 as text[]), cast(:c6 as text[]), cast(:c7 as text[]),
				    cast(:c8 as text[]), cast(:c9 as text[]), cast(:c10 as text[]), cast(:c11 as text[]),
				    cast(:c12 as text[])) with ordinality
				    as u(name, industry, region, country, employees, website, parent_id, stage, relationship,
				        importance, ease, advice, notes, ord)
				order by u.ord
				returning id, name""")
			.params(columnParams(columns))
			.param("owner", owner)
			.param("now", java.sql.Timestamp.from(now))
			.param("by", by)
			.query((rs, row) -> new Object[] { rs.getLong("id"), rs.getString("name") })
			.list();
		Map<String, Long> idByName = new HashMap<>();
		rows.forEach((row) -> idByName.put(nameKey((String) row[1]), (Long) row[0]));
		List<Long> ids = new ArrayList<>(n);
		for (NewAccount account : creates) {
			ids.add(idByName.get(nameKey(account.profile().name())));
		}
		return ids;
	}

	private void linkParents(List<NewAccount> creates, List<Long> ids) {
		List<Long> children = new ArrayList<>();
		List<Long> parents = new ArrayList<>();
		for (int i = 0; i < creates.size(); i++) {
			Integer parent = creates.get(i).parentIndex();
			if (parent != null) {
				children.add(ids.get(i));
				parents.add(ids.get(parent));
			}
		}
		if (children.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update account_account a set parent_id = u.parent_id
				from unnest(cast(:children as bigint[]), cast(:parents as bigint[])) as u(id, parent_id)
				where a.id = u.id""")
			.param("children", children.stream().mapToLong(Long::longValue).toArray())
			.param("parents", parents.stream().mapToLong(Long::longValue).toArray())
			.update();
	}

	/**
	 * Fills in what the file knows: industry, region, country, employees and website are
	 * replaced where the file has a value; notes only where Keyline has none. Name, owner
	 * and parent stay.
	 */
	private void update(List<Change> changes, Instant now, String by) {
		if (changes.isEmpty()) {
			return;
		}
		int n = changes.size();
		String[][] columns = new String[7][n];
		for (int i = 0; i < n; i++) {
			Change c = changes.get(i);
			columns[0][i] = Long.toString(c.id());
			columns[1][i] = (c.industry() != null) ? c.industry().name() : null;
			columns[2][i] = (c.region() != null) ? c.region().name() : null;
			columns[3][i] = c.country();
			columns[4][i] = (c.employees() != null) ? c.employees().toString() : null;
			columns[5][i] = Text.blankToNull(c.website());
			columns[6][i] = Text.blankToNull(c.notes());
		}
		this.jdbc.sql("""
				update account_account a set industry = coalesce(u.industry, a.industry),
				    region = coalesce(u.region, a.region), country = coalesce(u.country, a.country),
				    employees = coalesce(cast(u.employees as integer), a.employees),
				    website = coalesce(u.website, a.website), notes = coalesce(a.notes, u.notes),
				    version = a.version + 1, updated_at = :now, updated_by = :by
				from unnest(cast(:c0 as text[]), cast(:c1 as text[]), cast(:c2 as text[]), cast(:c3 as text[]),
				    cast(:c4 as text[]), cast(:c5 as text[]), cast(:c6 as text[]))
				    as u(id, industry, region, country, employees, website, notes)
				where a.id = cast(u.id as bigint)""")
			.params(columnParams(columns))
			.param("now", java.sql.Timestamp.from(now))
			.param("by", by)
			.update();
	}

	private static Map<String, Object> columnParams(String[][] columns) {
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < columns.length; i++) {
			params.put("c" + i, columns[i]);
		}
		return params;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * An existing account a file names.
	 *
	 * @param visible whether the viewer may see it
	 * @param editable whether the viewer works on it (may change it, add contacts)
	 */
	public record Match(long id, String name, String website, long ownerId, boolean archived, boolean visible,
			boolean editable) {

		public String nameKey() {
			return AccountImports.nameKey(this.name);
		}

		public String websiteKey() {
			return AccountImports.websiteKey(this.website);
		}

	}

	/**
	 * An account to create: its profile (competitors are not imported), and the position
	 * of its parent among the accounts created with it, if its parent is one of them.
	 */
	public record NewAccount(AccountProfile profile, Integer parentIndex) {
	}

	/**
	 * What an import changes on an existing account; null leaves a field as it is.
	 */
	public record Change(long id, Industry industry, Region region, String country, Integer employees, String website,
			String notes) {
	}

	/** The ids of the accounts created (in the order given) and changed. */
	public record Result(List<Long> created, List<Long> changed) {
	}

}
