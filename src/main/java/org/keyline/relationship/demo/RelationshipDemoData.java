package org.keyline.relationship.demo;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.keyline.relationship.demo.DemoOrganisation.Account;
import org.keyline.relationship.demo.DemoOrganisation.Influence;
import org.keyline.relationship.demo.DemoOrganisation.Meeting;
import org.keyline.relationship.demo.DemoOrganisation.Person;
import org.keyline.relationship.demo.DemoOrganisation.Scenario;
import org.keyline.relationship.demo.DemoOrganisation.TeamMember;
import org.keyline.relationship.demo.DemoOrganisation.Tie;
import org.keyline.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every demo account's organisation, who on its current team knows whom, and a year of
 * interactions, so that each coverage finding shows on some accounts and not on others.
 * The curated accounts (the first 60) get 10 to 40 contacts and one to four interactions
 * a week; generated ones, which only large benchmark portfolios have, a smaller set.
 *
 * <p>
 * Accounts and teams are read with plain SQL rather than through the account module, and
 * everything is written with JDBC batches, a few hundred accounts at a time, with ids
 * taken from the identity sequences up front so that the rows can refer to each other.
 */
@Component
class RelationshipDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(RelationshipDemoData.class);

	/** Any fixed seed: the same organisations on every run. */
	private static final long SEED = 20_241_125L;

	/** The account seeder's curated accounts come first. */
	private static final int CURATED = 60;

	private static final int ACCOUNTS_PER_CHUNK = 500;

	private static final int BATCH = 10_000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RelationshipDemoData(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public void seed() {
		Boolean existing = this.jdbc.queryForObject("select exists (select 1 from relationship_contact)",
				Boolean.class);
		if (Boolean.TRUE.equals(existing)) {
			return;
		}
		long started = System.nanoTime();
		record Row(Account account, int position, boolean archived) {
		}
		List<Row> rows = this.jdbc.query("""
				select id, name, industry, country, website, relationship, archived_at is not null as archived,
				    row_number() over (order by id) as position
				from account_account order by id""",
				(rs, n) -> new Row(
						new Account(rs.getLong("id"), rs.getString("name"), rs.getString("industry"),
								rs.getString("country"), rs.getString("website"), rs.getString("relationship")),
						rs.getInt("position"), rs.getBoolean("archived")));
		Map<Long, List<TeamMember>> teams = new HashMap<>();
		this.jdbc.query("""
				select t.account_id, t.user_id, d.username
				from account_team_member t join people_directory d on d.id = t.user_id
				where t.joined_on <= current_date and (t.left_on is null or t.left_on >= current_date)
				order by t.account_id, t.id""", (rs) -> {
			List<TeamMember> team = teams.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>());
			long userId = rs.getLong(2);
			if (team.stream().noneMatch((member) -> member.userId() == userId)) {
				team.add(new TeamMember(userId, rs.getString(3)));
			}
		});
		Long member = this.jdbc
			.query("select id from people_directory where username = 'member'", (rs, n) -> rs.getLong(1))
			.stream()
			.findFirst()
			.orElse(null);
		Random random = new Random(SEED);
		LocalDate today = LocalDate.now(this.clock);
		Totals totals = new Totals();
		List<DemoOrganisation> chunk = new ArrayList<>();
		for (Row row : rows) {
			if (row.archived()) {
				continue;
			}
			boolean curated = row.position() <= CURATED;
			Account account = row.account();
			int size = curated ? 10 + random.nextInt(31) : 16 + random.nextInt(9);
			int interactions = curated ? 50 + random.nextInt(151) : 80 + random.nextInt(41);
			if (DemoOrganisation.STORY_ACCOUNT.equals(account.name())) {
				size = 28;
				interactions = 150;
			}
			chunk.add(DemoOrganisation.generate(account, teams.getOrDefault(account.id(), List.of()),
					scenario(account, random), size, interactions, member, random, today));
			if (chunk.size() == ACCOUNTS_PER_CHUNK) {
				write(chunk, totals);
				chunk.clear();
			}
		}
		write(chunk, totals);
		this.jdbc.execute("analyze relationship_contact, relationship_influence, relationship_link, "
				+ "relationship_interaction, relationship_interaction_contact, relationship_interaction_user");
		log.info("Seeded relationships of {} demo accounts: {} contacts, {} links, {} interactions ({} rows) in {} ms",
				totals.accounts, totals.contacts, totals.links, totals.interactions, totals.rows,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Which coverage findings an account shows: none on strategic partners (they are well
	 * covered), any mix elsewhere.
	 */
	private static Scenario scenario(Account account, Random random) {
		if (DemoOrganisation.STORY_ACCOUNT.equals(account.name())) {
			return new Scenario(false, random.nextBoolean(), true, false, false);
		}
		if ("STRATEGIC_PARTNER".equals(account.relationship())) {
			return Scenario.WELL_COVERED;
		}
		return new Scenario(random.nextDouble() < 0.5, random.nextDouble() < 0.7, random.nextDouble() < 0.55,
				random.nextDouble() < 0.3, random.nextDouble() < 0.45);
	}

	private void write(List<DemoOrganisation> organisations, Totals totals) {
		if (organisations.isEmpty()) {
			return;
		}
		int contactCount = organisations.stream().mapToInt((o) -> o.people.size()).sum();
		int meetingCount = organisations.stream().mapToInt((o) -> o.meetings.size()).sum();
		List<Long> contactIds = ids("relationship_contact", contactCount);
		List<Long> meetingIds = ids("relationship_interaction", meetingCount);
		record ContactRow(long id, long accountId, Person person, Long reportsTo) {
		}
		record InfluenceRow(long accountId, long from, long to, String note) {
		}
		record LinkRow(long accountId, long userId, long contactId, Tie tie) {
		}
		record MeetingRow(long id, long accountId, Meeting meeting) {
		}
		record Participant(long interactionId, long id) {
		}
		List<ContactRow> contacts = new ArrayList<>(contactCount);
		List<InfluenceRow> influences = new ArrayList<>();
		List<LinkRow> links = new ArrayList<>();
		List<MeetingRow> meetings = new ArrayList<>(meetingCount);
		List<Participant> meetingContacts = new ArrayList<>(meetingCount * 2);
		List<Participant> meetingUsers = new ArrayList<>(meetingCount * 2);
		int nextContact = 0;
		int nextMeeting = 0;
		for (DemoOrganisation organisation : organisations) {
			long accountId = organisation.account.id();
			int first = nextContact;
			for (Person person : organisation.people) {
				Long reportsTo = (person.reportsTo >= 0) ? contactIds.get(first + person.reportsTo) : null;
				contacts.add(new ContactRow(contactIds.get(nextContact++), accountId, person, reportsTo));
			}
			for (Influence influence : organisation.influences) {
				influences.add(new InfluenceRow(accountId, contactIds.get(first + influence.from()),
						contactIds.get(first + influence.to()), influence.note()));
			}
			for (Tie tie : organisation.ties) {
				links.add(new LinkRow(accountId, tie.userId, contactIds.get(first + tie.contact), tie));
			}
			for (Meeting meeting : organisation.meetings) {
				long id = meetingIds.get(nextMeeting++);
				meetings.add(new MeetingRow(id, accountId, meeting));
				for (int contact : meeting.contacts()) {
					meetingContacts.add(new Participant(id, contactIds.get(first + contact)));
				}
				for (long user : meeting.users()) {
					meetingUsers.add(new Participant(id, user));
				}
			}
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		String updated = now.toString();
		String created = now.minusDays(400).toString();
		String recentlyUpdated = now.minusDays(30).toString();
		// Identity "generated always": the ids taken above are written explicitly. A
		// manager comes before the people who report to them.
		insert("""
				insert into relationship_contact (id, account_id, name, title, department, level, buying_role, attitude,
				    influence, reports_to_id, email, phone, left_company, political_notes, version, created_at,
				    updated_at, updated_by)
				overriding system value
				select id, account_id, name, title, department, level, buying_role, attitude, influence, reports_to_id,
				    email, phone, left_company, political_notes, 0, created_at, updated_at,
				    -- last changed by the account's owner
				    coalesce((select d.username from account_account a join people_directory d on d.id = a.owner_id
				              where a.id = t.account_id), 'demo')
				from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				    ?::int[], ?::bigint[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::timestamptz[],
				    ?::timestamptz[])
				    as t (id, account_id, name, title, department, level, buying_role, attitude, influence,
				    reports_to_id, email, phone, left_company, political_notes, created_at, updated_at)""", contacts,
				new String[] { "bigint", "bigint", "text", "text", "text", "text", "text", "text", "int4", "bigint",
						"text", "text", "bool", "text", "text", "text" },
				(row) -> new Object[] { row.id(), row.accountId(), row.person().name(), row.person().title,
						row.person().department, row.person().level.name(), row.person().role.name(),
						row.person().attitude.name(), row.person().influence, row.reportsTo(), row.person().email,
						row.person().phone, row.person().left, row.person().notes, created,
						row.person().left ? recentlyUpdated : created });
		insert("""
				insert into relationship_influence (account_id, from_contact_id, to_contact_id, note)
				select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[])""", influences,
				new String[] { "bigint", "bigint", "bigint", "text" },
				(row) -> new Object[] { row.accountId(), row.from(), row.to(), row.note() });
		insert("""
				insert into relationship_link (account_id, user_id, contact_id, strength, last_interaction_on, version,
				    updated_at, updated_by)
				select account_id, user_id, contact_id, strength, last_interaction_on, 0, ?::timestamptz,
				    -- last changed by the colleague who knows the contact
				    coalesce((select d.username from people_directory d where d.id = t.user_id), 'demo')
				from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::date[])
				    as t (account_id, user_id, contact_id, strength, last_interaction_on)""", links,
				new String[] { "bigint", "bigint", "bigint", "text", "text" },
				(row) -> new Object[] { row.accountId(), row.userId(), row.contactId(), row.tie().strength.name(),
						(row.tie().last != null) ? row.tie().last.toString() : null },
				updated);
		insert("""
				insert into relationship_interaction (id, account_id, occurred_on, kind, summary, next_step, created_at,
				    created_by)
				overriding system value
				select id, account_id, occurred_on, kind, summary, next_step, (occurred_on + time '17:00') at time zone 'UTC',
				    created_by
				from unnest(?::bigint[], ?::bigint[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[])
				    as t (id, account_id, occurred_on, kind, summary, next_step, created_by)""",
				meetings, new String[] { "bigint", "bigint", "text", "text", "text", "text", "text" },
				(row) -> new Object[] { row.id(), row.accountId(), row.meeting().on().toString(),
						row.meeting().kind().name(), row.meeting().summary(), row.meeting().nextStep(),
						row.meeting().createdBy() });
		insert("""
				insert into relationship_interaction_contact (interaction_id, contact_id)
				select * from unnest(?::bigint[], ?::bigint[])""", meetingContacts, new String[] { "bigint", "bigint" },
				(row) -> new Object[] { row.interactionId(), row.id() });
		insert("""
				insert into relationship_interaction_user (interaction_id, user_id)
				select * from unnest(?::bigint[], ?::bigint[])""", meetingUsers, new String[] { "bigint", "bigint" },
				(row) -> new Object[] { row.interactionId(), row.id() });
		totals.accounts += organisations.size();
		totals.contacts += contacts.size();
		totals.links += links.size();
		totals.interactions += meetings.size();
		totals.rows += contacts.size() + influences.size() + links.size() + meetings.size() + meetingContacts.size()
				+ meetingUsers.size();
	}

	private List<Long> ids(String table, int count) {
		if (count == 0) {
			return List.of();
		}
		return this.jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
				Long.class, table, count);
	}

	/**
	 * Inserts the rows {@link #BATCH} at a time, each column bound as one array and
	 * unnested in the database: one statement per batch rather than one per row, which is
	 * what makes a million interactions a matter of seconds.
	 * @param types the array element type of each column
	 * @param leading values bound before the arrays
	 */
	private <T> void insert(String sql, List<T> rows, String[] types, Function<T, Object[]> columns,
			Object... leading) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<T> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			Object[][] arrays = new Object[types.length][batch.size()];
			for (int r = 0; r < batch.size(); r++) {
				Object[] values = columns.apply(batch.get(r));
				for (int c = 0; c < types.length; c++) {
					arrays[c][r] = values[c];
				}
			}
			long t = System.nanoTime();
			this.jdbc.update((connection) -> {
				PreparedStatement ps = connection.prepareStatement(sql);
				int index = 1;
				for (Object value : leading) {
					ps.setObject(index++, value);
				}
				for (int c = 0; c < types.length; c++) {
					ps.setArray(index++, connection.createArrayOf(types[c], arrays[c]));
				}
				return ps;
			});
			log.debug("{} rows in {} ms: {}", batch.size(), (System.nanoTime() - t) / 1_000_000, sql.substring(0, 40));
		}
	}

	private static final class Totals {

		int accounts;

		long contacts;

		long links;

		long interactions;

		long rows;

	}

}
