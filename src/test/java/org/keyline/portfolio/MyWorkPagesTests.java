package org.keyline.portfolio;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.StillData;
import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.people.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page through HTTP: each role's section with its links, empty states, what
 * others' data never shows, and a fixed number of statements per role for a small and a
 * larger amount of data.
 */
@KeylineTest
class MyWorkPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MyWorkService myWork;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	MyWorkFixtures data;

	Viewer manager;

	Viewer member;

	Viewer mentor;

	Viewer director;

	@BeforeEach
	void setUp() {
		this.data = new MyWorkFixtures(this.accounts, this.jdbc);
		this.manager = aViewer(this.users, "mwp-manager", Role.MANAGER);
		this.member = aViewer(this.users, "mwp-member", Role.MEMBER);
		this.mentor = aViewer(this.users, "mwp-mentor", Role.MENTOR);
		this.director = aViewer(this.users, "mwp-director", Role.DIRECTOR);
	}

	/** An account of the manager with one of each alert, the member on its team. */
	private long busyAccount(String prefix) {
		long id = this.data.account(this.manager, prefix);
		this.data.team(id, this.member, this.manager);
		this.data.mentor(id, this.mentor, this.director);
		this.data.review(id, this.mentor, -4);
		long plan = this.data.plan(id, "IN_REVIEW", "Plan of " + prefix);
		this.data.signOffRequested(plan, this.member);
		this.data.action(plan, this.member, "Overdue of " + prefix, -2, "OPEN");
		long contact = this.data.contact(id, "Cold contact of " + prefix);
		this.data.link(id, this.member, contact, "WORKING", 150);
		return id;
	}

	private String page(Viewer viewer) throws Exception {
		return this.mvc.perform(get("/").with(as(this.userDetails, viewer.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void eachRoleSeesItsSectionWithLinksToWhereItIsDealtWith() throws Exception {
		long id = busyAccount("Page");
		long plan = this.jdbc.queryForObject("select id from plan_plan where account_id = ?", Long.class, id);
		long action = this.jdbc.queryForObject("select id from plan_action where plan_id = ?", Long.class, plan);

		String manager = page(this.manager);
		assertThat(manager).contains("id=\"managerWork\"", "As key account manager")
			.doesNotContain("id=\"memberWork\"", "id=\"mentorWork\"", "id=\"directorWork\"", "id=\"adminWork\"")
			.contains("href=\"/accounts/" + id + "/plans/" + plan + "#action-" + action + "\"")
			.contains("href=\"/accounts/" + id + "/links\"")
			.contains("href=\"/accounts/" + id + "/reviews\"")
			.contains("href=\"/accounts/" + id + "/plan\"")
			.contains("href=\"/accounts?owner=" + this.manager.userId() + "\"")
			.contains("1 overdue action<", "Review overdue since", "1 link going cold<");

		String member = page(this.member);
		assertThat(member).contains("id=\"memberWork\"", "Overdue of Page", "Your sign-off is awaited")
			.contains("href=\"/accounts/" + id + "/plans/" + plan + "\"")
			.doesNotContain("id=\"managerWork\"");

		String mentor = page(this.mentor);
		assertThat(mentor).contains("id=\"mentorWork\"", "href=\"/accounts/" + id + "/reviews/new\"",
				"href=\"/accounts/" + id + "/plans/" + plan + "\"", "no comments yet");

		String director = page(this.director);
		assertThat(director).contains("id=\"directorWork\"", "href=\"/portfolio\"", "href=\"/reviews?overdue=true\"",
				"href=\"/grading/overrides\"", "href=\"/accounts?loss=true\"", "All active accounts");

		Viewer admin = aViewer(this.users, "mwp-admin", Role.ADMIN);
		assertThat(page(admin)).contains("id=\"adminWork\"", "href=\"/admin/users\"")
			.doesNotContain("href=\"/accounts\"", "id=\"managerWork\"");
	}

	@Test
	void emptyStatesSayWhatToDoNext() throws Exception {
		assertThat(page(this.manager)).contains("You own no account yet", "No overdue actions — well done.",
				"No strategy review due in the next 30 days.", "No link going cold", "No plan waits for you");
		assertThat(page(this.member)).contains("No open actions for you — well done.",
				"No plan waits for your sign-off.", "You are on no account team today.");
		assertThat(page(this.mentor)).contains("You mentor no account yet.");
		Viewer nobody = aViewer(this.users, "mwp-nobody");
		assertThat(page(nobody)).contains("You hold no role yet");
	}

	@Test
	void othersDataNeverShows() throws Exception {
		Viewer stranger = aViewer(this.users, "mwp-stranger", Role.MANAGER, Role.MEMBER, Role.MENTOR);
		busyAccount("Secret");
		String page = page(stranger);
		assertThat(page).doesNotContain("Secret", "Cold contact of");
	}

	@Test
	void eachRoleRunsAFixedNumberOfStatementsWhateverTheData() throws Exception {
		busyAccount("Small");
		int[] small = counts();
		for (int i = 0; i < 14; i++) {
			busyAccount("Large " + i);
		}
		int[] large = counts();
		// The service computes (its statements and the data version before and after),
		// the
		// page that follows reuses what it computed (the data version only).
		assertThat(small).containsExactly(7, 5, 5, 4, 3, 1, 1, 1, 1, 1);
		assertThat(large).isEqualTo(small);

		MyWork.Manager m = this.myWork.of(this.manager).manager();
		assertThat(m.accounts().rows()).hasSize(MyWorkService.LIMIT);
		assertThat(m.accounts().total()).isEqualTo(15);
		assertThat(m.overdueActions().total()).isEqualTo(15);
		assertThat(m.coldLinks().total()).isEqualTo(15);
		assertThat(m.reviewsDue().total()).isEqualTo(15);
		assertThat(m.plans().total()).isEqualTo(15);
		assertThat(page(this.manager)).contains("See all (15)", "… and 5 more.");
	}

	/**
	 * Statements of the service, then of the page, for manager, member, mentor, director,
	 * admin.
	 */
	private int[] counts() {
		// What is kept is kept for the minute and the data version: counted again if
		// either moved meanwhile (listeners of the accounts just created still grading).
		return StillData.measure(this.jdbc, () -> {
			try {
				return countOnce();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private int[] countOnce() throws Exception {
		Viewer admin = aViewer(this.users, "mwp-admin", Role.ADMIN);
		Viewer[] viewers = { this.manager, this.member, this.mentor, this.director, admin };
		int[] counts = new int[10];
		for (int i = 0; i < viewers.length; i++) {
			Viewer viewer = viewers[i];
			counts[i] = this.statements.count(() -> this.myWork.of(viewer));
			var user = as(this.userDetails, viewer.username());
			counts[5 + i] = this.statements
				.count(() -> this.mvc.perform(get("/").with(user)).andExpect(status().isOk()));
		}
		return counts;
	}

}
