package org.keyline.relationship;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL read models of contacts: one statement per list, whatever the number of
 * contacts.
 */
@Component
class ContactQueries {

	/** Sorts contacts by level, executives first. */
	static final String LEVEL_ORDER = "array_position(array['EXECUTIVE', 'SENIOR_MANAGEMENT', 'MIDDLE_MANAGEMENT', "
			+ "'TECHNICAL', 'USER', 'PURCHASING'], %s::text)";

	/** Ranks link strengths, advocate highest. */
	static final String STRENGTH_ORDER = "array_position(array['NONE', 'ACQUAINTED', 'WORKING', 'TRUSTED', "
			+ "'ADVOCATE'], %s::text)";

	private final JdbcClient jdbc;

	ContactQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account's contacts, current ones only unless {@code former}. */
	List<ContactRow> list(long accountId, boolean former) {
		return this.jdbc.sql("""
				select c.id, c.name, c.title, c.department, c.level, c.buying_role, c.attitude, c.influence,
				       c.reports_to_id, m.name as reports_to_name, c.left_company
				from relationship_contact c
				left join relationship_contact m on m.id = c.reports_to_id
				where c.account_id = :account and (:former or not c.left_company)
				order by %s, lower(c.name), c.id""".formatted(LEVEL_ORDER.formatted("c.level")))
			.param("account", accountId)
			.param("former", former)
			.query((rs, n) -> new ContactRow(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
					rs.getString("department"), ContactLevel.valueOf(rs.getString("level")),
					BuyingRole.valueOf(rs.getString("buying_role")), Attitude.valueOf(rs.getString("attitude")),
					rs.getInt("influence"), nullableLong(rs, "reports_to_id"), rs.getString("reports_to_name"),
					rs.getBoolean("left_company")))
			.list();
	}

	/**
	 * Whether making {@code candidateManager} the manager of {@code contactId} closes a
	 * loop: walks up from the candidate and looks for the contact.
	 */
	boolean wouldCycle(long contactId, long candidateManager) {
		return Boolean.TRUE.equals(this.jdbc.sql("""
				with recursive up(id, reports_to_id, depth) as (
				    select id, reports_to_id, 0 from relationship_contact where id = :candidate
				    union all
				    select c.id, c.reports_to_id, up.depth + 1
				    from relationship_contact c join up on c.id = up.reports_to_id
				    where up.depth < 1000
				)
				select exists (select 1 from up where id = :contact)""")
			.param("candidate", candidateManager)
			.param("contact", contactId)
			.query(Boolean.class)
			.single());
	}

	/** The influence lines from and to one contact, with both names. */
	List<InfluenceLine> influencesOf(long accountId, long contactId) {
		return this.jdbc.sql("""
				select i.id, i.from_contact_id, f.name as from_name, i.to_contact_id, t.name as to_name, i.note
				from relationship_influence i
				join relationship_contact f on f.id = i.from_contact_id
				join relationship_contact t on t.id = i.to_contact_id
				where i.account_id = :account and (i.from_contact_id = :contact or i.to_contact_id = :contact)
				order by lower(f.name), lower(t.name)""")
			.param("account", accountId)
			.param("contact", contactId)
			.query((rs, n) -> new InfluenceLine(rs.getLong("id"), rs.getLong("from_contact_id"),
					rs.getString("from_name"), rs.getLong("to_contact_id"), rs.getString("to_name"),
					rs.getString("note")))
			.list();
	}

	/**
	 * The current contacts as trees from reports-to, each with our strongest link (one
	 * statement). A contact whose manager left or is missing becomes a root.
	 */
	List<OrgChart.Node> orgChart(long accountId) {
		record Flat(long id, Long reportsToId, String name, String title, String department, ContactLevel level,
				BuyingRole buyingRole, Attitude attitude, int influence, String linkUserName,
				LinkStrength linkStrength) {
		}
		List<Flat> flat = this.jdbc
			.sql("""
					select c.id, c.reports_to_id, c.name, c.title, c.department, c.level, c.buying_role, c.attitude,
					       c.influence, d.display_name as link_user, best.strength as link_strength
					from relationship_contact c
					left join lateral (
					    select l.user_id, l.strength from relationship_link l
					    where l.contact_id = c.id and l.strength <> 'NONE'
					    order by %s desc, l.last_interaction_on desc nulls last, l.user_id
					    limit 1
					) best on true
					left join people_directory d on d.id = best.user_id
					where c.account_id = :account and not c.left_company
					order by %s, lower(c.name), c.id""".formatted(STRENGTH_ORDER.formatted("l.strength"),
					LEVEL_ORDER.formatted("c.level")))
			.param("account", accountId)
			.query((rs, n) -> new Flat(rs.getLong("id"), nullableLong(rs, "reports_to_id"), rs.getString("name"),
					rs.getString("title"), rs.getString("department"), ContactLevel.valueOf(rs.getString("level")),
					BuyingRole.valueOf(rs.getString("buying_role")), Attitude.valueOf(rs.getString("attitude")),
					rs.getInt("influence"), rs.getString("link_user"),
					(rs.getString("link_strength") != null) ? LinkStrength.valueOf(rs.getString("link_strength"))
							: null))
			.list();
		Map<Long, Flat> byId = new LinkedHashMap<>();
		Map<Long, List<Flat>> reportsOf = new LinkedHashMap<>();
		for (Flat f : flat) {
			byId.put(f.id(), f);
		}
		List<Flat> roots = new ArrayList<>();
		for (Flat f : flat) {
			if (f.reportsToId() == null || !byId.containsKey(f.reportsToId())) {
				roots.add(f);
			}
			else {
				reportsOf.computeIfAbsent(f.reportsToId(), (k) -> new ArrayList<>()).add(f);
			}
		}
		Set<Long> placed = new LinkedHashSet<>();
		java.util.function.Function<Flat, OrgChart.Node> build = new java.util.function.Function<>() {
			@Override
			public OrgChart.Node apply(Flat f) {
				placed.add(f.id());
				List<OrgChart.Node> reports = reportsOf.getOrDefault(f.id(), List.of())
					.stream()
					.filter((r) -> !placed.contains(r.id()))
					.map(this)
					.toList();
				return new OrgChart.Node(f.id(), f.name(), f.title(), f.department(), f.level(), f.buyingRole(),
						f.attitude(), f.influence(), f.linkUserName(), f.linkStrength(), reports);
			}
		};
		List<OrgChart.Node> trees = new ArrayList<>(roots.stream().map(build).toList());
		// The rules forbid loops; should data hold one anyway, nobody disappears from the
		// chart.
		for (Flat f : flat) {
			if (!placed.contains(f.id())) {
				trees.add(build.apply(f));
			}
		}
		return trees;
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
