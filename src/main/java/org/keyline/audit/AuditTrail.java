package org.keyline.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
		return new AuditPage(List.copyOf(entries), safePage, hasNext);
	}

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
