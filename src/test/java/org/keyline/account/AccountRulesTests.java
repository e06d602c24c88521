package org.keyline.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.shared.Money;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aSubsidiaryOf;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.account.Accounts.withName;
import static org.keyline.account.Accounts.withParent;

/**
 * The business rules of accounts, through the service on the real database: the group
 * hierarchy, economics by year, the team, and concurrent edits.
 */
@KeylineTest
class AccountRulesTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	Clock clock;

	Viewer manager;

	LocalDate today;

	@BeforeEach
	void createAManager() {
		this.today = LocalDate.now(this.clock);
		this.manager = aViewer(this.testUsers, "kam", Role.MANAGER);
	}

	// Hierarchy

	@Test
	void aSubsidiaryCannotBecomeItsParentsParent() {
		long a = create(aProfile());
		long b = create(aSubsidiaryOf(a));

		assertViolation("parentId", () -> setParent(a, b));

		assertThat(details(a).parentId()).isNull();
		assertThat(details(b).parentId()).isEqualTo(a);
	}

	@Test
	void aCycleThroughSeveralLevelsIsRefused() {
		long a = create(aProfile());
		long b = create(aSubsidiaryOf(a));
		long c = create(aSubsidiaryOf(b));

		assertViolation("parentId", () -> setParent(a, c));
		assertViolation("parentId", () -> setParent(b, c));

		assertThat(details(a).parentId()).isNull();
		assertThat(details(b).parentId()).isEqualTo(a);
		assertThat(details(a).subsidiaries()).extracting(AccountDetails.SubsidiaryView::id).containsExactly(b, c);
	}

	@Test
	void anAccountCannotBeItsOwnParent() {
		long a = create(aProfile());
		assertViolation("parentId", () -> setParent(a, a));
		assertThat(details(a).parentId()).isNull();
	}

	@Test
	void anAccountCanMoveToAnotherGroupThatIsNotBelowIt() {
		long a = create(aProfile());
		long b = create(aSubsidiaryOf(a));
		long c = create(aProfile());

		setParent(b, c);
		setParent(a, b);

		assertThat(details(a).parentId()).isEqualTo(b);
		assertThat(details(c).subsidiaries()).extracting(AccountDetails.SubsidiaryView::id).containsExactly(b, a);
	}

	@Test
	void theParentShowsItsWholeGroupAndTheGroupRevenue() {
		long parent = create(withName(aProfile(), Accounts.uniqueName("Holding")));
		long europe = create(withParent(withName(aProfile(), Accounts.uniqueName("Europe")), parent));
		long benelux = create(withParent(withName(aProfile(), Accounts.uniqueName("Benelux")), europe));
		long asia = create(withParent(withName(aProfile(), Accounts.uniqueName("Asia")), parent));
		long dormant = create(withParent(withName(aProfile(), Accounts.uniqueName("Dormant")), parent));
		record(parent, 2024, "900.00", "100", null);
		record(parent, 2025, "1000.10", "100", null);
		record(europe, 2025, "500.20", "700", null);
		record(benelux, 2025, "250.30", "100", null);
		record(asia, 2024, "100.40", "50", null);

		AccountDetails details = details(parent);

		assertThat(details.subsidiaries()).extracting(AccountDetails.SubsidiaryView::id)
			.containsExactlyInAnyOrder(europe, benelux, asia, dormant);
		assertThat(details.subsidiaries()).filteredOn((s) -> s.id() == benelux)
			.singleElement()
			.satisfies((s) -> assertThat(s.depth()).isEqualTo(2));
		assertThat(details.subsidiaries()).filteredOn((s) -> s.id() == europe).singleElement().satisfies((s) -> {
			assertThat(s.depth()).isEqualTo(1);
			assertThat(s.revenue()).isEqualTo(Money.of("500.20"));
			assertThat(s.lossMaking()).isTrue();
			assertThat(s.visible()).isTrue();
		});
		assertThat(details.subsidiaries()).filteredOn((s) -> s.id() == dormant)
			.singleElement()
			.satisfies((s) -> assertThat(s.revenue()).isNull());
		// The parent's latest year and each subsidiary's latest year.
		assertThat(details.groupRevenue()).isEqualTo(Money.of("1851.00"));
		assertThat(details(benelux).parentId()).isEqualTo(europe);
		assertThat(details(benelux).parentVisible()).isTrue();
	}

	@Test
	void anAccountWithoutSubsidiariesHasNoGroupRevenue() {
		long a = create(aProfile());
		record(a, 2025, "100", "10", null);
		assertThat(details(a).subsidiaries()).isEmpty();
		assertThat(details(a).groupRevenue()).isNull();
	}

	@Test
	void theAccountPageNamesItsOwnerAndWhoLastChangedItByTheirNames() {
		long a = create(aProfile());
		AccountDetails details = details(a);
		assertThat(details.ownerName()).isEqualTo("Test " + this.manager.username());
		assertThat(details.updatedBy()).isEqualTo("Test " + this.manager.username());
	}

	// Economics

	@Test
	void recordingAYearUpdatesTheFiguresInTheList() {
		long id = create(aProfile());
		assertThat(row(id).revenue()).isNull();
		assertThat(row(id).year()).isNull();

		record(id, 2024, "1000", "800", "4000");

		AccountRow row = row(id);
		assertThat(row.year()).isEqualTo(2024);
		assertThat(row.revenue()).isEqualTo(Money.of("1000"));
		assertThat(row.margin()).isEqualTo(Money.of("200"));
		assertThat(row.marginPercent()).isEqualByComparingTo("20.0");
		assertThat(row.shareOfWallet()).isEqualByComparingTo("25.0");
		assertThat(row.lossMaking()).isFalse();

		record(id, 2025, "1000", "1100", null);
		row = row(id);
		assertThat(row.year()).isEqualTo(2025);
		assertThat(row.margin()).isEqualTo(Money.of("-100"));
		assertThat(row.marginPercent()).isEqualByComparingTo("-10.0");
		assertThat(row.shareOfWallet()).isNull();
		assertThat(row.lossMaking()).isTrue();
		assertThat(ids(new AccountFilter(null, null, null, null, null, true, false))).containsExactly(id);

		record(id, 2023, "5", "1", "10");
		assertThat(row(id).year()).as("an earlier year does not replace the latest").isEqualTo(2025);
		assertThat(row(id).revenue()).isEqualTo(Money.of("1000"));
		assertThat(details(id).lossMaking()).isTrue();
	}

	@Test
	void theListFiguresAgreeWithTheAccountPage() {
		// exactly 33.345 %: one decimal half up is 33.3, rounding twice would give 33.4
		assertListAgreesWithPage("33345", "30000", "100000");
		assertListAgreesWithPage("1000", "1000.01", "3000");
		assertListAgreesWithPage("1234.56", "1000.01", "4938.24");
	}

	private void assertListAgreesWithPage(String revenue, String costToServe, String categorySpend) {
		long id = create(aProfile());
		record(id, 2025, revenue, costToServe, categorySpend);
		AccountRow row = row(id);
		AccountEconomics latest = details(id).latest().orElseThrow();
		assertThat(row.revenue()).isEqualTo(latest.revenue());
		assertThat(row.margin()).isEqualTo(latest.margin());
		assertThat(row.marginPercent()).isEqualTo(latest.marginPercent().orElseThrow());
		assertThat(row.shareOfWallet()).as("share of wallet of %s in %s", revenue, categorySpend)
			.isEqualTo(latest.shareOfWallet().orElseThrow());
	}

	@Test
	void aGroupShowsSubsidiariesTheViewerMayNotOpen() {
		Viewer director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		Viewer other = aViewer(this.testUsers, "kam-other", Role.MANAGER);
		long parent = create(aProfile());
		record(parent, 2025, "100", "10", null);
		long foreign = this.accounts.create(aSubsidiaryOf(parent), other.userId(), director);
		this.accounts.recordEconomics(foreign, 2025, money("40"), money("10"), null, null, director);

		assertThat(details(parent).subsidiaries()).singleElement().satisfies((s) -> {
			assertThat(s.id()).isEqualTo(foreign);
			assertThat(s.visible()).isFalse();
		});
		assertThat(details(parent).groupRevenue()).isEqualTo(Money.of("140"));
		assertThat(this.accounts.details(parent, director).subsidiaries()).singleElement()
			.satisfies((s) -> assertThat(s.visible()).isTrue());
		AccountDetails seenByOther = this.accounts.details(foreign, other);
		assertThat(seenByOther.parentId()).isEqualTo(parent);
		assertThat(seenByOther.parentVisible()).isFalse();
		assertThatExceptionOfType(AccountNotFound.class).isThrownBy(() -> this.accounts.details(parent, other));
	}

	@Test
	void aYearThatExistsIsNotRecordedAgainWithoutItsVersion() {
		long id = create(aProfile());
		record(id, 2025, "100", "50", null);

		assertViolation("fiscalYear", () -> record(id, 2025, "999", "1", null));

		assertThat(details(id).economics()).singleElement()
			.satisfies((year) -> assertThat(year.revenue()).isEqualTo(Money.of("100")));
	}

	@Test
	void aCorrectionBasedOnAnOldVersionIsRefused() {
		long id = create(aProfile());
		record(id, 2025, "100", "50", null);
		long read = this.accounts.economicsOf(id, 2025, this.manager).version();

		this.accounts.recordEconomics(id, 2025, money("120"), money("50"), null, read, this.manager);
		assertThatExceptionOfType(StaleEconomicsEdit.class).isThrownBy(
				() -> this.accounts.recordEconomics(id, 2025, money("130"), money("50"), null, read, this.manager));
		assertThat(this.accounts.economicsOf(id, 2025, this.manager).revenue()).isEqualTo(Money.of("120"));
		assertThat(row(id).revenue()).isEqualTo(Money.of("120"));

		long current = this.accounts.economicsOf(id, 2025, this.manager).version();
		assertThat(current).isNotEqualTo(read);
		this.accounts.recordEconomics(id, 2025, money("130"), money("60"), money("1300"), current, this.manager);

		AccountEconomics corrected = details(id).economics().get(0);
		assertThat(corrected.revenue()).isEqualTo(Money.of("130"));
		assertThat(corrected.margin()).isEqualTo(Money.of("70"));
		assertThat(corrected.shareOfWallet()).contains(new BigDecimal("10.0"));
		assertThat(corrected.updatedBy()).isEqualTo(this.manager.username());
		assertThat(row(id).margin()).isEqualTo(Money.of("70"));
		assertThat(details(id).economics()).hasSize(1);
	}

	@Test
	void keepsTheHistoryOfEveryYearInOrder() {
		long id = create(aProfile());
		for (int year : new int[] { 2022, 2020, 2025, 2021, 2024, 2023 }) {
			record(id, year, String.valueOf(year - 2000), "1", null);
		}

		List<AccountEconomics> history = details(id).economics();

		assertThat(history).extracting(AccountEconomics::fiscalYear)
			.containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
		assertThat(history).extracting(AccountEconomics::revenue)
			.containsExactly(Money.of(20), Money.of(21), Money.of(22), Money.of(23), Money.of(24), Money.of(25));
		assertThat(details(id).latest()).get().extracting(AccountEconomics::fiscalYear).isEqualTo(2025);
	}

	// Team

	@Test
	void thereIsAtMostOneExecutiveSponsorAtATime() {
		long id = create(aProfile());
		long first = aMember("sponsor1");
		long second = aMember("sponsor2");
		long third = aMember("sponsor3");
		this.accounts.addTeamMember(id, first, TeamRole.EXECUTIVE_SPONSOR, null, this.today.minusYears(1), null,
				this.manager);

		assertViolation("role", () -> this.accounts.addTeamMember(id, second, TeamRole.EXECUTIVE_SPONSOR, null,
				this.today, null, this.manager));
		assertViolation("role", () -> this.accounts.addTeamMember(id, second, TeamRole.EXECUTIVE_SPONSOR, null,
				this.today.minusYears(2), this.today.minusYears(1), this.manager));
		assertThat(details(id).team()).hasSize(1);

		// Someone else on the team in another role is fine.
		this.accounts.addTeamMember(id, second, TeamRole.ACCOUNT_SUPPORT, null, this.today, null, this.manager);
		// A sponsor before the first one joined is fine.
		this.accounts.addTeamMember(id, third, TeamRole.EXECUTIVE_SPONSOR, null, this.today.minusYears(3),
				this.today.minusYears(1).minusDays(1), this.manager);
		assertThat(details(id).team()).hasSize(3);
	}

	@Test
	void aNewSponsorMayStartTheDayAfterThePreviousOneLeft() {
		long id = create(aProfile());
		long previous = aMember("sponsor-old");
		long next = aMember("sponsor-new");
		this.accounts.addTeamMember(id, previous, TeamRole.EXECUTIVE_SPONSOR, null, this.today.minusYears(1),
				this.today.minusDays(1), this.manager);

		this.accounts.addTeamMember(id, next, TeamRole.EXECUTIVE_SPONSOR, null, this.today, null, this.manager);

		AccountDetails details = details(id);
		assertThat(details.currentTeam()).extracting(AccountDetails.TeamMemberView::userId).containsExactly(next);
		assertThat(details.formerTeam()).extracting(AccountDetails.TeamMemberView::userId).containsExactly(previous);
		assertThat(details.team()).extracting(AccountDetails.TeamMemberView::role)
			.containsOnly(TeamRole.EXECUTIVE_SPONSOR);
	}

	@Test
	void aSponsorWhoLeavesMakesRoomForTheNextOne() {
		long id = create(aProfile());
		long previous = aMember("sponsor-old");
		long next = aMember("sponsor-new");
		this.accounts.addTeamMember(id, previous, TeamRole.EXECUTIVE_SPONSOR, null, this.today.minusYears(1), null,
				this.manager);
		assertViolation("role", () -> this.accounts.addTeamMember(id, next, TeamRole.EXECUTIVE_SPONSOR, null,
				this.today, null, this.manager));

		long membership = details(id).currentTeam().get(0).id();
		this.accounts.endTeamMembership(id, membership, this.today.minusDays(1), this.manager);
		this.accounts.addTeamMember(id, next, TeamRole.EXECUTIVE_SPONSOR, null, this.today, null, this.manager);

		assertThat(details(id).currentTeam()).extracting(AccountDetails.TeamMemberView::userId).containsExactly(next);
	}

	@Test
	void leavingTheTeamKeepsTheMembershipAsHistory() {
		long id = create(aProfile());
		long user = aMember("leaver");
		this.accounts.addTeamMember(id, user, TeamRole.ACCOUNT_DEVELOPMENT, null, this.today.minusMonths(3), null,
				this.manager);
		long membership = details(id).currentTeam().get(0).id();

		this.accounts.endTeamMembership(id, membership, this.today.minusDays(1), this.manager);

		AccountDetails details = details(id);
		assertThat(details.currentTeam()).isEmpty();
		assertThat(details.formerTeam()).singleElement().satisfies((former) -> {
			assertThat(former.userId()).isEqualTo(user);
			assertThat(former.role()).isEqualTo(TeamRole.ACCOUNT_DEVELOPMENT);
			assertThat(former.joinedOn()).isEqualTo(this.today.minusMonths(3));
			assertThat(former.leftOn()).isEqualTo(this.today.minusDays(1));
			assertThat(former.current()).isFalse();
		});
	}

	@Test
	void aMemberCannotLeaveBeforeTheyJoined() {
		long id = create(aProfile());
		long user = aMember("early");
		assertViolation("leftOn", () -> this.accounts.addTeamMember(id, user, TeamRole.ACCOUNT_SUPPORT, null,
				this.today, this.today.minusDays(1), this.manager));
		this.accounts.addTeamMember(id, user, TeamRole.ACCOUNT_SUPPORT, null, this.today, null, this.manager);
		long membership = details(id).currentTeam().get(0).id();
		assertViolation("leftOn",
				() -> this.accounts.endTeamMembership(id, membership, this.today.minusDays(1), this.manager));
		assertThat(details(id).currentTeam()).hasSize(1);
	}

	@Test
	void aSpecialistNeedsASpecialty() {
		long id = create(aProfile());
		long user = aMember("specialist");

		assertViolation("specialty",
				() -> this.accounts.addTeamMember(id, user, TeamRole.SPECIALIST, null, this.today, null, this.manager));
		assertViolation("specialty",
				() -> this.accounts.addTeamMember(id, user, TeamRole.SPECIALIST, "  ", this.today, null, this.manager));
		assertThat(details(id).team()).isEmpty();

		this.accounts.addTeamMember(id, user, TeamRole.SPECIALIST, " Legal ", this.today, null, this.manager);
		assertThat(details(id).team()).singleElement()
			.satisfies((member) -> assertThat(member.specialty()).isEqualTo("Legal"));
	}

	@Test
	void someoneIsOnTheTeamOnceAtATimeAndOnlyIfTheyWorkWithAccounts() {
		long id = create(aProfile());
		long user = aMember("twice");
		this.accounts.addTeamMember(id, user, TeamRole.ACCOUNT_SUPPORT, null, this.today, null, this.manager);
		assertViolation("userId", () -> this.accounts.addTeamMember(id, user, TeamRole.SPECIALIST, "Legal",
				this.today.plusDays(10), null, this.manager));
		long mentorOnly = aViewer(this.testUsers, "mentor", Role.MENTOR).userId();
		assertViolation("userId", () -> this.accounts.addTeamMember(id, mentorOnly, TeamRole.ACCOUNT_SUPPORT, null,
				this.today, null, this.manager));
		assertThat(details(id).team()).hasSize(1);
	}

	// Concurrent edits

	@Test
	void anEditBasedOnAnOldVersionIsRefusedAndChangesNothing() {
		AccountProfile original = aProfile();
		long id = create(original);
		long read = details(id).version();
		this.accounts.update(id, withName(original, original.name() + " first"), null, read, this.manager);
		Viewer director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		long other = aViewer(this.testUsers, "kam2", Role.MANAGER).userId();

		assertThatExceptionOfType(StaleAccountEdit.class).isThrownBy(
				() -> this.accounts.update(id, withName(original, original.name() + " second"), other, read, director));

		AccountDetails details = details(id);
		assertThat(details.profile().name()).isEqualTo(original.name() + " first");
		assertThat(details.ownerId()).isEqualTo(this.manager.userId());
		assertThat(details.version()).isNotEqualTo(read);
		SavedAccount saved = this.accounts.saved(id, director);
		assertThat(saved.profile().name()).isEqualTo(original.name() + " first");
		assertThat(saved.updatedBy()).isEqualTo(this.manager.username());
		assertThat(saved.version()).isEqualTo(details.version());

		this.accounts.update(id, withName(original, original.name() + " second"), null, saved.version(), director);
		assertThat(details(id).profile().name()).isEqualTo(original.name() + " second");
	}

	@Test
	void theProfileIsSavedAsEntered() {
		AccountProfile profile = Accounts.withCompetitors(aProfile(), "Globex", "Initech");
		long id = create(profile);
		assertThat(details(id).profile()).isEqualTo(profile);
	}

	private long create(AccountProfile profile) {
		return this.accounts.create(profile, null, this.manager);
	}

	private AccountDetails details(long id) {
		return this.accounts.details(id, this.manager);
	}

	private void setParent(long id, long parentId) {
		AccountDetails details = details(id);
		this.accounts.update(id, withParent(details.profile(), parentId), null, details.version(), this.manager);
	}

	private void record(long id, int year, String revenue, String costToServe, String categorySpend) {
		this.accounts.recordEconomics(id, year, money(revenue), money(costToServe),
				(categorySpend != null) ? money(categorySpend) : null, null, this.manager);
	}

	private AccountRow row(long id) {
		return this.accounts.list(AccountFilter.none(), AccountSort.NAME, false, 0, this.manager)
			.getContent()
			.stream()
			.filter((row) -> row.id() == id)
			.findFirst()
			.orElseThrow(() -> new AssertionError("account " + id + " is not in the list"));
	}

	private List<Long> ids(AccountFilter filter) {
		return this.accounts.list(filter, AccountSort.NAME, false, 0, this.manager)
			.getContent()
			.stream()
			.map(AccountRow::id)
			.toList();
	}

	private long aMember(String prefix) {
		return aViewer(this.testUsers, prefix, Role.MEMBER).userId();
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	private static void assertViolation(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
		assertThatExceptionOfType(AccountRuleViolation.class).isThrownBy(action)
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo(field));
	}

}
