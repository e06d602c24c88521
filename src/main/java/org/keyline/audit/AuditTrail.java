package org.keyline.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail, which the database writes (see migration {@code V13}): the
 * history of one account and everything that belongs to it, of one user, of the grading
 * scheme, and the whole log for directors. One statement a page (after the access check);
 * pages of {@link #PAGE_SIZE}, newest first.
 */
@Service
public class AuditTrail {

	public static final int PAGE_SIZE = 50;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, AccountManagement accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The history of an account the viewer may see ({@code AccountNotFound} otherwise):
	 * the account and its economics, team, mentors, contacts, links, plans and overrides;
	 * or with a kind and a record, of that one record of the account.
	 */
	@Transactional(readOnly = true)
	public AuditPage ofAccount(long accountId, AuditedKind kind, String recordId, int page, Viewer viewer) {
		this.accounts.ref(accountId, viewer);
		return query(
				"e.account_id = :accountId" + ((kind != null)
						? " and e.table_name = :table" + ((recordId != null) ? " and e.record_id = :record" : "") : ""),
				Map.of("accountId", accountId, "table", (kind != null) ? kind.table() : "", "record",
						(recordId != null) ? recordId : ""),
				page);
	}

	/** The history of a user and their roles: for admins. */
	@Transactional(readOnly = true)
	public AuditPage ofUser(long userId, int page, Viewer viewer) {
		if (!viewer.roles().contains(Role.ADMIN)) {
			throw new AccountActionRefused("read a user's history");
		}
		return query("e.table_name in ('people_user', 'people_user_role') and e.record_id = :record",
				Map.of("record", String.valueOf(userId)), page);
	}

	/**
	 * How a user is named on their history: their display name and username, "Chloé
	 * Martin (chloe.martin)"; empty when no user has that id. For admins.
	 */
	@Transactional(readOnly = true)
	public Optional<String> userName(long userId, Viewer viewer) {
		if (!viewer.roles().contains(Role.ADMIN)) {
			throw new AccountActionRefused("read a user's history");
		}
		return this.jdbc.sql("select display_name || ' (' || username || ')' from people_directory where id = :id")
			.param("id", userId)
			.query(String.class)
			.optional();
	}

	/**
	 * The history of the grading criteria, their bands and the tiers: everybody reads it.
	 */
	@Transactional(readOnly = true)
	public AuditPage ofGradingScheme(int page, Viewer viewer) {
		if (!viewer.worksWithAccounts()) {
			throw new AccountActionRefused("read the grading history");
		}
		return query("e.table_name in ('grading_criterion', 'grading_band', 'grading_tier')", Map.of(), page);
	}

	/** The whole log, narrowed by the filter: for directors. */
	@Transactional(readOnly = true)
	public AuditPage log(AuditFilter filter, int page, Viewer viewer) {
		if (!viewer.isDirector()) {
			throw new AccountActionRefused("read the audit log");
		}
		StringBuilder where = new StringBuilder("true");
		java.util.HashMap<String, Object> params = new java.util.HashMap<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" and lower(e.actor) = lower(:actor)");
			params.put("actor", filter.actor().trim());
		}
		if (filter.kind() != null) {
			where.append(" and e.table_name = :table");
			params.put("table", filter.kind().table());
		}
		if (filter.accountId() != null) {
			where.append(" and e.account_id = :accountId");
			params.put("accountId", filter.accountId());
		}
		ZoneId zone = this.clock.getZone();
		if (filter.from() != null) {
			where.append(" and e.occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and e.occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return query(where.toString(), params, page);
	}

	private AuditPage query(String where, Map<String, ?> params, int page) {
		int safePage = Math.max(0, page);
		JdbcClient.StatementSpec spec = this.jdbc.sql("""
				select e.id, e.occurred_at, e.actor, u.display_name, e.table_name, e.record_id, e.account_id,
				    a.name as account_name, e.action, e.changes::text as changes
				from audit_entry e
				left join people_directory u on lower(u.username) = lower(e.actor)
				left join account_account a on a.id = e.account_id
				where %s
				order by e.id desc
				limit :limit offset :offset""".formatted(where));
		for (Map.Entry<String, ?> param : params.entrySet()) {
			if (where.contains(":" + param.getKey())) {
				spec = spec.param(param.getKey(), param.getValue());
			}
		}
		List<AuditEntry> entries = new ArrayList<>(spec.param("limit", PAGE_SIZE + 1)
			.param("offset", safePage * PAGE_SIZE)
			.query(AuditTrail::entry)
			.list());
		boolean hasNext = entries.size() > PAGE_SIZE;
		if (hasNext) {
			entries.remove(PAGE_SIZE);
		}
		return new AuditPage(named(entries), safePage, hasNext);
	}

	/**
	 * The entries with the names that the ids and usernames in their changes stand for:
	 * one statement for the whole page (none when no change holds one).
	 */
	private List<AuditEntry> named(List<AuditEntry> entries) {
		Map<Reference, Set<Object>> keys = new EnumMap<>(Reference.class);
		for (AuditEntry entry : entries) {
			for (AuditEntry.FieldChange change : entry.changes()) {
				Reference reference = REFERENCES.get(change.field());
				if (reference != null && !change.masked()) {
					for (String value : new String[] { change.before(), change.after() }) {
						Object key = reference.key(value);
						if (key != null) {
							keys.computeIfAbsent(reference, (r) -> new HashSet<>()).add(key);
						}
					}
				}
			}
		}
		if (keys.isEmpty()) {
			return List.copyOf(entries);
		}
		Map<Reference, Map<String, String>> names = new EnumMap<>(Reference.class);
		JdbcClient.StatementSpec spec = this.jdbc
			.sql(String.join(" union all ", keys.keySet().stream().map((reference) -> reference.sql).toList()));
		for (Map.Entry<Reference, Set<Object>> reference : keys.entrySet()) {
			spec = spec.param(reference.getKey().name(), reference.getValue());
		}
		spec.query((rs) -> {
			names.computeIfAbsent(Reference.valueOf(rs.getString("ref")), (r) -> new HashMap<>())
				.put(rs.getString("key"), rs.getString("name"));
		});
		List<AuditEntry> named = new ArrayList<>(entries.size());
		for (AuditEntry entry : entries) {
			List<AuditEntry.FieldChange> changes = new ArrayList<>(entry.changes().size());
			for (AuditEntry.FieldChange change : entry.changes()) {
				Reference reference = REFERENCES.get(change.field());
				Map<String, String> known = (reference != null) ? names.getOrDefault(reference, Map.of()) : Map.of();
				changes.add(known.isEmpty() ? change : change.named(known.get(reference.text(change.before())),
						known.get(reference.text(change.after()))));
			}
			named.add(entry.withChanges(List.copyOf(changes)));
		}
		return List.copyOf(named);
	}

	private static Long id(String value) {
		if (value == null || value.isEmpty() || value.length() > 18) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			if (!Character.isDigit(value.charAt(i))) {
				return null;
			}
		}
		return Long.valueOf(value);
	}

	/**
	 * Which fields hold the id of what (or a username), and how to look up its name: each
	 * look-up gives the key as text and the name.
	 */
	private enum Reference {

		USER("select 'USER' as ref, cast(id as text) as key, display_name as name from people_directory where id in (:USER)"),
		/** A username, as who submitted a plan or set an override: their display name. */
		USERNAME(
				"select 'USERNAME' as ref, username as key, display_name as name from people_directory where username in (:USERNAME)"),
		ACCOUNT("select 'ACCOUNT' as ref, cast(id as text) as key, name as name from account_account where id in (:ACCOUNT)"),
		CONTACT("select 'CONTACT' as ref, cast(id as text) as key, name as name from relationship_contact where id in (:CONTACT)"),
		PLAN("select 'PLAN' as ref, cast(id as text) as key, title as name from plan_plan where id in (:PLAN)"),
		OBJECTIVE(
				"select 'OBJECTIVE' as ref, cast(id as text) as key, title as name from plan_objective where id in (:OBJECTIVE)"),
		STRATEGY(
				"select 'STRATEGY' as ref, cast(id as text) as key, left(description, 80) as name from plan_strategy where id in (:STRATEGY)"),
		/** A tier by its position (1 is the top tier): its name, "Gold". */
		TIER("select 'TIER' as ref, cast(position as text) as key, name as name from grading_tier where position in (:TIER)");

		private final String sql;

		Reference(String sql) {
			this.sql = sql;
		}

		/** What to look the value up by: an id, or a username; null for none. */
		Object key(String value) {
			if (this == USERNAME) {
				return (value == null || value.isEmpty() || value.length() > 50) ? null : value;
			}
			return id(value);
		}

		/** The key as the look-up gives it back. */
		String text(String value) {
			Object key = key(value);
			return (key != null) ? key.toString() : null;
		}

	}

	private static final Map<String, Reference> REFERENCES = Map.ofEntries(Map.entry("owner_id", Reference.USER),
			Map.entry("user_id", Reference.USER), Map.entry("mentor_id", Reference.USER),
			Map.entry("parent_id", Reference.ACCOUNT), Map.entry("account_id", Reference.ACCOUNT),
			Map.entry("reports_to_id", Reference.CONTACT), Map.entry("contact_id", Reference.CONTACT),
			Map.entry("plan_id", Reference.PLAN), Map.entry("objective_id", Reference.OBJECTIVE),
			Map.entry("strategy_id", Reference.STRATEGY), Map.entry("tier_position", Reference.TIER),
			Map.entry("submitted_by", Reference.USERNAME), Map.entry("override_by", Reference.USERNAME),
			Map.entry("set_by", Reference.USERNAME), Map.entry("ended_by", Reference.USERNAME),
			Map.entry("assigned_by", Reference.USERNAME));

	private static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
		List<AuditEntry.FieldChange> changes = new ArrayList<>();
		JsonNode json = JSON.readTree(rs.getString("changes"));
		Iterator<Map.Entry<String, JsonNode>> fields = json.properties().iterator();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode before = field.getValue().get(0);
			JsonNode after = field.getValue().get(1);
			boolean masked = before.isString() && "*".equals(before.asString()) && after.isString()
					&& "*".equals(after.asString());
			changes.add(new AuditEntry.FieldChange(field.getKey(), masked ? null : text(before),
					masked ? null : text(after), masked));
		}
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("display_name"), AuditedKind.ofTable(rs.getString("table_name")).orElseThrow(),
				rs.getString("record_id"), rs.getObject("account_id", Long.class), rs.getString("account_name"),
				AuditEntry.Action.valueOf(rs.getString("action")), List.copyOf(changes));
	}

	private static String text(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isString() ? value.asString() : value.toString();
	}

	/** Today, for filters. */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
