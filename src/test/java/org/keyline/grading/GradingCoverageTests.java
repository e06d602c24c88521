package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactInput;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.LinkManagement;
import org.keyline.relationship.LinkStrength;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Relationship coverage as a derived criterion: the share of current decision makers and
 * influencers whom the owner or a current team member knows at working strength or
 * better, kept current by the relationship and account modules' events (a contact or a
 * link saved, a team member gone).
 */
@KeylineTest
class GradingCoverageTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	LinkManagement links;

	@Autowired
	GradingManagement grading;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Viewer owner;

	Viewer director;

	long criterion;

	@BeforeEach
	void coverageCriterion() {
		this.owner = Accounts.aViewer(this.testUsers, "coverer", Role.MANAGER);
		this.director = Accounts.aViewer(this.testUsers, "coverdir", Role.DIRECTOR);
		// 0 % scores 0, a half 50, three quarters 75, everybody 100.
		this.criterion = this.grading.addCriterion(new CriterionInput("Relationship coverage", null,
				BigDecimal.valueOf(10), CriterionKind.DERIVED, Metric.RELATIONSHIP_COVERAGE,
				List.of(band(0, 0), band(50, 50), band(75, 75), band(100, 100)), Map.of()), this.director);
		settle();
	}

	@AfterEach
	void restoreTheScheme() {
		this.grading.retireCriterion(this.criterion, this.director);
		settle();
	}

	@Test
	void coverageFollowsContactsLinksAndTheTeam() {
		LocalDate today = LocalDate.now(this.clock);
		long account = this.accounts.create(Accounts.aProfile(), null, this.owner);
		settle();
		assertThat(coverage(account)).as("no decision makers recorded: no figure, no score").satisfies((c) -> {
			assertThat(c.value()).isNull();
			assertThat(c.score()).isEqualByComparingTo("0");
		});

		long ceo = contact(account, "Chief", BuyingRole.DECISION_MAKER);
		long cfo = contact(account, "Finance", BuyingRole.INFLUENCER);
		contact(account, "User", BuyingRole.USER);
		settle();
		assertThat(coverage(account).value()).isEqualByComparingTo("0");

		// A team member knows the CEO well, and the CFO only in passing: a half.
		Viewer first = teamMember(account, "coverfirst");
		this.links.add(account, first.userId(), ceo, LinkStrength.TRUSTED, this.owner);
		long acquainted = this.links.add(account, first.userId(), cfo, LinkStrength.ACQUAINTED, this.owner);
		settle();
		assertThat(coverage(account).value()).isEqualByComparingTo("50");
		assertThat(coverage(account).score()).isEqualByComparingTo("50");

		// Another team member with a working link to the CFO: everybody covered.
		Viewer member = teamMember(account, "covermember");
		this.links.add(account, member.userId(), cfo, LinkStrength.WORKING, this.owner);
		settle();
		assertThat(coverage(account).value()).isEqualByComparingTo("100");
		assertThat(coverage(account).score()).isEqualByComparingTo("100");

		// The member leaves the team today: a link of a former member covers nobody.
		long membership = this.jdbc.queryForObject(
				"select id from account_team_member where account_id = ? and user_id = ?", Long.class, account,
				member.userId());
		this.accounts.endTeamMembership(account, membership, today.minusDays(1), this.owner);
		settle();
		assertThat(coverage(account).value()).isEqualByComparingTo("50");

		// The CEO leaves the company: only the CFO counts, whom the team barely knows.
		long ceoVersion = this.jdbc.queryForObject("select version from relationship_contact where id = ?", Long.class,
				ceo);
		this.contacts.update(
				account, ceo, new ContactInput("Chief gone", "Title", null, ContactLevel.EXECUTIVE,
						BuyingRole.DECISION_MAKER, Attitude.NEUTRAL, 3, null, null, null, true, null),
				ceoVersion, this.owner);
		settle();
		assertThat(coverage(account).value()).isEqualByComparingTo("0");

		// The first member's link to the CFO grows into a working relationship.
		long version = this.jdbc.queryForObject("select version from relationship_link where id = ?", Long.class,
				acquainted);
		this.links.changeStrength(account, acquainted, LinkStrength.WORKING, version, this.owner);
		settle();
		assertThat(coverage(account).value()).isEqualByComparingTo("100");
	}

	@Test
	void anAccountMissingCoverageShowsWhatWouldMoveItUp() {
		long account = this.accounts.create(Accounts.aProfile(), null, this.owner);
		long ceo = contact(account, "Chief", BuyingRole.DECISION_MAKER);
		contact(account, "Finance", BuyingRole.INFLUENCER);
		this.links.add(account, teamMember(account, "coveronly").userId(), ceo, LinkStrength.ADVOCATE, this.owner);
		settle();
		AccountGrade grade = this.grading.grade(this.accounts.ref(account, this.owner), this.owner);
		assertThat(grade.contributions()).filteredOn((c) -> c.criterionId() == this.criterion)
			.singleElement()
			.satisfies((c) -> {
				assertThat(c.metric()).isEqualTo(Metric.RELATIONSHIP_COVERAGE);
				assertThat(c.value()).isEqualByComparingTo("50");
			});
	}

	private AccountGrade.Contribution coverage(long account) {
		return this.grading.grade(this.accounts.ref(account, this.owner), this.owner)
			.contributions()
			.stream()
			.filter((c) -> c.criterionId() == this.criterion)
			.findFirst()
			.orElseThrow();
	}

	private Viewer teamMember(long account, String prefix) {
		Viewer member = Accounts.aViewer(this.testUsers, prefix, Role.MEMBER);
		this.accounts.addTeamMember(account, member.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				LocalDate.now(this.clock).minusDays(3), null, this.owner);
		return member;
	}

	private long contact(long account, String name, BuyingRole role) {
		return this.contacts.create(account, new ContactInput(name + " " + Accounts.uniqueName("c"), "Title", null,
				ContactLevel.EXECUTIVE, role, Attitude.NEUTRAL, 3, null, null, null, false, null), this.owner);
	}

	private static GradingScheme.Band band(long lowerBound, int score) {
		return new GradingScheme.Band(BigDecimal.valueOf(lowerBound), score);
	}

	private void settle() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Integer.class) == 0);
	}

}
