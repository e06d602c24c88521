package org.keyline.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.people.UserSummary;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aSubsidiaryOf;
import static org.keyline.account.Accounts.aViewer;

/**
 * The account list and the account page read a fixed number of SQL statements, whatever
 * the amount of data (no N+1).
 */
@KeylineTest
class AccountStatementsTests {

	/** Count of the visible rows and one page of them. */
	private static final int LIST_STATEMENTS_AT_MOST = 2;

	/**
	 * The account page's own part: the account with what the viewer may do, the names,
	 * competitors, years, team, mentors and group, in one statement.
	 */
	private static final int DETAILS_STATEMENTS_AT_MOST = 1;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	StatementCounter statements;

	@Autowired
	AccountPages pages;

	@Autowired
	List<AccountPageSection> sections;

	@Autowired
	Clock clock;

	@Test
	void theListRunsTheSameStatementsForThreeAccountsAsForForty() {
		Viewer manager = aViewer(this.testUsers, "kam", Role.MANAGER);
		for (int i = 0; i < 3; i++) {
			withEconomics(this.accounts.create(aProfile(), null, manager), manager);
		}
		int[] shown = new int[1];
		int forThree = this.statements.count(() -> shown[0] = list(manager));
		assertThat(shown[0]).isEqualTo(3);

		for (int i = 0; i < 37; i++) {
			withEconomics(this.accounts.create(aProfile(), null, manager), manager);
		}
		int forForty = this.statements.count(() -> shown[0] = list(manager));
		assertThat(shown[0]).isEqualTo(AccountQueries.PAGE_SIZE);

		System.out.printf("Account list statements: 3 accounts %d, 40 accounts %d%n", forThree, forForty);
		assertThat(forForty).isEqualTo(forThree);
		assertThat(forForty).isLessThanOrEqualTo(LIST_STATEMENTS_AT_MOST);
	}

	@Test
	void theAccountPageRunsTheSameStatementsWhateverItShows() {
		Viewer manager = aViewer(this.testUsers, "kam", Role.MANAGER);
		Viewer director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		LocalDate today = LocalDate.now(this.clock);

		long small = this.accounts.create(aProfile(), null, manager);
		this.accounts.recordEconomics(small, 2025, money(100), money(50), null, null, manager);
		this.accounts.addTeamMember(small, member(), TeamRole.ACCOUNT_SUPPORT, null, today, null, manager);

		long large = this.accounts.create(Accounts.withCompetitors(aProfile(), "Globex", "Initech", "Umbrella"), null,
				manager);
		for (int year = 2020; year <= 2025; year++) {
			this.accounts.recordEconomics(large, year, money(1000 + year), money(500), money(10000), null, manager);
		}
		this.accounts.addTeamMember(large, member(), TeamRole.EXECUTIVE_SPONSOR, null, today, null, manager);
		this.accounts.addTeamMember(large, member(), TeamRole.SPECIALIST, "Legal", today, null, manager);
		this.accounts.addTeamMember(large, member(), TeamRole.ACCOUNT_DEVELOPMENT, null, today, null, manager);
		this.accounts.addTeamMember(large, member(), TeamRole.ACCOUNT_SUPPORT, null, today, null, manager);
		this.accounts.addTeamMember(large, member(), TeamRole.ACCOUNT_SUPPORT, null, today.minusYears(1),
				today.minusDays(1), manager);
		this.accounts.assignMentor(large, mentor(), director);
		this.accounts.assignMentor(large, mentor(), director);
		for (int i = 0; i < 2; i++) {
			long subsidiary = this.accounts.create(aSubsidiaryOf(large), null, manager);
			this.accounts.recordEconomics(subsidiary, 2025, money(10), money(5), null, null, manager);
		}

		AccountDetails[] shown = new AccountDetails[1];
		int forSmall = this.statements.count(() -> shown[0] = this.accounts.details(small, manager));
		assertThat(shown[0].economics()).hasSize(1);
		assertThat(shown[0].team()).hasSize(1);
		assertThat(shown[0].profile().competitors()).isEmpty();
		assertThat(shown[0].mentors()).isEmpty();
		assertThat(shown[0].subsidiaries()).isEmpty();

		int forLarge = this.statements.count(() -> shown[0] = this.accounts.details(large, manager));
		assertThat(shown[0].economics()).hasSize(6);
		assertThat(shown[0].team()).hasSize(5);
		assertThat(shown[0].profile().competitors()).hasSize(3);
		assertThat(shown[0].mentors()).hasSize(2);
		assertThat(shown[0].subsidiaries()).hasSize(2);

		System.out.printf("Account page statements: small %d, large %d%n", forSmall, forLarge);
		assertThat(forLarge).isEqualTo(forSmall);
		assertThat(forLarge).isLessThanOrEqualTo(DETAILS_STATEMENTS_AT_MOST);
	}

	@Test
	void theWholeAccountPageReadsInOneTransaction() {
		Viewer manager = aViewer(this.testUsers, "kampage", Role.MANAGER);
		long id = this.accounts.create(aProfile(), null, manager);
		this.accounts.recordEconomics(id, 2025, money(100), money(50), null, null, manager);
		String both = this.testUsers.create("memberandmanager", Role.MEMBER, Role.MANAGER);

		AccountPage[] page = new AccountPage[1];
		int statements = this.statements.count(() -> page[0] = this.pages.read(id, manager));

		assertThat(page[0].sections()).hasSize(this.sections.size());
		assertThat(page[0].sections()).allSatisfy((section) -> assertThat(section.model()).isNotNull());
		assertThat(page[0].teamCandidates()).filteredOn((user) -> user.username().equals(both)).hasSize(1);
		assertThat(page[0].teamCandidates()).extracting(UserSummary::displayName).isSorted();
		assertThat(page[0].mentorCandidates()).isEmpty();
		System.out.printf("Account page with its sections: %d statements, %d transaction(s)%n", statements,
				this.statements.transactions());
		assertThat(this.statements.transactions()).isEqualTo(1);
	}

	private int list(Viewer viewer) {
		return this.accounts.list(AccountFilter.none(), AccountSort.REVENUE, true, 0, viewer).getNumberOfElements();
	}

	private void withEconomics(long id, Viewer viewer) {
		this.accounts.recordEconomics(id, 2025, money(id % 1000), money(1), money(5000), null, viewer);
	}

	private long member() {
		return aViewer(this.testUsers, "member", Role.MEMBER).userId();
	}

	private long mentor() {
		return aViewer(this.testUsers, "mentor", Role.MENTOR).userId();
	}

	private static BigDecimal money(long amount) {
		return BigDecimal.valueOf(amount);
	}

}
