package org.keyline.portfolio;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.StillData;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.Accounts;
import org.keyline.account.Industry;
import org.keyline.account.Region;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.CoverageSummaries;
import org.keyline.portfolio.Portfolio.ComplianceRow;
import org.keyline.portfolio.Portfolio.CoverageAccount;
import org.keyline.portfolio.Portfolio.Direction;
import org.keyline.portfolio.Portfolio.Move;
import org.keyline.portfolio.Portfolio.MoveCount;
import org.keyline.portfolio.Portfolio.TierRow;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard's figures against {@link PortfolioFixture}, computed by hand.
 */
@KeylineTest
class PortfolioDashboardTests {

	@Autowired
	PortfolioDashboard dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageSummaries summaries;

	@Autowired
	TestUsers users;

	@Autowired
	StatementCounter statements;

	@Autowired
	TransactionTemplate transactions;

	PortfolioFixture f;

	Viewer director;

	Portfolio p;

	@BeforeEach
	void fixture() {
		this.f = new PortfolioFixture(this.jdbc, this.users, this.summaries).build();
		this.director = Accounts.aViewer(this.users, "pfdirector", Role.DIRECTOR);
		// Figures kept are compared by identity: no listener of an earlier test may move
		// the data version meanwhile.
		StillData.awaitQuiet(this.jdbc);
		this.p = this.dashboard.dashboard(this.f.byOwner(), this.director);
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Test
	void accountsAndRevenuePerTierWithoutTheArchivedAccount() {
		assertThat(this.p.accounts()).isEqualTo(11);
		assertThat(this.p.revenue()).isEqualByComparingTo("2300");
		assertThat(this.p.tiers()).extracting(TierRow::name).containsExactly("Gold", "Silver", "Bronze", null);
		assertThat(this.p.tiers()).extracting(TierRow::accounts).containsExactly(2L, 1L, 0L, 8L);
		assertThat(this.p.tiers()).extracting(TierRow::revenue)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("1500"), d("300"), d("0"), d("500"));
		assertThat(this.p.tiers()).extracting(TierRow::revenueShare)
			.containsExactly(d("65.2"), d("13.0"), d("0.0"), d("21.7"));
		assertThat(this.p.tiers()).extracting(TierRow::accountShare)
			.containsExactly(d("18.2"), d("9.1"), d("0.0"), d("72.7"));
	}

	@Test
	void revenueConcentrationAndTheParetoCurve() {
		Portfolio.Concentration c = this.p.concentration();
		assertThat(c.total()).isEqualByComparingTo("2300");
		assertThat(c.top()).extracting(Portfolio.TopShare::top).containsExactly(5, 10, 20);
		assertThat(c.top()).extracting(Portfolio.TopShare::accounts).containsExactly(5L, 10L, 11L);
		// 1000 + 500 + 300 + 200 + 50 = 2050 of 2300; the top ten are all but Echo (0).
		assertThat(c.top()).extracting(Portfolio.TopShare::revenue)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("2050"), d("2300"), d("2300"));
		assertThat(c.top()).extracting(Portfolio.TopShare::share).containsExactly(d("89.1"), d("100.0"), d("100.0"));
		// Eleven accounts: every one of the twenty samples lands on one of them, plus (0,
		// 0).
		assertThat(c.curve()).hasSize(12);
		assertThat(c.curve().get(0)).isEqualTo(new Portfolio.ParetoPoint(0, d("0.0"), d("0.0")));
		assertThat(c.curve().get(1)).isEqualTo(new Portfolio.ParetoPoint(1, d("9.1"), d("43.5")));
		assertThat(c.curve().get(2)).isEqualTo(new Portfolio.ParetoPoint(2, d("18.2"), d("65.2")));
		assertThat(c.curve().get(11)).isEqualTo(new Portfolio.ParetoPoint(11, d("100.0"), d("100.0")));
	}

	@Test
	void profitabilityPerTierAndTheLossMakingAccounts() {
		assertThat(this.p.tiers()).extracting(TierRow::margin)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("200"), d("100"), d("0"), d("10"));
		assertThat(this.p.tiers()).extracting(TierRow::marginPercent)
			.containsExactly(d("13.3"), d("33.3"), null, d("2.0"));
		assertThat(this.p.tiers()).extracting(TierRow::lossMaking).containsExactly(1L, 0L, 0L, 1L);
		assertThat(this.p.lossMakerCount()).isEqualTo(2);
		assertThat(this.p.lossMakers()).extracting(Portfolio.LossMaker::accountId)
			.containsExactly(this.f.bravo, this.f.delta);
		assertThat(this.p.lossMakers().get(0).margin()).isEqualByComparingTo("-200");
		assertThat(this.p.lossMakers().get(0).tierName()).isEqualTo("Gold");
		assertThat(this.p.lossMakers().get(0).marginPercent()).isEqualByComparingTo("-40.0");
		assertThat(this.p.lossMakers().get(1).tierName()).isNull();
	}

	@Test
	void shareOfWalletPerTier() {
		assertThat(this.p.tiers()).extracting(TierRow::walletRecorded).containsExactly(2L, 0L, 0L, 1L);
		// Gold: (25 + 50) / 2; weighted (25 * 1000 + 50 * 500) / 1500.
		assertThat(this.p.tiers()).extracting(TierRow::walletAverage).containsExactly(d("37.5"), null, null, d("10.0"));
		assertThat(this.p.tiers()).extracting(TierRow::walletWeighted)
			.containsExactly(d("33.3"), null, null, d("10.0"));
	}

	@Test
	void serviceLevelComplianceAsTheServiceCheckDecidesIt() {
		assertThat(this.p.compliance()).extracting(ComplianceRow::name).containsExactly("Gold", "Silver", "Bronze");
		ComplianceRow gold = this.p.compliance().get(0);
		assertThat(gold).isEqualTo(new ComplianceRow(1, "Gold", 2, 1, 1L, 1L, 1, 1, 14));
		ComplianceRow silver = this.p.compliance().get(1);
		assertThat(silver).isEqualTo(new ComplianceRow(2, "Silver", 1, 1, null, 1L, 0, 0, 30));
		ComplianceRow bronze = this.p.compliance().get(2);
		assertThat(bronze).isEqualTo(new ComplianceRow(3, "Bronze", 0, 0, null, null, 0, 0, 60));
	}

	@Test
	void relationshipCoverageGapsAsCoverageAnalysisFindsThem() {
		Portfolio.CoverageSummary s = this.p.coverage();
		assertThat(s.accounts()).isEqualTo(11);
		assertThat(s.uncoveredDecisionMakers()).isEqualTo(1);
		assertThat(s.levelNotReached()).isEqualTo(11);
		assertThat(s.singleThreaded()).isEqualTo(2);
		assertThat(s.goingCold()).isEqualTo(2);
		assertThat(s.anyGap()).isEqualTo(11);
		List<CoverageAccount> worst = this.p.coverageAccounts();
		assertThat(worst).hasSize(11);
		assertThat(worst.get(0)).isEqualTo(
				new CoverageAccount(this.f.alpha, this.f.name("Alpha"), "Test " + this.f.owner.username(), 1, 1, 1, 1));
		assertThat(worst.get(1)).isEqualTo(
				new CoverageAccount(this.f.bravo, this.f.name("Bravo"), "Test " + this.f.owner.username(), 0, 1, 1, 1));
		assertThat(worst.get(2).accountId()).isEqualTo(this.f.charlie);
		assertThat(worst.get(2).gaps()).isEqualTo(2);
	}

	@Test
	void tierMovesOfTheLastQuarterWithoutFirstGradings() {
		assertThat(this.p.moveCount()).isEqualTo(4);
		assertThat(this.p.moves()).extracting(Move::accountId)
			.containsExactly(this.f.charlie, this.f.alpha, this.f.delta, this.f.bravo);
		assertThat(this.p.moves()).extracting(Move::direction)
			.containsExactly(Direction.DOWN, Direction.UP, Direction.DOWN, Direction.UP);
		assertThat(this.p.moves().get(0).changedOn()).isEqualTo(this.f.today.minusDays(3));
		assertThat(this.p.moveCounts()).containsExactly(new MoveCount("Silver", "Gold", Direction.UP, 2),
				new MoveCount("Gold", "Silver", Direction.DOWN, 1), new MoveCount("Bronze", null, Direction.DOWN, 1));
		assertThat(this.p.movesSince()).isEqualTo(this.f.today.minusMonths(3));
	}

	@Test
	void filtersByRegionIndustryAndTier() {
		Portfolio northAmerica = this.dashboard
			.dashboard(new PortfolioFilter(this.f.owner.userId(), Region.NORTH_AMERICA, null, null), this.director);
		assertThat(northAmerica.accounts()).isEqualTo(1);
		assertThat(northAmerica.revenue()).isEqualByComparingTo("0");
		assertThat(northAmerica.concentration().top()).extracting(Portfolio.TopShare::share).containsOnlyNulls();

		Portfolio banking = this.dashboard
			.dashboard(new PortfolioFilter(this.f.owner.userId(), null, Industry.BANKING, null), this.director);
		assertThat(banking.accounts()).isEqualTo(1);

		Portfolio notKey = this.dashboard
			.dashboard(new PortfolioFilter(this.f.owner.userId(), null, null, PortfolioFilter.NOT_KEY), this.director);
		assertThat(notKey.accounts()).isEqualTo(8);
		assertThat(notKey.revenue()).isEqualByComparingTo("500");
		assertThat(notKey.compliance()).extracting(ComplianceRow::accounts).containsOnly(0L);

		Portfolio gold = this.dashboard.dashboard(new PortfolioFilter(this.f.owner.userId(), null, null, 1),
				this.director);
		assertThat(gold.accounts()).isEqualTo(2);
		assertThat(gold.moveCount()).isEqualTo(2);
		assertThat(gold.lossMakerCount()).isEqualTo(1);

		Portfolio nothing = this.dashboard
			.dashboard(new PortfolioFilter(this.f.owner.userId(), Region.ASIA_PACIFIC, null, null), this.director);
		assertThat(nothing.empty()).isTrue();
		assertThat(nothing.concentration().curve()).isEmpty();
		assertThat(nothing.coverageAccounts()).isEmpty();
		assertThat(nothing.moves()).isEmpty();
	}

	@Test
	void theOwnerFilterOffersTheOwnersOfActiveAccounts() {
		assertThat(this.p.owners()).extracting(Portfolio.Owner::id).contains(this.f.owner.userId());
		assertThat(this.p.owners()).extracting(Portfolio.Owner::id).doesNotContain(this.f.mentor.userId());
	}

	@Test
	void theListsAreLimitedAndTheExportIsWhole() {
		PortfolioFixture big = new PortfolioFixture(this.jdbc, this.users, this.summaries);
		for (int i = 0; i < 30; i++) {
			long id = big.account("Loss " + i, "100", "150", null, null, "WESTERN_EUROPE", "MANUFACTURING", false);
			big.change(id, "Gold", "Silver", "DATA_CHANGED", 1 + i);
		}
		Portfolio page = this.dashboard.dashboard(big.byOwner(), this.director);
		assertThat(page.lossMakers()).hasSize(PortfolioDashboard.LIST_LIMIT);
		assertThat(page.lossMakerCount()).isEqualTo(30);
		assertThat(page.moves()).hasSize(PortfolioDashboard.LIST_LIMIT);
		assertThat(page.moveCount()).isEqualTo(30);
		assertThat(page.coverageAccounts()).hasSize(PortfolioDashboard.LIST_LIMIT);
		Portfolio export = this.dashboard.export(big.byOwner(), this.director);
		assertThat(export.lossMakers()).hasSize(30);
		assertThat(export.moves()).hasSize(30);
		assertThat(export.coverageAccounts()).hasSize(30);
	}

	@Test
	void aFixedNumberOfStatementsWhateverTheData() {
		PortfolioFixture big = new PortfolioFixture(this.jdbc, this.users, this.summaries).build();
		for (int i = 0; i < 60; i++) {
			long id = big.account("More " + i, String.valueOf(100 + i), "90", "1000", 1 + i % 3, "WESTERN_EUROPE",
					"MANUFACTURING", false);
			long contact = big.contact(id, "EXECUTIVE", "DECISION_MAKER", false);
			big.link(id, big.owner.userId(), contact, "WORKING", big.today.minusDays(i));
			big.interaction(id, big.today.minusDays(i));
			big.change(id, "Bronze", "Gold", "DATA_CHANGED", i);
		}
		// Computed: the seven statements, and the data version read before and after;
		// then kept: the data version only. Counted again if another thread's commit
		// moved the data version meanwhile.
		int[] counts = StillData.measure(this.jdbc,
				() -> new int[] {
						this.statements.count(() -> this.dashboard.dashboard(this.f.byOwner(), this.director)),
						this.statements.count(() -> this.dashboard.dashboard(big.byOwner(), this.director)),
						this.statements.count(() -> this.dashboard.dashboard(PortfolioFilter.none(), this.director)),
						this.statements.count(() -> this.dashboard.dashboard(this.f.byOwner(), this.director)),
						this.statements.count(() -> this.dashboard.dashboard(PortfolioFilter.none(), this.director)) });
		assertThat(counts).containsExactly(9, 9, 9, 1, 1);
	}

	@Test
	void theFiguresAreKeptUntilTheDataChangesWhoeverChangesIt() {
		Portfolio again = this.dashboard.dashboard(this.f.byOwner(), this.director);
		assertThat(again).isSameAs(this.p);
		assertThat(this.dashboard.dashboard(new PortfolioFilter(this.f.owner.userId(), null, null, 1), this.director))
			.isNotSameAs(this.p);

		// A change written straight to the database, as another instance would.
		this.jdbc.update("update account_account set current_revenue = 1400 where id = ?", this.f.alpha);
		Portfolio changed = this.dashboard.dashboard(this.f.byOwner(), this.director);
		assertThat(changed).isNotSameAs(this.p);
		assertThat(changed.revenue()).isEqualByComparingTo("2700");
		assertThat(changed.tiers().get(0).revenue()).isEqualByComparingTo("1900");
		assertThat(this.dashboard.dashboard(this.f.byOwner(), this.director)).isSameAs(changed);
	}

	@Test
	void aWriteThatIsRolledBackLeavesTheKeptFiguresValid() {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("update account_account set current_revenue = 1400 where id = ?", this.f.alpha);
			// Inside the writing transaction: its own change counts, and is not kept.
			Portfolio inside = this.dashboard.dashboard(this.f.byOwner(), this.director);
			assertThat(inside.revenue()).isEqualByComparingTo("2700");
			assertThat(this.dashboard.dashboard(this.f.byOwner(), this.director)).isNotSameAs(inside);
			status.setRollbackOnly();
		});
		Portfolio after = this.dashboard.dashboard(this.f.byOwner(), this.director);
		assertThat(after.revenue()).isEqualByComparingTo("2300");
		assertThat(after).isSameAs(this.p);
	}

	@Test
	void theDownloadsAreComputedEveryTime() {
		int first = this.statements.count(() -> this.dashboard.export(this.f.byOwner(), this.director));
		int second = this.statements.count(() -> this.dashboard.export(this.f.byOwner(), this.director));
		assertThat(first).isEqualTo(7);
		assertThat(second).isEqualTo(7);
	}

	@Test
	void onlyDirectorsSeeThePortfolio() {
		for (Role role : List.of(Role.MANAGER, Role.MEMBER, Role.MENTOR, Role.ADMIN)) {
			Viewer viewer = Accounts.aViewer(this.users, "pf" + role.name().toLowerCase(), role);
			assertThatThrownBy(() -> this.dashboard.dashboard(this.f.byOwner(), viewer))
				.isInstanceOf(AccountActionRefused.class);
			assertThatThrownBy(() -> this.dashboard.export(this.f.byOwner(), viewer))
				.isInstanceOf(AccountActionRefused.class);
		}
	}

}
