package org.keyline.relationship;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.relationship.Attitude.NEUTRAL;
import static org.keyline.relationship.Attitude.OPPONENT;
import static org.keyline.relationship.Attitude.SCEPTIC;
import static org.keyline.relationship.BuyingRole.DECISION_MAKER;
import static org.keyline.relationship.BuyingRole.INFLUENCER;
import static org.keyline.relationship.BuyingRole.USER;
import static org.keyline.relationship.ContactLevel.EXECUTIVE;
import static org.keyline.relationship.ContactLevel.SENIOR_MANAGEMENT;
import static org.keyline.relationship.ContactLevel.TECHNICAL;
import static org.keyline.relationship.LinkStrength.ACQUAINTED;
import static org.keyline.relationship.LinkStrength.NONE;
import static org.keyline.relationship.LinkStrength.TRUSTED;
import static org.keyline.relationship.LinkStrength.WORKING;

/**
 * The coverage summaries: the same counts as {@link CoverageAnalysis} finds for one
 * account (a rich one, and every demo account), kept current by events and by the whole
 * refresh, in a fixed number of statements.
 */
@KeylineTest
@Import(RelationshipTestData.class)
class CoverageSummaryTests {

	@Autowired
	CoverageSummaries summaries;

	@Autowired
	CoverageAnalysis coverage;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	LinkManagement links;

	@Autowired
	InteractionLog log;

	@Autowired
	TestUsers testUsers;

	@Autowired
	RelationshipTestData data;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Viewer owner;

	Viewer anna;

	Viewer ben;

	Viewer former;

	Viewer director;

	long accountId;

	LocalDate today;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.owner = aViewer(this.testUsers, "sumkam", Role.MANAGER);
		this.anna = aViewer(this.testUsers, "sumanna", Role.MEMBER);
		this.ben = aViewer(this.testUsers, "sumben", Role.MEMBER);
		this.former = aViewer(this.testUsers, "sumformer", Role.MEMBER);
		this.director = aViewer(this.testUsers, "sumdirector", Role.DIRECTOR);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.accounts.addTeamMember(this.accountId, this.anna.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusDays(100), null, this.owner);
		this.accounts.addTeamMember(this.accountId, this.ben.userId(), TeamRole.ACCOUNT_DEVELOPMENT, null,
				this.today.minusDays(100), null, this.owner);
		this.accounts.addTeamMember(this.accountId, this.former.userId(), TeamRole.SPECIALIST, "Legal",
				this.today.minusDays(400), this.today.minusDays(1), this.owner);
		settle();
	}

	@Test
	void aRichAccountsSummaryCountsTheFindingsOfTheAnalysis() {
		rich();
		this.summaries.refresh(this.accountId);
		Map<String, Object> summary = summary(this.accountId);
		assertThat(summary).containsEntry("contacts", 8)
			.containsEntry("people", 3)
			.containsEntry("uncovered_decision_makers", 3)
			.containsEntry("hostile_decision_makers", 2)
			.containsEntry("levels_not_reached", 1)
			.containsEntry("going_cold", 2)
			.containsEntry("single_threaded", 4)
			.containsEntry("refreshed_on", Date.valueOf(this.today));
		assertThat(counts(summary)).isEqualTo(analysed(this.accountId));
		// The whole refresh computes the same, set-based.
		this.summaries.refreshAll();
		assertThat(counts(summary(this.accountId))).isEqualTo(analysed(this.accountId));
	}

	@Test
	void everyDemoAccountsSummaryCountsTheFindingsOfTheAnalysis() {
		List<Long> demo = this.jdbc.queryForList("""
				select id from account_account
				where archived_at is null and created_at <= (select min(seeded_at) from demo_seed) order by id""",
				Long.class);
		assertThat(demo).isNotEmpty();
		// Refreshed at startup, after the demo data was seeded.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from relationship_coverage_summary
				where account_id in (select id from account_account
				    where archived_at is null and created_at <= (select min(seeded_at) from demo_seed))""",
				Integer.class))
			.isEqualTo(demo.size());
		this.summaries.refreshAll();
		for (long id : demo) {
			assertThat(counts(summary(id))).as("demo account %d", id).isEqualTo(analysed(id));
		}
		assertThat(this.summaries.stale()).isFalse();
	}

	@Test
	void theSummaryFollowsContactsLinksInteractionsAndTheTeam() {
		assertThat(counts(summary(this.accountId))).as("a new account with its team reaches no level")
			.isEqualTo(List.of(0, 3, 0, 0, 2, 0, 0));

		long ceo = this.contacts.create(this.accountId, input("Cleo Ceo", EXECUTIVE, DECISION_MAKER), this.owner);
		settle();
		assertThat(counts(summary(this.accountId))).isEqualTo(List.of(1, 3, 1, 0, 2, 0, 0))
			.isEqualTo(analysed(this.accountId));

		this.links.add(this.accountId, this.ben.userId(), ceo, WORKING, this.owner);
		settle();
		assertThat(counts(summary(this.accountId))).as("covered, but never met: going cold, single-threaded")
			.isEqualTo(List.of(1, 3, 0, 0, 1, 1, 1))
			.isEqualTo(analysed(this.accountId));

		this.log.log(this.accountId, new NewInteraction(this.today.minusDays(3), InteractionKind.MEETING, "Met", null,
				Set.of(ceo), Set.of(this.ben.userId())), this.owner);
		settle();
		Map<String, Object> summary = summary(this.accountId);
		assertThat(counts(summary)).as("met: no longer going cold")
			.isEqualTo(List.of(1, 3, 0, 0, 1, 0, 1))
			.isEqualTo(analysed(this.accountId));
		assertThat(summary).containsEntry("last_interaction_on", Date.valueOf(this.today.minusDays(3)));

		long membership = this.jdbc.queryForObject(
				"select id from account_team_member where account_id = ? and user_id = ?", Long.class, this.accountId,
				this.ben.userId());
		this.accounts.endTeamMembership(this.accountId, membership, this.today.minusDays(1), this.owner);
		settle();
		assertThat(counts(summary(this.accountId))).as("Ben left: his link covers nobody")
			.isEqualTo(List.of(1, 2, 1, 0, 2, 0, 0))
			.isEqualTo(analysed(this.accountId));

		this.accounts.addTeamMember(this.accountId, this.ben.userId(), TeamRole.ACCOUNT_DEVELOPMENT, null, this.today,
				null, this.owner);
		settle();
		assertThat(counts(summary(this.accountId))).as("Ben is back")
			.isEqualTo(List.of(1, 3, 0, 0, 1, 0, 1))
			.isEqualTo(analysed(this.accountId));
	}

	@Test
	void theWholeRefreshPicksUpLinksGoingColdWithTheDate() {
		long ceo = this.data.contact(this.accountId, "Cleo Ceo", EXECUTIVE, DECISION_MAKER, NEUTRAL);
		this.data.link(this.accountId, this.anna.userId(), ceo, WORKING, this.today.minusDays(90));
		this.summaries.refresh(this.accountId);
		assertThat(summary(this.accountId)).containsEntry("going_cold", 0);
		// A day later, the same link is 91 days old.
		this.jdbc.update("update relationship_link set last_interaction_on = ? where contact_id = ?",
				Date.valueOf(this.today.minusDays(91)), ceo);
		this.jdbc.update("update relationship_coverage_summary set refreshed_on = ? where account_id = ?",
				Date.valueOf(this.today.minusDays(1)), this.accountId);
		assertThat(this.summaries.stale()).isTrue();
		this.summaries.refreshAll();
		assertThat(summary(this.accountId)).containsEntry("going_cold", 1)
			.containsEntry("refreshed_on", Date.valueOf(this.today));
		assertThat(counts(summary(this.accountId))).isEqualTo(analysed(this.accountId));
		assertThat(this.summaries.stale()).isFalse();
	}

	@Test
	void aFixedNumberOfStatementsWhateverTheData() {
		int one = this.statements.count(() -> this.summaries.refresh(this.accountId));
		int all = this.statements.count(() -> this.summaries.refreshAll());
		rich();
		List<Long> many = this.data.manyContacts(this.accountId, 200, "Bulk");
		this.data.manyLinks(this.accountId, List.of(this.owner.userId(), this.anna.userId()), many, this.today);
		int oneLarge = this.statements.count(() -> this.summaries.refresh(this.accountId));
		int allLarge = this.statements.count(() -> this.summaries.refreshAll());
		assertThat(one).isEqualTo(oneLarge).isEqualTo(1);
		assertThat(all).isEqualTo(allLarge).isEqualTo(2);
		assertThat(counts(summary(this.accountId))).isEqualTo(analysed(this.accountId));
	}

	/**
	 * Eight current contacts, one who left, links of the owner, the team and a former
	 * member.
	 */
	private void rich() {
		long ceo = this.data.contact(this.accountId, "Cleo Ceo", EXECUTIVE, DECISION_MAKER, SCEPTIC);
		long vp = this.data.contact(this.accountId, "Vera Vp", SENIOR_MANAGEMENT, INFLUENCER, NEUTRAL);
		long cfo = this.data.contact(this.accountId, "Finn Cfo", EXECUTIVE, DECISION_MAKER, NEUTRAL);
		long opponent = this.data.contact(this.accountId, "Otto Opponent", TECHNICAL, INFLUENCER, OPPONENT);
		long user = this.data.contact(this.accountId, "Uma User", TECHNICAL, USER, NEUTRAL);
		long user2 = this.data.contact(this.accountId, "Ulf User", TECHNICAL, USER, NEUTRAL);
		this.data.contact(this.accountId, "Nina Nobody", TECHNICAL, USER, NEUTRAL);
		this.data.contact(this.accountId, "Ned Nobody", TECHNICAL, DECISION_MAKER, NEUTRAL);
		long gone = this.data.contact(this.accountId, "Gone Opponent", SENIOR_MANAGEMENT, DECISION_MAKER, OPPONENT,
				true);
		// The CEO: owner and Anna, one of them cold. Reached executives.
		this.data.link(this.accountId, this.owner.userId(), ceo, TRUSTED, this.today.minusDays(10));
		this.data.link(this.accountId, this.anna.userId(), ceo, WORKING, this.today.minusDays(200));
		// The VP: only acquainted (uncovered, single-threaded; senior management not
		// reached).
		this.data.link(this.accountId, this.ben.userId(), vp, ACQUAINTED, this.today);
		// The CFO: only through a former member (uncovered).
		this.data.link(this.accountId, this.former.userId(), cfo, TRUSTED, this.today);
		// Users: one working link never met (cold, single), one with a NONE link besides.
		this.data.link(this.accountId, this.anna.userId(), user, WORKING, null);
		this.data.link(this.accountId, this.ben.userId(), user2, ACQUAINTED, this.today);
		this.data.link(this.accountId, this.anna.userId(), user2, NONE, null);
		// The opponent: covered at working strength, recently, by one person.
		this.data.link(this.accountId, this.owner.userId(), opponent, WORKING, this.today.minusDays(5));
		// Whoever left the company counts for nothing.
		this.data.link(this.accountId, this.owner.userId(), gone, WORKING, this.today.minusDays(300));
	}

	private static ContactInput input(String name, ContactLevel level, BuyingRole role) {
		return new ContactInput(name, "Title", null, level, role, NEUTRAL, 3, null, null, null, false, null);
	}

	private Map<String, Object> summary(long accountId) {
		return this.jdbc.queryForMap("select * from relationship_coverage_summary where account_id = ?", accountId);
	}

	/**
	 * Contacts, people, then the count of each rule in the order of {@link CoverageRule}.
	 */
	private static List<Integer> counts(Map<String, Object> summary) {
		return List.of((Integer) summary.get("contacts"), (Integer) summary.get("people"),
				(Integer) summary.get("uncovered_decision_makers"), (Integer) summary.get("hostile_decision_makers"),
				(Integer) summary.get("levels_not_reached"), (Integer) summary.get("going_cold"),
				(Integer) summary.get("single_threaded"));
	}

	private List<Integer> analysed(long accountId) {
		CoverageReport report = this.coverage.analyse(accountId, this.director);
		return List.of(report.contacts(), report.people(), report.of(CoverageRule.UNCOVERED_DECISION_MAKER).size(),
				report.of(CoverageRule.HOSTILE_DECISION_MAKER).size(), report.of(CoverageRule.LEVEL_NOT_REACHED).size(),
				report.of(CoverageRule.GOING_COLD).size(), report.of(CoverageRule.SINGLE_THREADED).size());
	}

	private void settle() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Integer.class) == 0);
	}

}
