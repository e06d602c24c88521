package org.keyline.relationship;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Contacts and links straight in the database, for tests that are not about entering them
 * (an object mother for the relationship module).
 */
@TestComponent
public class RelationshipTestData {

	private final JdbcTemplate jdbc;

	RelationshipTestData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A current contact with influence 3. */
	public long contact(long accountId, String name, ContactLevel level, BuyingRole role, Attitude attitude) {
		return contact(accountId, name, level, role, attitude, false);
	}

	public long contact(long accountId, String name, ContactLevel level, BuyingRole role, Attitude attitude,
			boolean leftCompany) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement ps = connection.prepareStatement("""
					insert into relationship_contact (account_id, name, title, level, buying_role, attitude, influence,
					    left_company, created_at, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, 3, ?, ?, ?, 'test')""", new String[] { "id" });
			ps.setLong(1, accountId);
			ps.setString(2, name);
			ps.setString(3, "Title of " + name);
			ps.setString(4, level.name());
			ps.setString(5, role.name());
			ps.setString(6, attitude.name());
			ps.setBoolean(7, leftCompany);
			Timestamp now = Timestamp.from(Instant.now());
			ps.setTimestamp(8, now);
			ps.setTimestamp(9, now);
			return ps;
		}, key);
		return key.getKey().longValue();
	}

	public void link(long accountId, long userId, long contactId, LinkStrength strength, LocalDate lastInteractionOn) {
		this.jdbc.update(
				"""
						insert into relationship_link (account_id, user_id, contact_id, strength, last_interaction_on, updated_at, updated_by)
						values (?, ?, ?, ?, ?, now(), 'test')""",
				accountId, userId, contactId, strength.name(),
				(lastInteractionOn != null) ? Date.valueOf(lastInteractionOn) : null);
	}

	/**
	 * Many contacts in one batch, cycling through levels, roles and attitudes; returns
	 * their ids.
	 */
	public List<Long> manyContacts(long accountId, int count, String prefix) {
		ContactLevel[] levels = ContactLevel.values();
		BuyingRole[] roles = BuyingRole.values();
		Attitude[] attitudes = Attitude.values();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate("""
				insert into relationship_contact (account_id, name, title, level, buying_role, attitude, influence,
				    left_company, created_at, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, false, ?, ?, 'test')""",
				new org.springframework.jdbc.core.BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
						ps.setLong(1, accountId);
						ps.setString(2, prefix + " " + i);
						ps.setString(3, "Role " + i);
						ps.setString(4, levels[i % levels.length].name());
						ps.setString(5, roles[(i / 2) % roles.length].name());
						ps.setString(6, attitudes[(i / 3) % attitudes.length].name());
						ps.setInt(7, 1 + i % 5);
						ps.setTimestamp(8, now);
						ps.setTimestamp(9, now);
					}

					@Override
					public int getBatchSize() {
						return count;
					}
				});
		return this.jdbc.queryForList(
				"select id from relationship_contact where account_id = ? and name like ? order by id", Long.class,
				accountId, prefix + " %");
	}

	/** Links in one batch: each of the users to each contact whose index they pick. */
	public void manyLinks(long accountId, List<Long> userIds, List<Long> contactIds, LocalDate lastInteractionOn) {
		LinkStrength[] strengths = LinkStrength.values();
		List<Object[]> rows = new java.util.ArrayList<>();
		for (int c = 0; c < contactIds.size(); c++) {
			for (int u = 0; u < userIds.size(); u++) {
				if ((c + u) % 3 != 0) {
					rows.add(new Object[] { accountId, userIds.get(u), contactIds.get(c),
							strengths[(c + u) % strengths.length].name(),
							((c % 4) == 0) ? null : Date.valueOf(lastInteractionOn.minusDays(c)) });
				}
			}
		}
		this.jdbc.batchUpdate(
				"""
						insert into relationship_link (account_id, user_id, contact_id, strength, last_interaction_on, updated_at, updated_by)
						values (?, ?, ?, ?, ?, now(), 'test')""",
				rows);
	}

}
