package org.keyline.vision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.keyline.relationship.ContactChoice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vision module's SQL read models. Names of our people come from
 * {@code people_directory}; contact names are read from the relationship module's table
 * for display only (as a read-only snapshot, like {@code people_directory}).
 */
@Component
class VisionQueries {

	private final JdbcClient jdbc;

	VisionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest version with the latest feedback on it: one statement. */
	Optional<CurrentVision> current(long accountId) {
		return this.jdbc.sql("""
				select v.account_id, v.statement, v.rationale, v.version_no, v.set_at,
				       coalesce(d.display_name, v.set_by) as set_by_name, f.reaction, f.given_on
				from vision_version v
				left join people_directory d on d.username = v.set_by
				left join lateral (select f.reaction, f.given_on from vision_feedback f where f.version_id = v.id
				                   order by f.given_on desc, f.id desc limit 1) f on true
				where v.account_id = :accountId
				order by v.version_no desc limit 1""")
			.param("accountId", accountId)
			.query((rs, row) -> new CurrentVision(rs.getLong("account_id"), rs.getString("statement"),
					rs.getString("rationale"), rs.getInt("version_no"), instant(rs, "set_at"),
					rs.getString("set_by_name"),
					(rs.getString("reaction") != null) ? Reaction.valueOf(rs.getString("reaction")) : null,
					rs.getObject("given_on", LocalDate.class)))
			.optional();
	}

	/** Every version, newest first. */
	List<VisionVersionView> versions(long accountId) {
		return this.jdbc
			.sql("""
					select v.version_no, v.statement, v.rationale, v.set_at, coalesce(d.display_name, v.set_by) as set_by_name
					from vision_version v left join people_directory d on d.username = v.set_by
					where v.account_id = :accountId order by v.version_no desc""")
			.param("accountId", accountId)
			.query((rs, row) -> version(rs))
			.list();
	}

	/** The feedback on one version, newest first. */
	List<FeedbackView> feedback(long accountId, int versionNo) {
		return this.jdbc.sql("""
				select f.id, v.version_no, f.given_on, coalesce(c.name, f.contact_name) as who,
				       f.contact_id is not null as is_contact, f.reaction, f.notes
				from vision_feedback f
				join vision_version v on v.id = f.version_id
				left join relationship_contact c on c.id = f.contact_id
				where f.account_id = :accountId and v.version_no = :versionNo
				order by f.given_on desc, f.id desc""")
			.param("accountId", accountId)
			.param("versionNo", versionNo)
			.query((rs, row) -> new FeedbackView(rs.getLong("id"), rs.getInt("version_no"),
					rs.getObject("given_on", LocalDate.class), rs.getString("who"), rs.getBoolean("is_contact"),
					Reaction.valueOf(rs.getString("reaction")), rs.getString("notes")))
			.list();
	}

	/** The account's current contacts (those who have not left), by name. */
	List<ContactChoice> currentContacts(long accountId) {
		return this.jdbc.sql("""
				select id, name, title from relationship_contact
				where account_id = :accountId and not left_company order by name, id""")
			.param("accountId", accountId)
			.query((rs, row) -> new ContactChoice(rs.getLong("id"), rs.getString("name"), rs.getString("title")))
			.list();
	}

	/** Whether this is a current contact of the account. */
	boolean isCurrentContact(long accountId, long contactId) {
		return this.jdbc.sql("""
				select exists (select 1 from relationship_contact
				               where id = :contactId and account_id = :accountId and not left_company)""")
			.param("accountId", accountId)
			.param("contactId", contactId)
			.query(Boolean.class)
			.single();
	}

	/** Whether this contact belongs to the account (current or former). */
	boolean isContactOf(long accountId, long contactId) {
		return this.jdbc
			.sql("select exists (select 1 from relationship_contact where id = :contactId and account_id = :accountId)")
			.param("accountId", accountId)
			.param("contactId", contactId)
			.query(Boolean.class)
			.single();
	}

	static VisionVersionView version(ResultSet rs) throws SQLException {
		return new VisionVersionView(rs.getInt("version_no"), rs.getString("statement"), rs.getString("rationale"),
				instant(rs, "set_at"), rs.getString("set_by_name"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
