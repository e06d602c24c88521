package org.keyline.relationship;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.keyline.account.AccountFilter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.account.AccountScope;
import org.keyline.account.Viewer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts and interactions for the CSV exports, of one account or of every account of
 * the account list (its filter) that the viewer may see. Each export reads its rows in
 * one statement with a cursor ({@value #FETCH_SIZE} rows at a time) and hands each row on
 * as it arrives rather than collecting them in memory. A contact's e-mail, phone and
 * political notes only go to those who work on the account (director, owner, current team
 * member): a mentor reads the account but does not see them in Keyline either.
 */
@Service
public class RelationshipExport {

	static final int FETCH_SIZE = 500;

	private static final String CONTACT_COLUMNS = """
			a.name as account_name, c.name, c.title, c.department, c.level, c.buying_role, c.attitude,
			c.influence, m.name as reports_to, c.left_company,
			case when %s then c.email end as email,
			case when %s then c.phone end as phone,
			case when %s then c.political_notes end as political_notes,
			array(select d.display_name || ' (' || l.strength || ')' from relationship_link l
			      join people_directory d on d.id = l.user_id
			      where l.contact_id = c.id and l.strength <> 'NONE'
			      order by %s desc, d.display_name) as known_by
			from relationship_contact c
			join account_account a on a.id = c.account_id
			left join relationship_contact m on m.id = c.reports_to_id""";

	private static final String INTERACTION_COLUMNS = """
			a.name as account_name, i.occurred_on, i.kind, i.summary, i.next_step,
			array(select c.name from relationship_interaction_contact ic
			      join relationship_contact c on c.id = ic.contact_id
			      where ic.interaction_id = i.id order by c.name) as contact_names,
			array(select u.display_name from relationship_interaction_user iu
			      join people_directory u on u.id = iu.user_id
			      where iu.interaction_id = i.id order by u.display_name) as user_names,
			coalesce(w.display_name, i.created_by) as logged_by, i.created_at
			from relationship_interaction i
			join account_account a on a.id = i.account_id
			left join people_directory w on w.username = i.created_by""";

	private final NamedParameterJdbcTemplate jdbc;

	private final AccountManagement accounts;

	private final Clock clock;

	RelationshipExport(DataSource dataSource, AccountManagement accounts, Clock clock) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The account's contacts, former ones too, by level and name: the account's access
	 * check (two statements, {@link AccountNotFound} when the viewer may not see it),
	 * then one statement. {@code start} is called with the account once it is known to be
	 * visible (to name the file) and returns where the rows go.
	 */
	@Transactional(readOnly = true)
	public void contactsOf(long accountId, Viewer viewer, Function<AccountRef, Consumer<ContactExportRow>> start) {
		AccountRef account = this.accounts.ref(accountId, viewer);
		Consumer<ContactExportRow> row = start.apply(account);
		String private_ = Boolean.toString(account.contributes());
		Map<String, Object> params = Map.of("accountId", accountId);
		this.jdbc.query("select " + contactColumns(private_) + " where c.account_id = :accountId order by "
				+ ContactQueries.LEVEL_ORDER.formatted("c.level") + ", lower(c.name), c.id", params, (rs) -> {
					row.accept(contact(rs));
				});
	}

	/**
	 * The contacts of every account of the list with this filter that the viewer may see,
	 * by account name, then level and name: one statement.
	 */
	@Transactional(readOnly = true)
	public void contacts(AccountFilter filter, Viewer viewer, Consumer<ContactExportRow> row) {
		Map<String, Object> params = new HashMap<>();
		String where = AccountScope.matching(filter, viewer, LocalDate.now(this.clock), params);
		this.jdbc.query("select " + contactColumns(AccountScope.workedOnBy(viewer)) + " where " + where
				+ " order by lower(a.name), a.id, " + ContactQueries.LEVEL_ORDER.formatted("c.level")
				+ ", lower(c.name), c.id", params, (rs) -> {
					row.accept(contact(rs));
				});
	}

	/**
	 * The account's interactions, newest first: the account's access check (two
	 * statements), then one statement. {@code start} is called with the account once it
	 * is known to be visible and returns where the rows go.
	 */
	@Transactional(readOnly = true)
	public void interactionsOf(long accountId, Viewer viewer,
			Function<AccountRef, Consumer<InteractionExportRow>> start) {
		Consumer<InteractionExportRow> row = start.apply(this.accounts.ref(accountId, viewer));
		this.jdbc.query(
				"select " + INTERACTION_COLUMNS
						+ " where i.account_id = :accountId order by i.occurred_on desc, i.id desc",
				Map.of("accountId", accountId), (rs) -> {
					row.accept(interaction(rs));
				});
	}

	/**
	 * The interactions with every account of the list with this filter that the viewer
	 * may see, by account name, then newest first: one statement.
	 */
	@Transactional(readOnly = true)
	public void interactions(AccountFilter filter, Viewer viewer, Consumer<InteractionExportRow> row) {
		Map<String, Object> params = new HashMap<>();
		String where = AccountScope.matching(filter, viewer, LocalDate.now(this.clock), params);
		this.jdbc.query("select " + INTERACTION_COLUMNS + " where " + where
				+ " order by lower(a.name), a.id, i.occurred_on desc, i.id desc", params, (rs) -> {
					row.accept(interaction(rs));
				});
	}

	private static String contactColumns(String mayReadPrivate) {
		return CONTACT_COLUMNS.formatted(mayReadPrivate, mayReadPrivate, mayReadPrivate,
				ContactQueries.STRENGTH_ORDER.formatted("l.strength"));
	}

	private static ContactExportRow contact(ResultSet rs) throws SQLException {
		List<ContactExportRow.KnownBy> knownBy = new ArrayList<>();
		for (String entry : strings(rs.getArray("known_by"))) {
			int open = entry.lastIndexOf(" (");
			knownBy.add(new ContactExportRow.KnownBy(entry.substring(0, open),
					LinkStrength.valueOf(entry.substring(open + 2, entry.length() - 1))));
		}
		return new ContactExportRow(rs.getString("account_name"), rs.getString("name"), rs.getString("title"),
				rs.getString("department"), ContactLevel.valueOf(rs.getString("level")),
				BuyingRole.valueOf(rs.getString("buying_role")), Attitude.valueOf(rs.getString("attitude")),
				rs.getInt("influence"), rs.getString("reports_to"), rs.getBoolean("left_company"),
				rs.getString("email"), rs.getString("phone"), rs.getString("political_notes"), knownBy);
	}

	private static InteractionExportRow interaction(ResultSet rs) throws SQLException {
		return new InteractionExportRow(rs.getString("account_name"), rs.getObject("occurred_on", LocalDate.class),
				InteractionKind.valueOf(rs.getString("kind")), rs.getString("summary"), rs.getString("next_step"),
				strings(rs.getArray("contact_names")), strings(rs.getArray("user_names")), rs.getString("logged_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	/**
	 * One contact as exported.
	 *
	 * @param email null when the viewer does not work on the account
	 * @param knownBy our people who know the contact, strongest first
	 */
	public record ContactExportRow(String accountName, String name, String title, String department, ContactLevel level,
			BuyingRole buyingRole, Attitude attitude, int influence, String reportsTo, boolean former, String email,
			String phone, String politicalNotes, List<KnownBy> knownBy) {

		/** One of our people and how well they know the contact. */
		public record KnownBy(String name, LinkStrength strength) {
		}

	}

	/** One interaction as exported, with the names of who took part on both sides. */
	public record InteractionExportRow(String accountName, LocalDate occurredOn, InteractionKind kind, String summary,
			String nextStep, List<String> contacts, List<String> ourPeople, String loggedBy, Instant loggedAt) {
	}

}
