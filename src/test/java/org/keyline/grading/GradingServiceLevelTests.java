package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountProfile;
import org.keyline.account.AccountRef;
import org.keyline.account.Accounts;
import org.keyline.account.RelationshipLevel;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.grading.ServiceCheck.Gap;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.review.ReviewCadence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service each tier gets: the tier sets the strategy review cadence, and an account
 * is flagged for each part of its tier's service it does not get (review overdue, no
 * executive sponsor, no agreed plan, too long since the last interaction).
 */
@KeylineTest
class GradingServiceLevelTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	GradingManagement grading;

	@Autowired
	ReviewCadence cadence;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient client;

	@Test
	void aGoldAccountIsFlaggedForEachServiceItMissesUntilItGetsThemAll() {
		Viewer owner = Accounts.aViewer(this.testUsers, "owner", Role.MANAGER);
		Viewer director = Accounts.aViewer(this.testUsers, "director", Role.DIRECTOR);
		LocalDate today = LocalDate.now(this.clock);
		long account = gold(owner, today);
		GradingScheme scheme = this.grading.scheme();
		AccountRef ref = this.accounts.ref(account, owner);
		assertThat(this.grading.grade(ref, owner).tier().name()).isEqualTo("Gold");

		ServiceCheck missing = this.grading.serviceCheck(ref, scheme);
		assertThat(missing.tier().name()).isEqualTo("Gold");
		assertThat(missing.gaps()).containsExactly(Gap.REVIEW_OVERDUE, Gap.NO_EXECUTIVE_SPONSOR, Gap.NO_AGREED_PLAN,
				Gap.TOO_FEW_INTERACTIONS);

		// Gold's review cadence is 60 days; an account that is not a key account gets 90.
		assertThat(this.cadence.daysFor(account)).isEqualTo(60);
		long plain = this.accounts.create(Accounts.aProfile(), null, owner);
		assertThat(this.cadence.daysFor(plain)).isEqualTo(90);

		Viewer sponsor = Accounts.aViewer(this.testUsers, "sponsor", Role.DIRECTOR);
		this.accounts.addTeamMember(account, sponsor.userId(), TeamRole.EXECUTIVE_SPONSOR, null, today, null, owner);
		Viewer mentor = Accounts.aViewer(this.testUsers, "mentor", Role.MENTOR);
		this.accounts.assignMentor(account, mentor.userId(), director);
		this.jdbc.update("""
				insert into relationship_interaction (account_id, occurred_on, kind, summary, created_at, created_by)
				values (?, ?, 'MEETING', 'Quarterly review', now(), 'test')""", account, today.minusDays(3));
		this.jdbc.update("""
				insert into plan_plan (account_id, title, horizon_from, horizon_to, status, version_no, created_at,
				    created_by, updated_at, updated_by)
				values (?, 'Plan', ?, ?, 'ACTIVE', 1, now(), 'test', now(), 'test')""", account, today.getYear(),
				today.getYear() + 3);

		ServiceCheck served = this.grading.serviceCheck(ref, scheme);
		assertThat(served.gaps()).isEmpty();
		assertThat(served.met()).isTrue();
		assertThat(served.reviewDueOn()).isEqualTo(today.plusDays(60));
		assertThat(served.lastInteractionOn()).isEqualTo(today.minusDays(3));
	}

	@Test
	void anAccountThatIsNotAKeyAccountIsPromisedNothing() {
		Viewer owner = Accounts.aViewer(this.testUsers, "owner", Role.MANAGER);
		long account = this.accounts.create(Accounts.aProfile(), null, owner);
		settle();
		ServiceCheck check = this.grading.serviceCheck(this.accounts.ref(account, owner), this.grading.scheme());
		assertThat(check.tier()).isNull();
		assertThat(check.gaps()).isEmpty();
	}

	@Test
	void theSetBasedDefinitionSaysWhatTheCheckOfOneAccountSays() {
		Viewer owner = Accounts.aViewer(this.testUsers, "owner", Role.MANAGER);
		LocalDate today = LocalDate.now(this.clock);
		long missing = gold(owner, today);
		long sponsored = gold(owner, today);
		Viewer sponsor = Accounts.aViewer(this.testUsers, "sponsor", Role.DIRECTOR);
		this.accounts.addTeamMember(sponsored, sponsor.userId(), TeamRole.EXECUTIVE_SPONSOR, null, today, null, owner);
		this.jdbc.update("""
				insert into relationship_interaction (account_id, occurred_on, kind, summary, created_at, created_by)
				values (?, ?, 'MEETING', 'Visit', now(), 'test')""", sponsored, today.minusDays(1));
		long plain = this.accounts.create(Accounts.aProfile(), null, owner);
		settle();
		GradingScheme scheme = this.grading.scheme();
		List<Long> ids = List.of(missing, sponsored, plain);
		record Row(long accountId, List<Gap> gaps, LocalDate lastInteractionOn, LocalDate reviewDueOn) {
		}
		List<Row> rows = this.client.sql(ServiceCompliance.sql("a.id in (:ids)") + " order by account_id")
			.param("ids", ids)
			.param("today", today)
			.query((rs, n) -> new Row(rs.getLong("account_id"),
					gaps(rs.getBoolean("review_overdue"), rs.getBoolean("sponsor_missing"),
							rs.getBoolean("plan_missing"), rs.getBoolean("interaction_overdue")),
					rs.getObject("last_interaction_on", LocalDate.class),
					rs.getObject("review_due_on", LocalDate.class)))
			.list();
		assertThat(rows).extracting(Row::accountId).containsExactly(missing, sponsored);
		for (Row row : rows) {
			ServiceCheck check = this.grading.serviceCheck(this.accounts.ref(row.accountId(), owner), scheme);
			assertThat(row.gaps()).isEqualTo(check.gaps());
			assertThat(row.lastInteractionOn()).isEqualTo(check.lastInteractionOn());
			assertThat(row.reviewDueOn()).isEqualTo(check.reviewDueOn());
		}
		assertThat(rows.get(1).gaps()).containsExactly(Gap.REVIEW_OVERDUE, Gap.NO_AGREED_PLAN);
		assertThat(this.grading.serviceCheck(this.accounts.ref(plain, owner), scheme).gaps()).isEmpty();
	}

	private static List<Gap> gaps(boolean review, boolean sponsor, boolean plan, boolean interaction) {
		List<Gap> gaps = new ArrayList<>();
		if (review) {
			gaps.add(Gap.REVIEW_OVERDUE);
		}
		if (sponsor) {
			gaps.add(Gap.NO_EXECUTIVE_SPONSOR);
		}
		if (plan) {
			gaps.add(Gap.NO_AGREED_PLAN);
		}
		if (interaction) {
			gaps.add(Gap.TOO_FEW_INTERACTIONS);
		}
		return gaps;
	}

	private long gold(Viewer owner, LocalDate today) {
		AccountProfile p = Accounts.aProfile();
		long account = this.accounts.create(new AccountProfile(p.name(), p.industry(), p.region(), p.country(),
				p.employees(), p.website(), null, p.stage(), RelationshipLevel.STRATEGIC_PARTNER,
				p.strategicImportance(), p.easeOfBusiness(), p.adviceFrequency(), p.notes(), List.of()), null, owner);
		int year = today.getYear() - 1;
		this.accounts.recordEconomics(account, year - 1, money(5_000_000), money(3_500_000), money(10_000_000), null,
				owner);
		this.accounts.recordEconomics(account, year, money(6_000_000), money(4_000_000), money(10_000_000), null,
				owner);
		long manual = this.grading.scheme()
			.criteria()
			.stream()
			.filter((c) -> c.kind() == CriterionKind.MANUAL)
			.findFirst()
			.orElseThrow()
			.id();
		this.grading.scoreByHand(account, manual, 5, owner);
		settle();
		return account;
	}

	private void settle() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Integer.class) == 0);
	}

	private static BigDecimal money(long amount) {
		return BigDecimal.valueOf(amount);
	}

}
