package org.keyline.portfolio;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.account.Accounts.aViewer;

/**
 * What each role's section of "my work" holds, against data made here, and that nobody
 * sees lines of accounts that are not theirs.
 */
@KeylineTest
class MyWorkTests {

	@Autowired
	MyWorkService myWork;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	MyWorkFixtures data;

	Viewer manager;

	Viewer otherManager;

	Viewer member;

	Viewer mentor;

	Viewer director;

	long a1;

	long a2;

	long b1;

	long a1Plan;

	long a2Plan;

	long memberOverdue;

	long memberSoon;

	long b1Action;

	@BeforeEach
	void setUp() {
		this.data = new MyWorkFixtures(this.accounts, this.jdbc);
		this.manager = aViewer(this.users, "mw-manager", Role.MANAGER);
		this.otherManager = aViewer(this.users, "mw-other", Role.MANAGER);
		this.member = aViewer(this.users, "mw-member", Role.MEMBER);
		this.mentor = aViewer(this.users, "mw-mentor", Role.MENTOR);
		this.director = aViewer(this.users, "mw-director", Role.DIRECTOR);

		this.a1 = this.data.account(this.manager, "Alerting");
		this.data.team(this.a1, this.member, this.manager);
		this.data.mentor(this.a1, this.mentor, this.director);
		this.data.review(this.a1, this.mentor, -5);
		this.a1Plan = this.data.plan(this.a1, "IN_REVIEW", "Plan in review");
		this.data.signOffRequested(this.a1Plan, this.member);
		this.memberOverdue = this.data.action(this.a1Plan, this.member, "Call the CFO", -3, "OPEN");
		this.memberSoon = this.data.action(this.a1Plan, this.member, "Send the proposal", 5, "IN_PROGRESS");
		this.data.action(this.a1Plan, this.member, "Done long ago", -30, "DONE");
		this.data.comment(this.a1Plan, this.mentor, Instant.now().minus(2, ChronoUnit.DAYS));
		long cfo = this.data.contact(this.a1, "Carla Cold");
		this.data.link(this.a1, this.member, cfo, "WORKING", 200);
		this.data.link(this.a1, this.manager, cfo, "TRUSTED", 10);
		long acquainted = this.data.contact(this.a1, "Ann Acquainted");
		this.data.link(this.a1, this.member, acquainted, "ACQUAINTED", 300);

		this.a2 = this.data.account(this.manager, "Quiet");
		this.a2Plan = this.data.plan(this.a2, "DRAFT", "Draft plan");

		this.b1 = this.data.account(this.otherManager, "Elsewhere");
		long b1Plan = this.data.plan(this.b1, "ACTIVE", "Other plan");
		this.b1Action = this.data.action(b1Plan, this.member, "Not on this team", -10, "OPEN");
		this.data.action(b1Plan, this.otherManager, "Other manager's", -10, "OPEN");
		long other = this.data.contact(this.b1, "Otto Other");
		this.data.link(this.b1, this.otherManager, other, "WORKING", 400);
		this.data.review(this.b1, this.director, -20);
	}

	@Test
	void aManagerSeesTheirAccountsWithAlertsAndWhatWaitsForThem() {
		MyWork work = this.myWork.of(this.manager);
		assertThat(work.member()).isNull();
		assertThat(work.director()).isNull();
		MyWork.Manager m = work.manager();

		assertThat(m.accounts().total()).isEqualTo(2);
		assertThat(m.accounts().rows()).extracting(MyWork.AccountLine::id).containsExactly(this.a1, this.a2);
		MyWork.AccountLine alerting = m.accounts().rows().get(0);
		assertThat(alerting.overdueActions()).isEqualTo(1);
		assertThat(alerting.reviewOverdue()).isTrue();
		assertThat(alerting.coldLinks()).isEqualTo(1);
		assertThat(alerting.alerts()).isTrue();
		MyWork.AccountLine quiet = m.accounts().rows().get(1);
		assertThat(quiet.overdueActions()).isZero();
		assertThat(quiet.reviewOverdue()).isFalse();
		assertThat(quiet.coldLinks()).isZero();

		assertThat(m.overdueActions().rows()).extracting(MyWork.ActionLine::id).containsExactly(this.memberOverdue);
		assertThat(m.overdueActions().rows().get(0).daysLate()).isEqualTo(3);
		assertThat(m.reviewsDue().rows()).extracting(MyWork.ReviewLine::accountId).containsExactly(this.a1);
		assertThat(m.reviewsDue().rows().get(0).daysLate()).isEqualTo(5);
		assertThat(m.coldLinks().rows()).singleElement().satisfies((l) -> {
			assertThat(l.accountId()).isEqualTo(this.a1);
			assertThat(l.contactName()).isEqualTo("Carla Cold");
			assertThat(l.userName()).isEqualTo("Test " + this.member.username());
		});
		assertThat(m.plans().rows()).extracting(MyWork.PlanLine::planId)
			.containsExactlyInAnyOrder(this.a1Plan, this.a2Plan);
		MyWork.PlanLine inReview = m.plans().rows().stream().filter((p) -> p.planId() == this.a1Plan).findFirst().get();
		assertThat(inReview.awaitedSignOffs()).isEqualTo(1);
		assertThat(inReview.awaitingViewer()).isFalse();
	}

	@Test
	void aManagerNeverSeesAnotherManagersAccounts() {
		MyWork.Manager other = this.myWork.of(this.otherManager).manager();
		assertThat(other.accounts().rows()).extracting(MyWork.AccountLine::id).containsExactly(this.b1);
		assertThat(other.overdueActions().rows()).extracting(MyWork.ActionLine::accountId).containsOnly(this.b1);
		assertThat(other.overdueActions().total()).isEqualTo(2);
		assertThat(other.coldLinks().rows()).extracting(MyWork.ColdLink::accountId).containsExactly(this.b1);
		assertThat(other.reviewsDue().rows()).extracting(MyWork.ReviewLine::accountId).containsExactly(this.b1);
		assertThat(other.plans().rows()).isEmpty();

		MyWork.Manager mine = this.myWork.of(this.manager).manager();
		assertThat(mine.overdueActions().rows()).extracting(MyWork.ActionLine::accountId).doesNotContain(this.b1);
		assertThat(mine.coldLinks().rows()).extracting(MyWork.ColdLink::accountId).doesNotContain(this.b1);
	}

	@Test
	void aMemberSeesTheirActionsOverdueFirstOnlyOnTheirTeams() {
		MyWork work = this.myWork.of(this.member);
		assertThat(work.manager()).isNull();
		MyWork.Member m = work.member();
		assertThat(m.actions().rows()).extracting(MyWork.ActionLine::id)
			.containsExactly(this.memberOverdue, this.memberSoon);
		assertThat(m.actions().rows().get(0).overdue()).isTrue();
		assertThat(m.actions().rows().get(1).overdue()).isFalse();
		assertThat(m.actions().rows()).extracting(MyWork.ActionLine::id).doesNotContain(this.b1Action);
		assertThat(m.accounts().rows()).extracting(MyWork.AccountLine::id).containsExactly(this.a1);
		assertThat(m.signOffs().rows()).singleElement().satisfies((p) -> {
			assertThat(p.planId()).isEqualTo(this.a1Plan);
			assertThat(p.awaitingViewer()).isTrue();
		});

		this.jdbc.update("update plan_signoff set signed_at = now() where plan_id = ? and user_id = ?", this.a1Plan,
				this.member.userId());
		assertThat(this.myWork.of(this.member).member().signOffs().rows()).isEmpty();
	}

	@Test
	void aMentorSeesReviewsDueAndPlansToCommentOnOfMentoredAccountsOnly() {
		MyWork.Mentor m = this.myWork.of(this.mentor).mentor();
		assertThat(m.reviews().rows()).extracting(MyWork.ReviewLine::accountId).containsExactly(this.a1);
		assertThat(m.reviews().rows().get(0).overdue()).isTrue();
		assertThat(m.plans().rows()).singleElement().satisfies((p) -> {
			assertThat(p.planId()).isEqualTo(this.a1Plan);
			assertThat(p.lastCommentOn()).isEqualTo(this.data.today.minusDays(2));
		});
		assertThat(m.accounts().rows()).extracting(MyWork.AccountLine::id).containsExactly(this.a1);
	}

	@Test
	void aMentorAlsoSeesPlansDiscussedLatelyButNotQuietOnes() {
		long discussed = this.data.account(this.manager, "Discussed");
		this.data.mentor(discussed, this.mentor, this.director);
		long discussedPlan = this.data.plan(discussed, "ACTIVE", "Plan under discussion");
		long quiet = this.data.account(this.manager, "Quiet mentored");
		this.data.mentor(quiet, this.mentor, this.director);
		long quietPlan = this.data.plan(quiet, "ACTIVE", "Quiet plan");
		Timestamp longAgo = Timestamp.from(Instant.now().minus(60, ChronoUnit.DAYS));
		this.jdbc.update("update plan_plan set updated_at = ? where id in (?, ?)", longAgo, discussedPlan, quietPlan);
		this.data.comment(discussedPlan, this.manager, Instant.now().minus(3, ChronoUnit.DAYS));
		this.data.comment(quietPlan, this.manager, Instant.now().minus(30, ChronoUnit.DAYS));

		MyWork.Mentor m = this.myWork.of(this.mentor).mentor();
		assertThat(m.plans().rows()).extracting(MyWork.PlanLine::planId)
			.contains(discussedPlan)
			.doesNotContain(quietPlan);
	}

	@Test
	void aDirectorSeesThePortfolioByTierAndItsExceptions() {
		MyWork.Director before = this.myWork.of(this.director).director();
		long loser = this.data.account(this.manager, "Loser");
		this.accounts.recordEconomics(loser, 2025, new BigDecimal("100000.00"), new BigDecimal("150000.00"),
				new BigDecimal("500000.00"), null, this.manager);
		long waiting = this.data.plan(loser, "IN_REVIEW", "Waiting long");
		this.jdbc.update("update plan_plan set submitted_at = now() - interval '20 days' where id = ?", waiting);
		this.jdbc.update("update review_strategy_review set next_review_on = current_date - 1 where account_id = ?",
				this.a2);
		this.data.review(this.a2, this.director, -1);

		MyWork.Director after = this.myWork.of(this.director).director();
		assertThat(after.accounts()).isEqualTo(before.accounts() + 1);
		assertThat(after.revenue()).isEqualByComparingTo(before.revenue().add(new BigDecimal("100000.00")));
		assertThat(after.exceptions().lossMaking()).isEqualTo(before.exceptions().lossMaking() + 1);
		assertThat(after.exceptions().plansWaitingLong()).isEqualTo(before.exceptions().plansWaitingLong() + 1);
		assertThat(after.exceptions().reviewsOverdue()).isEqualTo(before.exceptions().reviewsOverdue() + 1);
	}

	@Test
	void anAdminSeesUsersByState() {
		Viewer admin = aViewer(this.users, "mw-admin", Role.ADMIN);
		MyWork.Admin before = this.myWork.of(admin).admin();
		Viewer disabled = aViewer(this.users, "mw-disabled", Role.MEMBER);
		this.jdbc.update("update people_user set enabled = false where id = ?", disabled.userId());
		Viewer locked = aViewer(this.users, "mw-locked", Role.MEMBER);
		this.jdbc.update("""
				insert into people_sign_in_throttle (username, failures, window_started_at, locked_until)
				values (?, 5, now(), now() + interval '10 minutes')""", locked.username());

		MyWork work = this.myWork.of(admin);
		assertThat(work.manager()).isNull();
		assertThat(work.admin().active()).isEqualTo(before.active() + 1);
		assertThat(work.admin().disabled()).isEqualTo(before.disabled() + 1);
		assertThat(work.admin().locked()).isEqualTo(before.locked() + 1);
	}

	@Test
	void someoneWithSeveralRolesGetsEachRolesSection() {
		Viewer both = aViewer(this.users, "mw-both", Role.MANAGER, Role.MENTOR);
		this.data.mentor(this.b1, both, this.director);
		MyWork work = this.myWork.of(both);
		assertThat(work.manager()).isNotNull();
		assertThat(work.mentor().accounts().rows()).extracting(MyWork.AccountLine::id).containsExactly(this.b1);
		assertThat(work.manager().accounts().rows()).isEmpty();
		assertThat(work.member()).isNull();
		assertThat(List.of(work.director() == null, work.admin() == null)).containsOnly(true);
	}

}
