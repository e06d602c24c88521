package org.keyline.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.domain.ContactRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.relationship.RelationshipFixtures.contact;
import static org.keyline.relationship.RelationshipFixtures.teamMember;

/**
 * The day of each account's latest interaction ({@code relationship_last_interaction}),
 * which the tier's service compliance reads instead of searching the interaction log: the
 * database keeps it in the same transaction as every write to the log, whatever writes it
 * (the log, plain SQL, many rows at once), and it is always the latest day of the log.
 */
@KeylineTest
class LastInteractionTests {

	@Autowired
	InteractionLog log;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactRepository contacts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	LocalDate today;

	Viewer owner;

	Viewer anna;

	long accountId;

	long ada;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.owner = aViewer(this.testUsers, "owner", Role.MANAGER);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.anna = teamMember(this.accounts, this.testUsers, this.accountId, this.owner, this.today);
		this.ada = contact(this.contacts, this.accountId, "Ada");
	}

	@Test
	void anAccountWithoutInteractionsHasNoDayAndTheLogSetsItAtOnce() {
		assertThat(lastInteraction(this.accountId)).isNull();

		logOn(this.today.minusDays(10));
		assertThat(lastInteraction(this.accountId)).isEqualTo(this.today.minusDays(10));

		logOn(this.today.minusDays(2));
		assertThat(lastInteraction(this.accountId)).isEqualTo(this.today.minusDays(2));

		// An interaction logged late, for an earlier day, leaves the latest day alone.
		logOn(this.today.minusDays(30));
		assertThat(lastInteraction(this.accountId)).isEqualTo(this.today.minusDays(2));
		assertThatItIsTheLatestDayOfTheLog();
	}

	@Test
	void manyInteractionsOfSeveralAccountsWrittenInOneStatementEachSetTheirAccountsLatestDay() {
		long other = this.accounts.create(aProfile(), null, this.owner);
		this.jdbc.update("""
				insert into relationship_interaction (account_id, occurred_on, kind, summary, created_at, created_by)
				select case when g % 2 = 0 then ? else ? end, cast(? as date) - g, 'CALL', 'Call ' || g, now(), 'test'
				from generate_series(1, 40) g""", this.accountId, other, this.today);

		assertThat(lastInteraction(this.accountId)).isEqualTo(this.today.minusDays(2));
		assertThat(lastInteraction(other)).isEqualTo(this.today.minusDays(1));
		assertThatItIsTheLatestDayOfTheLog();
	}

	@Test
	void changingOrRemovingInteractionsCountsTheAccountsAgain() {
		long other = this.accounts.create(aProfile(), null, this.owner);
		long latest = insert(this.accountId, this.today.minusDays(1));
		long earlier = insert(this.accountId, this.today.minusDays(20));

		// Moved back in time: the latest day is the other interaction's now.
		this.jdbc.update("update relationship_interaction set occurred_on = ? where id = ?", this.today.minusDays(40),
				latest);
		assertThat(lastInteraction(this.accountId)).isEqualTo(this.today.minusDays(20));

		// Moved to another account: both accounts are counted again.
		this.jdbc.update("update relationship_interaction set account_id = ? where id = ?", other, earlier);
		assertThat(lastInteraction(this.accountId)).isEqualTo(this.today.minusDays(40));
		assertThat(lastInteraction(other)).isEqualTo(this.today.minusDays(20));

		// Removed: an account left without interactions has no day any more.
		this.jdbc.update("delete from relationship_interaction where id = ?", earlier);
		assertThat(lastInteraction(other)).isNull();
		assertThat(lastInteraction(this.accountId)).isEqualTo(this.today.minusDays(40));
		assertThatItIsTheLatestDayOfTheLog();
	}

	private void logOn(LocalDate day) {
		this.log.log(this.accountId, new NewInteraction(day, InteractionKind.MEETING, "Visit", null, Set.of(this.ada),
				Set.of(this.anna.userId())), this.owner);
	}

	private long insert(long account, LocalDate day) {
		return this.jdbc.queryForObject("""
				insert into relationship_interaction (account_id, occurred_on, kind, summary, created_at, created_by)
				values (?, ?, 'CALL', 'Call', now(), 'test') returning id""", Long.class, account, day);
	}

	private LocalDate lastInteraction(long account) {
		List<LocalDate> days = this.jdbc.queryForList(
				"select occurred_on from relationship_last_interaction where account_id = ?", LocalDate.class, account);
		return days.isEmpty() ? null : days.get(0);
	}

	/** The table agrees with the log for every account in the database. */
	private void assertThatItIsTheLatestDayOfTheLog() {
		Long disagreements = this.jdbc.queryForObject("""
				select count(*) from (
				    select account_id, max(occurred_on) as occurred_on from relationship_interaction group by account_id
				) log full join relationship_last_interaction l on l.account_id = log.account_id
				where l.occurred_on is distinct from log.occurred_on""", Long.class);
		assertThat(disagreements).isZero();
	}

}
