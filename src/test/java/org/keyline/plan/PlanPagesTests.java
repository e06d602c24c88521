package org.keyline.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan pages through HTTP: every page renders, who may do what (including a mentor
 * refused on every write and someone else's account id), bad input and stale edits
 * explained next to the field, and the fixed number of statements of the plan page.
 */
@KeylineTest
class PlanPagesTests {

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
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	LocalDate today;

	Viewer owner;

	Viewer member;

	Viewer mentor;

	Viewer director;

	Viewer stranger;

	long accountId;

	long planId;

	long objectiveId;

	long strategyId;

	long actionId;

	@BeforeEach
	void setUp() {
		this.today = LocalDate.now(this.clock);
		this.owner = aViewer(this.testUsers, "owner", Role.MANAGER);
		this.member = aViewer(this.testUsers, "member", Role.MEMBER);
		this.mentor = aViewer(this.testUsers, "mentor", Role.MENTOR);
		this.director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		this.stranger = aViewer(this.testUsers, "stranger", Role.MANAGER);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.accounts.addTeamMember(this.accountId, this.member.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusDays(10), null, this.owner);
		this.accounts.assignMentor(this.accountId, this.mentor.userId(), this.director);
		this.planId = this.plans.start(this.accountId, "Growth plan", this.today.getYear(), 4, this.owner);
		this.objectiveId = this.plans.addObjective(this.accountId, this.planId, objective("Share of wallet"),
				this.owner);
		this.strategyId = this.plans.addStrategy(this.accountId, this.planId, this.objectiveId,
				"Meet the CIO's staff every quarter", this.owner);
		this.actionId = this.plans.addAction(this.accountId, this.planId, this.strategyId,
				new ActionInput("Book the first architecture day", this.member.userId(), this.today.plusDays(20)),
				this.owner);
	}

	@Test
	void everyPageOfThePlanRendersForItsOwner() throws Exception {
		RequestPostProcessor owner = as(this.owner);
		this.mvc.perform(get("/accounts/" + this.accountId + "/plan").with(owner)).andExpect(redirectedUrl(plan()));
		this.mvc.perform(get("/accounts/" + this.accountId + "/plans").with(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Growth plan")));
		this.mvc.perform(get(plan()).with(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Share of wallet")))
			.andExpect(content().string(containsString("Book the first architecture day")))
			.andExpect(content().string(containsString("id=\"submitPlan\"")));
		for (String page : new String[] { "/edit", "/objectives/new", "/objectives/" + this.objectiveId + "/edit",
				"/objectives/" + this.objectiveId + "/measurements/new",
				"/objectives/" + this.objectiveId + "/strategies/new", "/strategies/" + this.strategyId + "/edit",
				"/strategies/" + this.strategyId + "/actions/new", "/actions/" + this.actionId + "/edit",
				"/compare" }) {
			this.mvc.perform(get(plan() + page).with(owner)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/accounts/" + this.accountId).with(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"openPlanLink\"")));
	}

	@Test
	void theAccountPageCountsOneObjectiveAndOneSignOffInTheSingular() throws Exception {
		this.plans.submit(this.accountId, this.planId, this.owner);
		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">1 objective<")))
			.andExpect(content().string(containsString(">1 sign-off awaited<")));
	}

	@Test
	void theMentorReadsThePlanAndIsRefusedEveryChange() throws Exception {
		RequestPostProcessor mentor = as(this.mentor);
		this.mvc.perform(get(plan()).with(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Share of wallet")))
			.andExpect(content().string(not(containsString("id=\"submitPlan\""))))
			.andExpect(content().string(not(containsString("id=\"addObjective\""))));
		for (MockHttpServletRequestBuilder write : writes()) {
			this.mvc.perform(write.with(mentor).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/accounts/" + this.accountId + "/plans").param("title", "Mine")
				.param("horizonFrom", String.valueOf(this.today.getYear()))
				.param("years", "3")
				.with(mentor)
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertUnchanged();
	}

	@Test
	void someoneElsesAccountIdInTheUrlIsNotFound() throws Exception {
		RequestPostProcessor stranger = as(this.stranger);
		this.mvc.perform(get(plan()).with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get("/accounts/" + this.accountId + "/plans").with(stranger)).andExpect(status().isNotFound());
		for (MockHttpServletRequestBuilder write : writes()) {
			this.mvc.perform(write.with(stranger).with(csrf())).andExpect(status().isNotFound());
		}
		// A plan of another account under this account's id.
		Viewer otherOwner = aViewer(this.testUsers, "owner2", Role.MANAGER);
		long other = this.accounts.create(aProfile(), null, otherOwner);
		this.mvc.perform(get("/accounts/" + other + "/plans/" + this.planId).with(as(otherOwner)))
			.andExpect(status().isNotFound());
		assertUnchanged();
	}

	@Test
	void aTeamMemberMeasuresAndMovesTheirActionButDoesNotShapeThePlan() throws Exception {
		RequestPostProcessor member = as(this.member);
		this.mvc
			.perform(post(plan() + "/objectives/" + this.objectiveId + "/measurements").param("value", "24")
				.param("on", this.today.toString())
				.with(member)
				.with(csrf()))
			.andExpect(redirectedUrl(plan() + "#objective-" + this.objectiveId));
		this.mvc
			.perform(post(plan() + "/actions/" + this.actionId + "/status").param("status", "IN_PROGRESS")
				.with(member)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(plan() + "/objectives").param("title", "x").with(member).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(plan() + "/submit").with(member).with(csrf())).andExpect(status().isForbidden());
		PlanView view = this.plans.plan(this.accountId, this.planId, this.member);
		assertThat(view.objectives().get(0).latestValue()).isEqualByComparingTo("24");
		assertThat(view.objectives().get(0).progress()).isEqualTo(20);
		this.mvc.perform(get(plan()).with(member))
			.andExpect(content().string(containsString("latest measurement in %: 24 on " + this.today)))
			.andExpect(content().string(containsString("Last changed by Test " + this.owner.username() + " on ")));
		assertThat(view.objectives().get(0).actions().get(0).status()).isEqualTo(ActionStatus.IN_PROGRESS);
	}

	@Test
	void anActionStatusSentWithoutAStatusIsExplainedNotAServerError() throws Exception {
		// found by the hostile-input suite: the refusal used to escape the page as a 500
		this.mvc.perform(post(plan() + "/actions/" + this.actionId + "/status").with(as(this.owner)).with(csrf()))
			.andExpect(redirectedUrl(plan() + "#action-" + this.actionId))
			.andExpect(flash().attribute("flashError", "action.status.required"));
		PlanView view = this.plans.plan(this.accountId, this.planId, this.owner);
		assertThat(view.objectives().get(0).actions().get(0).status()).isEqualTo(ActionStatus.OPEN);
	}

	@Test
	void theWholeLifeThroughThePages() throws Exception {
		this.mvc.perform(post(plan() + "/submit").with(as(this.owner)).with(csrf()))
			.andExpect(redirectedUrl(plan()))
			.andExpect(flash().attribute("flash", "plan.submitted"));
		this.mvc.perform(get(plan()).with(as(this.member)))
			.andExpect(content().string(containsString("id=\"signPlan\"")));
		this.mvc.perform(post(plan() + "/sign").with(as(this.member)).with(csrf()))
			.andExpect(flash().attribute("flash", "plan.signed"));
		assertThat(this.plans.plan(this.accountId, this.planId, this.owner).status()).isEqualTo(PlanStatus.AGREED);
		this.mvc.perform(post(plan() + "/activate").with(as(this.owner)).with(csrf()))
			.andExpect(flash().attribute("flash", "plan.activated"));
		// Changing an objective of the active plan starts version 2.
		this.mvc
			.perform(post(plan() + "/objectives/" + this.objectiveId).param("title", "Share of wallet")
				.param("metric", "Share of wallet")
				.param("unit", "%")
				.param("baseline", "18")
				.param("target", "40")
				.param("targetOn", LocalDate.of(this.today.getYear() + 3, 12, 31).toString())
				.param("version", String.valueOf(objectiveVersion()))
				.with(as(this.owner))
				.with(csrf()))
			.andExpect(flash().attribute("flash", "objective.saved.newVersion"));
		PlanView v2 = this.plans.plan(this.accountId, this.planId, this.owner);
		assertThat(v2.versionNo()).isEqualTo(2);
		assertThat(v2.status()).isEqualTo(PlanStatus.DRAFT);
		this.mvc.perform(get(plan() + "/compare").with(as(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed")))
			.andExpect(content().string(containsString("40")));
		// A state change that no longer applies is explained on the plan.
		this.mvc.perform(post(plan() + "/activate").with(as(this.owner)).with(csrf()))
			.andExpect(redirectedUrl(plan()))
			.andExpect(flash().attribute("flashError", "plan.activate.notAgreed"));
	}

	@Test
	void aDirectorAgreesWithAReasonWrittenNextToTheField() throws Exception {
		this.plans.submit(this.accountId, this.planId, this.owner);
		this.mvc.perform(get(plan() + "/override").with(as(this.owner))).andExpect(status().isForbidden());
		this.mvc.perform(get(plan() + "/override").with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has not signed yet")));
		this.mvc.perform(post(plan() + "/override").param("text", "short").with(as(this.director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least 10 characters")));
		assertThat(this.plans.plan(this.accountId, this.planId, this.owner).status()).isEqualTo(PlanStatus.IN_REVIEW);
		this.mvc
			.perform(post(plan() + "/override").param("text", "Member is on leave until March")
				.with(as(this.director))
				.with(csrf()))
			.andExpect(flash().attribute("flash", "plan.overridden"));
		this.mvc.perform(get(plan()).with(as(this.member)))
			.andExpect(content().string(containsString("Member is on leave until March")));
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndChangesNothing() throws Exception {
		this.mvc
			.perform(post(plan() + "/objectives").param("title", " ")
				.param("metric", "NPS")
				.param("baseline", "abc")
				.param("target", "40")
				.param("targetOn", "2099-01-01")
				.with(as(this.owner))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number")))
			.andExpect(content().string(containsString("value=\"NPS\"")));
		this.mvc
			.perform(post(plan() + "/objectives").param("title", " ")
				.param("metric", "NPS")
				.param("baseline", "10")
				.param("target", "40")
				.param("targetOn", "2099-01-01")
				.with(as(this.owner))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name the objective")));
		this.mvc
			.perform(post(plan() + "/objectives").param("title", "<script>alert(1)</script>")
				.param("metric", "NPS")
				.param("baseline", "10")
				.param("target", "40")
				.param("targetOn", "2099-01-01")
				.with(as(this.owner))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("within the plan&#39;s fiscal years")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		this.mvc.perform(post(plan() + "/submit").with(as(this.owner))).andExpect(status().isForbidden());
		assertUnchanged();
	}

	@Test
	void aStaleObjectiveEditShowsTheOtherChangeAndKeepsWhatWasTyped() throws Exception {
		long before = objectiveVersion();
		this.plans.updateObjective(
				this.accountId, this.planId, this.objectiveId, new ObjectiveInput("Share of wallet", "Share of wallet",
						"%", new BigDecimal("18"), new BigDecimal("45"), LocalDate.of(this.today.getYear() + 2, 6, 30)),
				before, this.director);
		this.mvc
			.perform(post(plan() + "/objectives/" + this.objectiveId).param("title", "Share of wallet")
				.param("metric", "Share of wallet")
				.param("unit", "%")
				.param("baseline", "18")
				.param("target", "38")
				.param("targetOn", LocalDate.of(this.today.getYear() + 3, 12, 31).toString())
				.param("version", String.valueOf(before))
				.with(as(this.owner))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.director.username())))
			.andExpect(content().string(containsString("value=\"38\"")))
			.andExpect(content().string(containsString("45")));
		assertThat(this.plans.plan(this.accountId, this.planId, this.owner).objectives().get(0).target())
			.isEqualByComparingTo("45");
	}

	@Test
	void thePlanPageRunsTheSameStatementsForTenObjectivesAHundredActionsAndFiftyComments() throws Exception {
		Viewer bigOwner = aViewer(this.testUsers, "bigowner", Role.MANAGER);
		long big = this.accounts.create(aProfile(), null, bigOwner);
		this.accounts.addTeamMember(big, this.member.userId(), TeamRole.ACCOUNT_SUPPORT, null, this.today.minusDays(10),
				null, bigOwner);
		long bigPlan = this.plans.start(big, "Big plan", this.today.getYear(), 4, bigOwner);
		for (int o = 0; o < 10; o++) {
			long objective = this.plans.addObjective(big, bigPlan, objective("Objective " + o), bigOwner);
			for (int s = 0; s < 2; s++) {
				long strategy = this.plans.addStrategy(big, bigPlan, objective, "Strategy " + o + "." + s, bigOwner);
				for (int a = 0; a < 5; a++) {
					this.plans.addAction(big, bigPlan, strategy, new ActionInput("Action " + o + "." + s + "." + a,
							this.member.userId(), this.today.plusDays(a * 10L - 15)), bigOwner);
				}
			}
		}
		this.jdbc.update("""
				insert into plan_comment (plan_id, objective_id, objective_title, body, author_id, created_at)
				select ?, case when n % 5 = 0 then null else o.id end, o.title, 'Bulk comment ' || n, ?,
				    now() - n * interval '1 minute'
				from generate_series(1, 50) n
				join plan_objective o on o.plan_id = ? and o.position = 1 + n % 10""", bigPlan, bigOwner.userId(),
				bigPlan);
		String[] shown = new String[1];
		int small = this.statements.count(() -> shown[0] = page(plan(), this.owner));
		int large = this.statements.count(() -> shown[0] = page("/accounts/" + big + "/plans/" + bigPlan, bigOwner));
		assertThat(shown[0]).contains("Action 9.1.4").contains("Objective 9");
		assertThat(PlanPagesTests.count(shown[0], "id=\"action-")).isEqualTo(100);
		assertThat(PlanPagesTests.count(shown[0], "Bulk comment ")).isEqualTo(50);
		System.out.printf(
				"Plan page statements: 1 objective/1 action/no comment %d, 10 objectives/100 actions/50 comments %d%n",
				small, large);
		// The same twelve whatever the plan holds: among them the account, the plan, its
		// objectives, strategies, actions, sign-offs and earlier versions, the comments
		// and
		// the vision, one statement each.
		assertThat(large).isEqualTo(small).isEqualTo(12);
	}

	private String page(String url, Viewer viewer) throws Exception {
		return this.mvc.perform(get(url).with(as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder[] writes() {
		String p = plan();
		return new MockHttpServletRequestBuilder[] {
				post(p).param("title", "Renamed").param("horizonFrom", "2026").param("years", "3"),
				post(p + "/objectives").param("title", "New")
					.param("metric", "M")
					.param("baseline", "1")
					.param("target", "2")
					.param("targetOn", this.today.plusYears(1).toString()),
				post(p + "/objectives/" + this.objectiveId).param("title", "Renamed")
					.param("metric", "M")
					.param("baseline", "1")
					.param("target", "2")
					.param("targetOn", this.today.plusYears(1).toString()),
				post(p + "/objectives/" + this.objectiveId + "/delete"),
				post(p + "/objectives/" + this.objectiveId + "/measurements").param("value", "30")
					.param("on", this.today.toString()),
				post(p + "/objectives/" + this.objectiveId + "/strategies").param("text", "More"),
				post(p + "/strategies/" + this.strategyId).param("text", "Changed"),
				post(p + "/strategies/" + this.strategyId + "/delete"),
				post(p + "/strategies/" + this.strategyId + "/actions").param("description", "Call")
					.param("ownerId", String.valueOf(this.member.userId()))
					.param("dueOn", this.today.toString()),
				post(p + "/actions/" + this.actionId).param("description", "Changed")
					.param("ownerId", String.valueOf(this.member.userId()))
					.param("dueOn", this.today.toString()),
				post(p + "/actions/" + this.actionId + "/delete"),
				post(p + "/actions/" + this.actionId + "/status").param("status", "DONE"), post(p + "/submit"),
				post(p + "/withdraw"), post(p + "/sign"), post(p + "/activate"),
				post(p + "/override").param("text", "Because the director says so"),
				post(p + "/close").param("text", "Done") };
	}

	private void assertUnchanged() {
		PlanView view = this.plans.plan(this.accountId, this.planId, this.owner);
		assertThat(view.title()).isEqualTo("Growth plan");
		assertThat(view.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(view.objectives()).hasSize(1);
		assertThat(view.objectives().get(0).title()).isEqualTo("Share of wallet");
		assertThat(view.objectives().get(0).latestValue()).isNull();
		assertThat(view.objectives().get(0).strategies()).hasSize(1);
		assertThat(view.objectives().get(0).actions()).hasSize(1);
		assertThat(view.objectives().get(0).actions().get(0).status()).isEqualTo(ActionStatus.OPEN);
	}

	private long objectiveVersion() {
		return this.jdbc.queryForObject("select version from plan_objective where id = ?", Long.class,
				this.objectiveId);
	}

	private ObjectiveInput objective(String title) {
		return new ObjectiveInput(title, "Share of wallet", "%", new BigDecimal("18"), new BigDecimal("48"),
				LocalDate.of(this.today.getYear() + 3, 12, 31));
	}

	private String plan() {
		return "/accounts/" + this.accountId + "/plans/" + this.planId;
	}

	private RequestPostProcessor as(Viewer viewer) {
		return org.keyline.people.Users.as(this.userDetails, viewer.username());
	}

	private static int count(String body, String marker) {
		int count = 0;
		for (int at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at + 1)) {
			count++;
		}
		return count;
	}

}
