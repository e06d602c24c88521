package org.keyline.plan;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.people.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV exports of plans: one plan, every plan of an account, the open plans of every
 * account of the list. One row per action with its strategy and objective, and a row for
 * each objective without strategies and strategy without actions; who may download what;
 * a plan of another account in the URL; the injection guard; a fixed number of
 * statements.
 */
@KeylineTest
class PlanExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlanManagement plans;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	Clock clock;

	LocalDate today;

	int year;

	String token;

	Viewer owner;

	Viewer member;

	Viewer mentor;

	Viewer director;

	Viewer stranger;

	Viewer admin;

	long account;

	long plan;

	long closedPlan;

	long foreign;

	long foreignPlan;

	@BeforeEach
	void plans() {
		this.today = LocalDate.now(this.clock);
		this.year = this.today.getYear();
		this.token = Accounts.uniqueName("Px").replace(" ", "");
		this.owner = Accounts.aViewer(this.testUsers, "pxowner", Role.MANAGER);
		this.director = Accounts.aViewer(this.testUsers, "pxdirector", Role.DIRECTOR);
		this.mentor = Accounts.aViewer(this.testUsers, "pxmentor", Role.MENTOR);
		this.stranger = Accounts.aViewer(this.testUsers, "pxstranger", Role.MANAGER);
		this.admin = Accounts.aViewer(this.testUsers, "pxadmin", Role.ADMIN);
		this.account = this.accounts.create(Accounts.aProfile("Plan " + this.token + " GmbH"), null, this.owner);
		this.accounts.assignMentor(this.account, this.mentor.userId(), this.director);
		this.member = Plans.joins(this.accounts, this.testUsers, this.account, this.director, this.today);
		this.closedPlan = closedPlan(this.account, "Old plan");
		this.plan = this.plans.start(this.account, "Growth " + this.token, this.year, 3, this.owner);
		long grow = this.plans.addObjective(this.account, this.plan,
				Plans.anObjective("=1+2 revenue", "100", "250.50", LocalDate.of(this.year + 1, 12, 31)), this.owner);
		long visits = this.plans.addStrategy(this.account, this.plan, grow, "Visit every plant, twice a year",
				this.owner);
		this.plans.addAction(this.account, this.plan, visits,
				Plans.anAction("Send the offer", this.member.userId(), this.today.plusMonths(2)), this.owner);
		this.plans.addAction(this.account, this.plan, visits,
				Plans.anAction("Meet the buyer", this.owner.userId(), this.today.plusMonths(1)), this.owner);
		this.plans.addStrategy(this.account, this.plan, grow, "Strategy without actions", this.owner);
		this.plans.addObjective(this.account, this.plan,
				Plans.anObjective("Objective without strategies", "10", "20", LocalDate.of(this.year + 2, 6, 30)),
				this.owner);
		this.foreign = this.accounts.create(Accounts.aProfile("Foreign " + this.token), null, this.stranger);
		this.foreignPlan = this.plans.start(this.foreign, "Hidden plan", this.year, 3, this.stranger);
	}

	@Test
	void onePlanOneRowPerActionWithItsStrategyAndObjective() throws Exception {
		MockHttpServletResponse response = download(planUrl(this.account, this.plan), this.owner);
		assertThat(response.getHeader("Content-Disposition")).isEqualTo(
				"attachment; filename=\"plan-plan-" + this.token.toLowerCase() + "-gmbh-" + this.today + ".csv\"");
		List<CSVRecord> rows = parse(response);
		assertThat(rows.get(0).values()).containsExactly("Account", "Plan", "Fiscal years", "Plan status", "Version",
				"Objective no.", "Objective", "Metric", "Unit", "Baseline", "Target", "Target date", "Latest value",
				"Latest measured on", "Strategy no.", "Strategy", "Action", "Action owner", "Due", "Action status",
				"Done on");
		assertThat(rows).hasSize(5);
		CSVRecord first = rows.get(1);
		assertThat(first.values()).containsExactly("Plan " + this.token + " GmbH", "Growth " + this.token,
				this.year + "–" + (this.year + 2), "Draft", "1", "1", "'=1+2 revenue", "Revenue", "kEUR", "100.00",
				"250.50", (this.year + 1) + "-12-31", "", "", "1.1", "Visit every plant, twice a year",
				"Meet the buyer", "Test " + this.owner.username(), this.today.plusMonths(1).toString(), "Open", "");
		// Actions by due date, then the strategy without actions, then the objective
		// without strategies.
		assertThat(rows.get(2).get(16)).isEqualTo("Send the offer");
		assertThat(rows.get(2).get(17)).isEqualTo("Test " + this.member.username());
		assertThat(rows.get(3).get(14)).isEqualTo("1.2");
		assertThat(rows.get(3).get(15)).isEqualTo("Strategy without actions");
		assertThat(rows.get(3).get(16)).isEmpty();
		assertThat(rows.get(4).get(5)).isEqualTo("2");
		assertThat(rows.get(4).get(6)).isEqualTo("Objective without strategies");
		assertThat(rows.get(4).get(14)).isEmpty();
		assertThat(rows.get(4).get(15)).isEmpty();
	}

	@Test
	void everyPlanOfAnAccountTheOpenOneFirst() throws Exception {
		List<CSVRecord> rows = parse(download("/accounts/" + this.account + "/plans.csv", this.mentor));
		assertThat(rows).extracting((r) -> r.get(1))
			.containsExactly("Plan", "Growth " + this.token, "Growth " + this.token, "Growth " + this.token,
					"Growth " + this.token, "Old plan");
		CSVRecord closed = rows.get(5);
		assertThat(closed.get(3)).isEqualTo("Closed");
		assertThat(closed.get(5)).isEmpty();
		assertThat(parse(download(planUrl(this.account, this.closedPlan), this.mentor))).hasSize(2);
	}

	@Test
	void whoMayDownloadAnAccountsPlans() throws Exception {
		for (String url : List.of(planUrl(this.account, this.plan), "/accounts/" + this.account + "/plans.csv")) {
			for (Viewer allowed : List.of(this.director, this.owner, this.member, this.mentor)) {
				assertThat(parse(download(url, allowed))).hasSizeGreaterThan(4);
			}
			expect(url, this.stranger, 404);
			expect(url, this.admin, 403);
		}
		// Someone else's account, and someone else's plan under one's own account.
		expect(planUrl(this.foreign, this.foreignPlan), this.owner, 404);
		expect("/accounts/" + this.foreign + "/plans.csv", this.owner, 404);
		expect(planUrl(this.account, this.foreignPlan), this.owner, 404);
		expect(planUrl(this.account, 999999999L), this.owner, 404);
		assertThat(parse(download(planUrl(this.foreign, this.foreignPlan), this.director))).hasSize(2);
	}

	@Test
	void theOpenPlansOfEveryAccountOfTheList() throws Exception {
		String url = "/accounts/plans.csv?q=" + this.token;
		for (Viewer mine : List.of(this.owner, this.member, this.mentor)) {
			List<CSVRecord> rows = parse(download(url, mine));
			// The open plan only: closed plans are in the account's own export.
			assertThat(rows).hasSize(5);
			assertThat(rows.subList(1, rows.size())).extracting((r) -> r.get(1)).containsOnly("Growth " + this.token);
		}
		assertThat(parse(download(url, this.director))).extracting((r) -> r.get(1))
			.containsExactly("Plan", "Hidden plan", "Growth " + this.token, "Growth " + this.token,
					"Growth " + this.token, "Growth " + this.token);
		assertThat(parse(download(url + "&owner=" + this.owner.userId(), this.director))).hasSize(5);
		assertThat(parse(download(url, this.stranger))).extracting((r) -> r.get(1))
			.containsExactly("Plan", "Hidden plan");
		expect(url, this.admin, 403);
		assertThat(download(url, this.owner).getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"plans-" + this.today + ".csv\"");
	}

	@Test
	void aFixedNumberOfStatementsWhateverThePlanHolds() throws Exception {
		RequestPostProcessor owner = as(this.userDetails, this.owner.username());
		String one = planUrl(this.account, this.plan);
		String all = "/accounts/" + this.account + "/plans.csv";
		String list = "/accounts/plans.csv?q=" + this.token;
		int[] small = { this.statements.count(() -> download(one, owner)),
				this.statements.count(() -> download(all, owner)), this.statements.count(() -> download(list, owner)) };
		for (int o = 0; o < 8; o++) {
			long objective = this.plans.addObjective(this.account, this.plan,
					Plans.anObjective("Objective " + o, "1", "2", LocalDate.of(this.year + 1, 12, 31)), this.owner);
			long strategy = this.plans.addStrategy(this.account, this.plan, objective, "Strategy " + o, this.owner);
			for (int a = 0; a < 5; a++) {
				this.plans.addAction(this.account, this.plan, strategy,
						Plans.anAction("Action " + o + "." + a, this.owner.userId(), this.today.plusDays(a + 1)),
						this.owner);
			}
		}
		int[] large = { this.statements.count(() -> assertThat(parse(download(one, owner))).hasSize(45)),
				this.statements.count(() -> download(all, owner)), this.statements.count(() -> download(list, owner)) };
		// Two for the account and its access and one for the rows; one across accounts.
		assertThat(small).containsExactly(3, 3, 1);
		assertThat(large).containsExactly(3, 3, 1);
	}

	@Test
	void thePlanPagesLinkToTheirExports() throws Exception {
		assertThat(page("/accounts/" + this.account + "/plans/" + this.plan, this.mentor)).contains("id=\"exportPlan\"")
			.contains(planUrl(this.account, this.plan));
		assertThat(page("/accounts/" + this.account + "/plans", this.mentor)).contains("id=\"exportPlans\"")
			.contains("/accounts/" + this.account + "/plans.csv");
	}

	private long closedPlan(long accountId, String title) {
		return this.jdbc.queryForObject("""
				insert into plan_plan (account_id, title, horizon_from, horizon_to, status, created_at, created_by,
				    updated_at, updated_by, closed_at)
				values (?, ?, 2020, 2022, 'CLOSED', now() - interval '2 years', 'test', now(), 'test', now())
				returning id""", Long.class, accountId, title);
	}

	private static String planUrl(long accountId, long planId) {
		return "/accounts/" + accountId + "/plans/" + planId + "/export.csv";
	}

	private String page(String url, Viewer viewer) throws Exception {
		return this.mvc.perform(get(url).with(as(this.userDetails, viewer.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void expect(String url, Viewer viewer, int expected) throws Exception {
		this.mvc.perform(get(url).with(as(this.userDetails, viewer.username()))).andExpect(status().is(expected));
	}

	private MockHttpServletResponse download(String url, Viewer viewer) throws Exception {
		return download(url, as(this.userDetails, viewer.username()));
	}

	private MockHttpServletResponse download(String url, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static List<CSVRecord> parse(MockHttpServletResponse response) throws Exception {
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.parse(new StringReader(body.substring(1))).getRecords();
	}

}
