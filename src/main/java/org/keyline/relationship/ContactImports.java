package org.keyline.relationship;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountImports;
import org.keyline.account.Viewer;
import org.keyline.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts in bulk, for an import: finding the contacts a file names (by e-mail) with
 * whether the importer works on their account, and writing many contacts set-based, a
 * fixed number of statements whatever the number of rows. The rules of
 * {@link ContactManagement} apply: only those who work on an account (director, owner,
 * current team member) add or change its contacts. The database's triggers write the
 * audit trail and the search documents; one {@link ContactsImported} tells the coverage
 * summaries and the grading.
 */
@Service
public class ContactImports {

	private final JdbcClient jdbc;

	private final AccountImports accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ContactImports(JdbcClient jdbc, AccountImports accounts, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** How duplicates are recognised by e-mail: trimmed, in lower case; null for none. */
	public static String emailKey(String email) {
		String text = Text.blankToNull(email);
		return (text == null) ? null : text.toLowerCase(Locale.ROOT);
	}

	/**
	 * Every contact whose e-mail is one of {@code emailKeys} (see {@link #emailKey}),
	 * with whether the viewer works on its account. Two statements.
	 */
	@Transactional(readOnly = true)
	public List<Match> find(Collection<String> emailKeys, Viewer viewer) {
		if (emailKeys.isEmpty()) {
			return List.of();
		}
		List<Object[]> rows = this.jdbc.sql("""
				select c.id, c.account_id, c.name, c.email from relationship_contact c
				where lower(c.email) in (select unnest(cast(:emails as text[]))) order by c.id""")
			.param("emails", emailKeys.toArray(String[]::new))
			.query((rs,
					row) -> new Object[] { rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
							rs.getString("email") })
			.list();
		Set<Long> accountIds = new HashSet<>();
		rows.forEach((row) -> accountIds.add((Long) row[1]));
		Set<Long> workedOn = this.accounts.workedOnBy(accountIds, viewer);
		return rows.stream()
			.map((row) -> new Match((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
					workedOn.contains((Long) row[1])))
			.toList();
	}

	/**
	 * Creates the new contacts and changes the existing ones, all or nothing; the viewer
	 * must work on every account concerned (else {@link AccountActionRefused}). A handful
	 * of statements whatever the number of rows; publishes one {@link ContactsImported}.
	 */
	@Transactional
	public Result write(List<NewContact> creates, List<Change> changes, Viewer viewer) {
		Set<Long> accountIds = new LinkedHashSet<>();
		creates.forEach((contact) -> accountIds.add(contact.accountId()));
		Map<Long, Long> changedAccount = accountsOf(changes);
		if (changedAccount.size() != changes.size()) {
			throw new IllegalArgumentException("A contact to change does not exist or is changed twice");
		}
		accountIds.addAll(changedAccount.values());
		if (!this.accounts.workedOnBy(accountIds, viewer).containsAll(accountIds)) {
			throw new AccountActionRefused("change contacts");
		}
		for (NewContact contact : creates) {
			ContactInput in = contact.input();
			if (in.name() == null || in.name().isBlank() || in.name().trim().length() > 120 || in.level() == null
					|| in.buyingRole() == null || in.attitude() == null || in.influence() < 1 || in.influence() > 5
					|| in.reportsToId() != null) {
				throw new IllegalArgumentException("Not a valid contact: " + in.name());
			}
		}
		Instant now = this.clock.instant();
		List<Long> created = insert(creates, now, viewer.username());
		update(changes, now, viewer.username());
		if (!accountIds.isEmpty()) {
			this.events.publishEvent(new ContactsImported(new ArrayList<>(accountIds)));
		}
		return new Result(created, changes.stream().map(Change::id).toList());
	}

	private Map<Long, Long> accountsOf(List<Change> changes) {
		if (changes.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> accountOf = new HashMap<>();
		this.jdbc
			.sql("select id, account_id from relationship_contact where id in (select unnest(cast(:ids as bigint[])))")
			.param("ids", changes.stream().mapToLong(Change::id).toArray())
			.query((rs, row) -> accountOf.put(rs.getLong("id"), rs.getLong("account_id")))
			.list();
		return (new HashSet<>(changes.stream().map(Change::id).toList()).size() == changes.size()) ? accountOf
				: Map.of();
	}

	private List<Long> insert(List<NewContact> creates, Instant now, String by) {
		if (creates.isEmpty()) {
			return List.of();
		}
		int n = creates.size();
		String[][] columns = new String[12][n];
		for (int i = 0; i < n; i++) {
			NewContact contact = creates.get(i);
			ContactInput in = contact.input();
			columns[0][i] = Long.toString(contact.accountId());
			columns[1][i] = in.name().trim();
			columns[2][i] = Text.blankToNull(in.title());
			columns[3][i] = Text.blankToNull(in.department());
			columns[4][i] = in.level().name();
			columns[5][i] = in.buyingRole().name();
			columns[6][i] = in.attitude().name();
			columns[7][i] = Integer.toString(in.influence());
			columns[8][i] = Text.blankToNull(in.email());
			columns[9][i] = Text.blankToNull(in.phone());
			columns[10][i] = Text.blankToNull(in.politicalNotes());
			columns[11][i] = Boolean.toString(in.leftCompany());
		}
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < columns.length; i++) {
			params.put("c" + i, columns[i]);
		}
		// Identity values are drawn in the order of the select (ordinality), so sorting
		// the
		// returned ids gives them in the order of the rows.
		List<Long> ids = new ArrayList<>(this.jdbc
			.sql("""
					insert into relationship_contact (account_id, name, title, department, level, buying_role, attitude,
					    influence, email, phone, political_notes, left_company, version, created_at, updated_at,
					    updated_by)
					select cast(u.account_id as bigint), u.name, u.title, u.department, u.level, u.buying_role,
					    u.attitude, cast(u.influence as smallint), u.email, u.phone, u.notes, cast(u.left_company as boolean),
					    0, :now, :now, :by
					from unnest(cast(:c0 as text[]), cast(:c1 as text[]), cast(:c2 as text[]), cast(:c3 as text[]),
					    cast(:c4 as text[]), cast(:c5 as text[]), cast(:c6 as text[]), cast(:c7 as text[]),
					    cast(:c8 as text[]), cast(:c9 as text[]), cast(:c10 as text[]), cast(:c11 as text[]))
					    with ordinality as u(account_id, name, title, department, level, buying_role, attitude,
					        influence, email, phone, notes, left_company, ord)
					order by u.ord
					returning id""")
			.params(params)
			.param("now", java.sql.Timestamp.from(now))
			.param("by", by)
			.query(Long.class)
			.list());
		ids.sort(null);
		return ids;
	}

	/**
	 * Fills in what the file knows: title, department, phone and name are replaced where
	 * the file has a value. Level, buying role, attitude, influence and the organisation
	 * chart stay: they are Keyline's own analysis.
	 */
	private void update(List<Change> changes, Instant now, String by) {
		if (changes.isEmpty()) {
			return;
		}
		int n = changes.size();
		String[][] columns = new String[5][n];
		for (int i = 0; i < n; i++) {
			Change c = changes.get(i);
			columns[0][i] = Long.toString(c.id());
			columns[1][i] = Text.blankToNull(c.name());
			columns[2][i] = Text.blankToNull(c.title());
			columns[3][i] = Text.blankToNull(c.department());
			columns[4][i] = Text.blankToNull(c.phone());
		}
		this.jdbc.sql("""
				update relationship_contact c set name = coalesce(u.name, c.name), title = coalesce(u.title, c.title),
				    department = coalesce(u.department, c.department), phone = coalesce(u.phone, c.phone),
				    version = c.version + 1, updated_at = :now, updated_by = :by
				from unnest(cast(:c0 as text[]), cast(:c1 as text[]), cast(:c2 as text[]), cast(:c3 as text[]),
				    cast(:c4 as text[])) as u(id, name, title, department, phone)
				where c.id = cast(u.id as bigint)""")
			.param("c0", columns[0])
			.param("c1", columns[1])
			.param("c2", columns[2])
			.param("c3", columns[3])
			.param("c4", columns[4])
			.param("now", java.sql.Timestamp.from(now))
			.param("by", by)
			.update();
	}

	/**
	 * An existing contact a file names by e-mail.
	 *
	 * @param editable whether the viewer works on the contact's account
	 */
	public record Match(long id, long accountId, String name, String email, boolean editable) {

		public String emailKey() {
			return ContactImports.emailKey(this.email);
		}

	}

	/**
	 * A contact to add to an account (without a manager: the organisation chart stays).
	 */
	public record NewContact(long accountId, ContactInput input) {
	}

	/** What an import changes on an existing contact; null leaves a field as it is. */
	public record Change(long id, String name, String title, String department, String phone) {
	}

	/** The ids of the contacts created (in the order given) and changed. */
	public record Result(List<Long> created, List<Long> changed) {
	}

}
