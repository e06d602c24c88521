package org.keyline.account.demo;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountDetails;
import org.keyline.account.AccountFilter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRow;
import org.keyline.account.AccountSort;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Signed in as a demo user, you see the demo accounts the access rules give you.
 */
@KeylineTest
class AccountDemoDataTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachDemoAccountAndItsYearsWereLastChangedByItsOwner() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from account_account a
				join people_user u on u.id = a.owner_id and u.username = a.updated_by""", Integer.class))
			.isGreaterThan(50);
		assertThat(this.jdbc.queryForObject("select count(*) from account_account where updated_by = 'demo'",
				Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from account_economics where updated_by = 'demo'",
				Integer.class))
			.isZero();
	}

	@Test
	void theDemoTeamMemberSeesTheAccountsWhoseTeamTheyAreOnNow() {
		assertThat(names(viewer("member", Role.MEMBER), AccountFilter.none())).containsExactly("Castellan Pharma AG",
				"Ferrante Costruzioni S.p.A.", "Kallberg Telecom AB", "Nordhafen Logistics AG");
	}

	@Test
	void theDemoMentorSeesTheAccountsTheyMentor() {
		assertThat(names(viewer("mentor", Role.MENTOR), AccountFilter.none())).containsExactly("Banco Alvarado S.A.",
				"Castellan Pharma AG", "Desert Crest Energy Company", "Takumi Precision Co., Ltd.");
	}

	@Test
	void theDemoManagerOwnsADozenAccountsOneOfThemLosingMoney() {
		Viewer manager = viewer("manager", Role.MANAGER);
		assertThat(this.accounts
			.list(new AccountFilter(null, null, null, null, manager.userId(), false, false), AccountSort.NAME, false, 0,
					manager)
			.getTotalElements()).isGreaterThanOrEqualTo(12);
		assertThat(names(manager, new AccountFilter(null, null, null, null, manager.userId(), true, false)))
			.contains("Castellan Pharma AG");
	}

	@Test
	void theDirectorSeesTheLossMakingAndArchivedAccounts() {
		Viewer director = viewer("director", Role.DIRECTOR);
		assertThat(names(director, new AccountFilter(null, null, null, null, null, true, false))).contains(
				"Castellan Pharma AG", "Kallberg Telecom AB", "Desert Crest Energy Company",
				"Daebong Electronics Co., Ltd.");
		assertThat(names(director, new AccountFilter(null, null, null, null, null, false, true)))
			.contains("Ostrander Media AB", "Cerámica Levante S.A.");
	}

	@Test
	void theManagerSeesTheHalvorsenGroupButNotTheSubsidiaryAnotherManagerOwns() {
		Viewer manager = viewer("manager", Role.MANAGER);
		AccountRow group = this.accounts
			.list(new AccountFilter("Halvorsen Group", null, null, null, null, false, false), AccountSort.NAME, false,
					0, manager)
			.getContent()
			.get(0);
		AccountDetails details = this.accounts.details(group.id(), manager);
		assertThat(details.subsidiaries()).extracting("name", "depth", "visible")
			.containsExactlyInAnyOrder(tuple("Halvorsen Energy AS", 1, false), tuple("Halvorsen Seafood AS", 1, true),
					tuple("Halvorsen Shipping AS", 1, true), tuple("Halvorsen Port Services AB", 2, true));
		assertThat(details.economics()).hasSize(5);
	}

	private List<String> names(Viewer viewer, AccountFilter filter) {
		return this.accounts.list(filter, AccountSort.NAME, false, 0, viewer)
			.getContent()
			.stream()
			.map(AccountRow::name)
			.toList();
	}

	private Viewer viewer(String username, Role role) {
		return new Viewer(this.users.idOf(username), username, EnumSet.of(role));
	}

}
