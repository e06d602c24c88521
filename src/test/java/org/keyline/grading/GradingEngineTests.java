package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountProfile;
import org.keyline.account.AccountRef;
import org.keyline.account.Accounts;
import org.keyline.account.RelationshipLevel;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The grading arithmetic on the default scheme (Olympic tiers Gold ≥ 70, Silver ≥ 50,
 * Bronze ≥ 30; six criteria weighing 25, 20, 15, 10, 15 and 15): derived criteria through
 * their bands, a hand score, compensation, a score exactly on a threshold, what would
 * move an account up, and a history row for each change of tier.
 */
@KeylineTest
class GradingEngineTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	GradingManagement grading;

	@Autowired
	GradingEngine engine;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	StatementCounter statements;

	Viewer owner;

	int year;

	@BeforeEach
	void owner() {
		this.owner = Accounts.aViewer(this.testUsers, "grader", Role.MANAGER);
		this.year = LocalDate.now(this.clock).getYear() - 1;
	}

	@Test
	void aScoreIsTheWeightedMeanOfItsCriteriaAndExactlyOnAThresholdReachesTheTier() {
		long account = solutionProvider();
		// Revenue 2.5M (band 2M: 70), margin 20% (band 20: 80), share of wallet 10% (band
		// 0:
		// 10), no year before (growth unknown: 0), solution provider (step 3: 50),
		// strategic
		// fit not scored (0): (70×25 + 80×20 + 10×15 + 0×10 + 50×15 + 0×15) / 100 =
		// 42.50.
		recordLastYear(account);
		settle();
		AccountGrade bronze = grade(account);
		assertThat(bronze.score()).isEqualByComparingTo("42.50");
		assertThat(bronze.tier().name()).isEqualTo("Bronze");
		assertThat(bronze.contributions()).extracting(AccountGrade.Contribution::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(bd(70), bd(80), bd(10), bd(0), bd(50), bd(0));
		assertThat(bronze.contributions().get(1).value()).isEqualByComparingTo("20.00");
		assertThat(bronze.contributions().get(4).value()).isEqualByComparingTo("3");
		assertThat(bronze.contributions()).extracting(AccountGrade.Contribution::points)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("17.50"), bd(16), new BigDecimal("1.50"), bd(0), new BigDecimal("7.50"),
					bd(0));

		// What would lift it to Silver (gap 7.50), one criterion alone, smallest change
		// first.
		assertThat(bronze.nextTier().name()).isEqualTo("Silver");
		List<AccountGrade.Move> moves = bronze.movesUp();
		assertThat(moves).extracting(AccountGrade.Move::name)
			.containsExactly("Revenue", "Partner or vendor", "Strategic fit", "Share of wallet", "Revenue growth");
		assertThat(moves.get(0).valueNeeded()).isEqualByComparingTo("5000000");
		assertThat(moves.get(2).levelNeeded()).isEqualTo(3);
		assertThat(moves.get(3).valueNeeded()).isEqualByComparingTo("30");
		assertThat(moves).noneMatch((m) -> m.name().equals("Gross margin"));

		// Compensation: strategic fit at level 3 (50 × 15%) makes up for the weak share
		// of
		// wallet and the unknown growth, exactly onto Silver's threshold.
		long strategicFit = manualCriterion();
		this.grading.scoreByHand(account, strategicFit, 3, this.owner);
		AccountGrade silver = grade(account);
		assertThat(silver.score()).isEqualByComparingTo("50.00");
		assertThat(silver.tier().name()).isEqualTo("Silver");
		assertThat(silver.nextTier().name()).isEqualTo("Gold");
		assertThat(silver.movesUp()).as("no single criterion can close a gap of 20").isEmpty();
		assertThat(silver.recentChanges().get(0)).satisfies((change) -> {
			assertThat(change.fromTier()).isEqualTo("Bronze");
			assertThat(change.toTier()).isEqualTo("Silver");
			assertThat(change.cause()).isEqualTo(TierCause.DATA_CHANGED);
			assertThat(change.score()).isEqualByComparingTo("50.00");
		});
	}

	@Test
	void changedCriteriaRegradeEveryAccountAndRecordWhy() {
		long account = solutionProvider();
		recordLastYear(account);
		this.grading.scoreByHand(account, manualCriterion(), 3, this.owner);
		settle();
		assertThat(grade(account).tier().name()).isEqualTo("Silver");
		GradingScheme before = this.grading.scheme();
		Viewer director = Accounts.aViewer(this.testUsers, "director", Role.DIRECTOR);
		List<TierInput> raised = before.tiers()
			.stream()
			.map((t) -> new TierInput(t.name(), t.position() == 2 ? new BigDecimal("50.01") : t.threshold(),
					t.reviewCadenceDays(), t.sponsorRequired(), t.agreedPlanRequired(), t.interactionTargetDays()))
			.toList();
		try {
			this.grading.updateTiers(before.naming(), raised, before.version(), director);
			AccountGrade after = grade(account);
			assertThat(after.tier().name()).isEqualTo("Bronze");
			assertThat(after.recentChanges().get(0).cause()).isEqualTo(TierCause.CRITERIA_CHANGED);
			assertThat(after.recentChanges().get(0).fromTier()).isEqualTo("Silver");
		}
		finally {
			GradingScheme now = this.grading.scheme();
			this.grading.updateTiers(before.naming(),
					before.tiers()
						.stream()
						.map((t) -> new TierInput(t.name(), t.threshold(), t.reviewCadenceDays(), t.sponsorRequired(),
								t.agreedPlanRequired(), t.interactionTargetDays()))
						.toList(),
					now.version(), director);
		}
		assertThat(grade(account).tier().name()).isEqualTo("Silver");
		assertThat(this.grading.history(account, this.owner)).extracting(AccountGrade.TierChange::cause)
			.startsWith(TierCause.CRITERIA_CHANGED, TierCause.CRITERIA_CHANGED);
	}

	@Test
	void aWholeRegradeRunsAFixedNumberOfStatementsAndSkipsArchivedAccounts() {
		long account = solutionProvider();
		recordLastYear(account);
		settle();
		this.accounts.archive(account, this.owner);
		settle();
		int statements = this.statements.count(() -> this.engine.regradeAll(TierCause.CRITERIA_CHANGED));
		// The lock, the criteria scores out and in, the account scores with the history.
		assertThat(statements).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select count(*) from grading_criterion_score where account_id = ?",
				Integer.class, account))
			.isZero();
	}

	@Test
	void aRegradeRewritesOnlyTheCriteriaScoresThatChanged() {
		long account = solutionProvider();
		recordLastYear(account);
		settle();
		List<String> before = rowVersions(account);
		assertThat(before).hasSize(6);

		this.engine.regradeAll(TierCause.CRITERIA_CHANGED);
		assertThat(rowVersions(account)).as("nothing changed, nothing rewritten").isEqualTo(before);

		// the year before: revenue growth becomes known, nothing else moves
		this.accounts.recordEconomics(account, this.year - 1, money(2_000_000), money(1_600_000), money(25_000_000),
				null, this.owner);
		settle();
		this.engine.regradeAll(TierCause.CRITERIA_CHANGED);
		List<String> after = rowVersions(account);
		long rewritten = IntStream.range(0, before.size()).filter((i) -> !before.get(i).equals(after.get(i))).count();
		assertThat(rewritten).isEqualTo(1);
	}

	/** Each criterion score row's criterion, value and row version (xmin), in order. */
	private List<String> rowVersions(long account) {
		return this.jdbc.queryForList("""
				select criterion_id || ':' || coalesce(value::text, '-') || '@' || xmin::text
				from grading_criterion_score where account_id = ? order by criterion_id""", String.class, account);
	}

	/**
	 * Last year's economics: revenue 2.5M, cost to serve 2M (margin 20 %), category spend
	 * 25M (share of wallet 10 %).
	 */
	private void recordLastYear(long account) {
		this.accounts.recordEconomics(account, this.year, money(2_500_000), money(2_000_000), money(25_000_000), null,
				this.owner);
	}

	private long solutionProvider() {
		AccountProfile p = Accounts.aProfile();
		AccountProfile profile = new AccountProfile(p.name(), p.industry(), p.region(), p.country(), p.employees(),
				p.website(), null, p.stage(), RelationshipLevel.SOLUTION_PROVIDER, p.strategicImportance(),
				p.easeOfBusiness(), p.adviceFrequency(), p.notes(), List.of());
		return this.accounts.create(profile, null, this.owner);
	}

	private long manualCriterion() {
		return this.grading.scheme()
			.criteria()
			.stream()
			.filter((c) -> c.kind() == CriterionKind.MANUAL)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private AccountGrade grade(long account) {
		AccountRef ref = this.accounts.ref(account, this.owner);
		return this.grading.grade(ref, this.owner);
	}

	/** Waits until every account change was handed to the grading listener and graded. */
	private void settle() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Integer.class) == 0);
	}

	private static BigDecimal money(long amount) {
		return BigDecimal.valueOf(amount);
	}

	private static BigDecimal bd(long value) {
		return BigDecimal.valueOf(value);
	}

}
