package org.keyline.relationship;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.keyline.shared.SqlJson;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads of the links and interaction pages in SQL: one statement each, whatever the
 * amount of data (participants' names come with their interaction as arrays).
 */
@Component
class LinkInteractionQueries {

	private static final String INTERACTION_COLUMNS = """
			i.id, i.occurred_on, i.kind, i.summary, i.next_step,
			array(select c.name from relationship_interaction_contact ic
			      join relationship_contact c on c.id = ic.contact_id
			      where ic.interaction_id = i.id order by c.name) as contact_names,
			array(select u.display_name from relationship_interaction_user iu
			      join people_directory u on u.id = iu.user_id
			      where iu.interaction_id = i.id order by u.display_name) as user_names""";

	/**
	 * The from and where of the account's current contacts ({@code c}, not those who
	 * left), for the account that {@code %s} names.
	 */
	private static final String CURRENT_CONTACTS = "from relationship_contact c where c.account_id = %s and not c.left_company";

	private final JdbcClient jdbc;

	LinkInteractionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account's current contacts (not those who left), by name. */
	List<ContactChoice> currentContacts(long accountId) {
		return this.jdbc
			.sql("select c.id, c.name, c.title " + CURRENT_CONTACTS.formatted(":accountId") + " order by c.name, c.id")
			.param("accountId", accountId)
			.query((rs, row) -> new ContactChoice(rs.getLong("id"), rs.getString("name"), rs.getString("title")))
			.list();
	}

	/** How many of these ids are current contacts of the account. */
	int countCurrentContacts(long accountId, Collection<Long> contactIds) {
		return this.jdbc.sql("""
				select count(*) from relationship_contact
				where account_id = :accountId and not left_company and id in (:ids)""")
			.param("accountId", accountId)
			.param("ids", contactIds)
			.query(Integer.class)
			.single();
	}

	/**
	 * The links to the account's current contacts, with both names and whether our person
	 * is on the account's current team on that day (former members' links stay listed as
	 * history).
	 */
	List<LinkView> links(long accountId, LocalDate today) {
		return this.jdbc.sql("""
				select l.id, l.user_id, u.display_name as user_name, l.contact_id, c.name as contact_name,
				       c.title as contact_title, l.strength, l.last_interaction_on, l.version,
				       exists (select 1 from account_team_member t
				               where t.account_id = l.account_id and t.user_id = l.user_id
				               and t.joined_on <= :today and (t.left_on is null or t.left_on >= :today)) as on_team
				from relationship_link l
				join relationship_contact c on c.id = l.contact_id
				join people_directory u on u.id = l.user_id
				where l.account_id = :accountId and not c.left_company
				order by c.name, u.display_name, l.id""")
			.param("accountId", accountId)
			.param("today", today)
			.query((rs, row) -> new LinkView(rs.getLong("id"), rs.getLong("user_id"), rs.getString("user_name"),
					rs.getLong("contact_id"), rs.getString("contact_name"), rs.getString("contact_title"),
					LinkStrength.valueOf(rs.getString("strength")),
					rs.getObject("last_interaction_on", LocalDate.class), rs.getLong("version"),
					rs.getBoolean("on_team")))
			.list();
	}

	/** The day of the latest interaction this user and this contact both took part in. */
	LocalDate lastInteractionBetween(long accountId, long userId, long contactId) {
		return this.jdbc.sql("""
				select max(i.occurred_on) from relationship_interaction i
				join relationship_interaction_user iu on iu.interaction_id = i.id and iu.user_id = :userId
				join relationship_interaction_contact ic on ic.interaction_id = i.id and ic.contact_id = :contactId
				where i.account_id = :accountId""")
			.param("accountId", accountId)
			.param("userId", userId)
			.param("contactId", contactId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Brings the links between any of our participants and any of theirs up to this day,
	 * in one statement. The version is left alone on purpose: the date is not something a
	 * user edits, so it must not make someone's strength change look stale.
	 */
	int interactedOn(long accountId, Collection<Long> userIds, Collection<Long> contactIds, LocalDate day) {
		return this.jdbc.sql("""
				update relationship_link set last_interaction_on = :day
				where account_id = :accountId and user_id in (:userIds) and contact_id in (:contactIds)
				and (last_interaction_on is null or last_interaction_on < :day)""")
			.param("day", day)
			.param("accountId", accountId)
			.param("userIds", userIds)
			.param("contactIds", contactIds)
			.update();
	}

	long countInteractions(long accountId) {
		return this.jdbc.sql("select count(*) from relationship_interaction where account_id = :accountId")
			.param("accountId", accountId)
			.query(Long.class)
			.single();
	}

	/** One page of interactions, newest first, with participants' names. */
	List<InteractionView> interactions(long accountId, int limit, long offset) {
		return this.jdbc.sql("select " + INTERACTION_COLUMNS + """

				from relationship_interaction i where i.account_id = :accountId
				order by i.occurred_on desc, i.id desc limit :limit offset :offset""")
			.param("accountId", accountId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> interaction(rs))
			.list();
	}

	/**
	 * The latest interactions and, on each row, how many there are in all, and with
	 * {@code withContacts} the account's current contacts ({@link #currentContacts}, as
	 * JSON): one statement, one row per interaction or one row without an interaction.
	 * The limit is written into the statement, not bound: with {@code limit $2}
	 * PostgreSQL reckons a tenth of the rows for the plan it keeps, finds that dearer
	 * than planning for the value, and planned the statement again on every account page
	 * (0.3 ms, more than running it).
	 */
	Latest latest(long accountId, int limit, boolean withContacts) {
		long[] total = { 0 };
		List<ContactChoice> contacts = new ArrayList<>();
		List<InteractionView> rows = new ArrayList<>();
		// The contacts are aggregated once and sent with the first row only.
		this.jdbc.sql(
				"""
						select l.*, case when l.n is null or l.n = 1 then cc.contacts end as contacts
						from (select cast(:accountId as bigint) as account_id) k
						cross join lateral (select %s as contacts) cc
						left join lateral (select count(*) over () as total,
						        row_number() over (order by i.occurred_on desc, i.id desc) as n, %s
						    from relationship_interaction i where i.account_id = k.account_id
						    order by i.occurred_on desc, i.id desc limit %d) l on true""".formatted(
						withContacts
								? "(select json_agg(json_build_array(c.id, c.name, c.title) order by c.name, c.id) "
										+ CURRENT_CONTACTS.formatted("k.account_id") + ")"
								: "null",
						INTERACTION_COLUMNS, limit))
			.param("accountId", accountId)
			.query((ResultSet rs) -> {
				if (rs.getObject("id") != null) {
					total[0] = rs.getLong("total");
					rows.add(interaction(rs));
				}
				for (JsonNode c : SqlJson.array(rs, "contacts")) {
					contacts.add(new ContactChoice(c.get(0).asLong(), c.get(1).asString(), SqlJson.text(c.get(2))));
				}
			});
		return new Latest(List.copyOf(rows), total[0], List.copyOf(contacts));
	}

	/**
	 * @param rows the latest interactions, newest first
	 * @param total how many the account has in all
	 * @param contacts its current contacts by name, if asked for
	 */
	record Latest(List<InteractionView> rows, long total, List<ContactChoice> contacts) {
	}

	private static InteractionView interaction(ResultSet rs) throws SQLException {
		String nextStep = rs.getString("next_step");
		return new InteractionView(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
				InteractionKind.valueOf(rs.getString("kind")), rs.getString("summary"), nextStep,
				names(rs.getArray("contact_names")), names(rs.getArray("user_names")));
	}

	private static List<String> names(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		try {
			return Arrays.asList((String[]) array.getArray());
		}
		finally {
			array.free();
		}
	}

}
