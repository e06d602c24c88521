package org.keyline.portfolio;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.grading.GradingManagement;
import org.keyline.people.TestUsers;
import org.keyline.people.Users;
import org.keyline.plan.PlanManagement;
import org.keyline.portfolio.BriefFixtures.BriefAccount;
import org.keyline.relationship.ContactManagement;
import org.keyline.review.StrategyReviews;
import org.keyline.vision.VisionManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account brief as a page: each part filled and each part empty, who may see it, the
 * Brief buttons, and a fixed number of statements for a bare and a rich account.
 */
@KeylineTest
class AccountBriefPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	VisionManagement visions;

	@Autowired
	PlanManagement plans;

	@Autowired
	StrategyReviews reviews;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	GradingManagement grading;

	@Autowired
	AccountBriefs briefs;

	@Test
	void aBareAccountsBriefShowsEveryEmptyState() throws Exception {
		BriefAccount a = BriefFixtures.bare(this.accounts, this.users, this.jdbc, Accounts.uniqueName("Bare Brief"));
		String html = page(a.id(), a.owner());
		assertThat(html).contains("id=\"briefName\"")
			.contains(a.name())
			.contains("id=\"briefNoVision\"")
			.contains("Not a key account")
			.contains("id=\"briefNoEconomics\"")
			.contains("id=\"briefNoContacts\"")
			.contains("id=\"briefGaps\"")
			.contains("id=\"briefNoPlan\"")
			.contains("id=\"briefNoReview\"")
			.contains("No vision yet")
			.contains("No fiscal year recorded yet")
			.contains("No contacts yet")
			.contains("No open account plan")
			.contains("No strategy review yet")
			.contains("Level not reached")
			.contains("id=\"printBrief\"")
			.contains("data-kl-print")
			.contains("/accounts/" + a.id() + "/brief.pdf")
			.doesNotContain("onclick")
			.doesNotContain("style=\"");
	}

	@Test
	void aRichAccountsBriefShowsEveryPart() throws Exception {
		BriefAccount a = rich("Rich Brief Łódź");
		String html = page(a.id(), a.owner());
		assertThat(html).contains("Rich Brief Łódź")
			.contains("id=\"briefVisionStatement\"")
			.contains("The trusted partner for their whole supply chain — from Łódź to Málaga, €10m by 2029")
			.contains("They consolidate suppliers next year.")
			.contains("Positive (")
			.contains("id=\"briefTierName\"")
			.contains("score ")
			.contains("Share of wallet")
			.doesNotContain("id=\"briefNotGraded\"");
		// Economics: the latest three years only, oldest first.
		int year = java.time.LocalDate.now().getYear();
		assertThat(html).doesNotContain("data-year=\"" + (year - 4) + "\"")
			.contains("data-year=\"" + (year - 3) + "\"")
			.contains("data-year=\"" + (year - 1) + "\"");
		assertThat(html.indexOf("data-year=\"" + (year - 3) + "\""))
			.isLessThan(html.indexOf("data-year=\"" + (year - 1) + "\""));
		// Contacts: six shown, decision makers and influencers first, attitude as a word.
		assertThat(html).contains("… and 2 more on the contacts page").contains("Opponent").contains("Decision maker");
		assertThat(html.indexOf("Decision maker")).isLessThan(html.indexOf("Gatekeeper"));
		// Plan: five of seven objectives, six of seven overdue actions with owner and due
		// date.
		assertThat(html).contains("id=\"briefObjectives\"")
			.contains("Objective 4")
			.doesNotContain("Objective 5")
			.contains("… and 2 more objectives")
			.contains("Overdue action 0")
			.contains("due " + year + "-01-01, ")
			.contains("… and 1 more overdue action<")
			.doesNotContain("Later action");
		// Last review, in full, and the next one.
		assertThat(html).contains("Strong sponsor, weak at purchasing")
			.contains("Meet the purchasing director before the tender")
			.doesNotContain("Old assessment")
			.contains("Next review due " + java.time.LocalDate.now().plusDays(80));
	}

	@Test
	void anAccountNotGradedYetSaysSo() throws Exception {
		BriefAccount a = BriefFixtures.bare(this.accounts, this.users, this.jdbc, Accounts.uniqueName("Ungraded"));
		// As if the grading module had not graded it yet (its own rows only).
		this.jdbc.update("delete from grading_criterion_score where account_id = ?", a.id());
		this.jdbc.update("delete from grading_account_score where account_id = ?", a.id());
		assertThat(page(a.id(), a.director())).contains("id=\"briefNotGraded\"").contains("Not graded yet");
	}

	@Test
	void whoMaySeeTheBrief() throws Exception {
		BriefAccount a = BriefFixtures.bare(this.accounts, this.users, this.jdbc, Accounts.uniqueName("Access Brief"));
		for (Viewer allowed : new Viewer[] { a.owner(), a.member(), a.mentor(), a.director() }) {
			this.mvc.perform(get("/accounts/{id}/brief", a.id()).with(as(allowed)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(a.name())));
			this.mvc.perform(get("/accounts/{id}/brief.pdf", a.id()).with(as(allowed)))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/pdf"));
		}
		for (Viewer stranger : new Viewer[] { a.stranger(), a.strangerMentor() }) {
			this.mvc.perform(get("/accounts/{id}/brief", a.id()).with(as(stranger))).andExpect(status().isNotFound());
			this.mvc.perform(get("/accounts/{id}/brief.pdf", a.id()).with(as(stranger)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/accounts/{id}/brief", a.id()).with(as(a.admin()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts/{id}/brief.pdf", a.id()).with(as(a.admin()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts/{id}/brief", Long.MAX_VALUE).with(as(a.owner())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAccountPageAndThePlanPageLinkToTheBrief() throws Exception {
		BriefAccount a = rich(Accounts.uniqueName("Linked Brief"));
		assertThat(show(a, "/accounts/" + a.id())).contains("id=\"accountBrief\"")
			.contains("href=\"/accounts/" + a.id() + "/brief\"");
		long planId = this.plans.openPlanId(a.id(), a.owner()).orElseThrow();
		assertThat(show(a, "/accounts/" + a.id() + "/plans/" + planId)).contains("id=\"planBrief\"")
			.contains("href=\"/accounts/" + a.id() + "/brief\"");
	}

	@Test
	void theBriefRunsAFixedNumberOfStatements() throws Exception {
		BriefAccount bare = BriefFixtures.bare(this.accounts, this.users, this.jdbc, Accounts.uniqueName("Count Bare"));
		BriefAccount rich = rich(Accounts.uniqueName("Count Rich"));
		this.grading.scheme();
		int bareCount = this.statements.count(() -> page(bare.id(), bare.owner()));
		int richCount = this.statements.count(() -> page(rich.id(), rich.owner()));
		int richMentor = this.statements.count(() -> page(rich.id(), rich.mentor()));
		int bareService = this.statements.count(() -> this.briefs.brief(bare.id(), bare.owner()));
		int richService = this.statements.count(() -> this.briefs.brief(rich.id(), rich.owner()));
		System.out.printf("brief statements: page bare %d, rich %d, rich as mentor %d; service bare %d, rich %d%n",
				bareCount, richCount, richMentor, bareService, richService);
		// Two for the account (access and name), one each for the header with the
		// economics, the vision, the contacts, the coverage, the plan glance, the review
		// status and the last review, two for the grade (the scheme kept since it was
		// read above, then the scores with the latest tier changes); six more for the
		// open plan.
		assertThat(bareService).isEqualTo(11);
		assertThat(richService).isEqualTo(17);
		// The page adds what every signed-in page runs (the user).
		assertThat(bareCount).isEqualTo(bareService + 2);
		assertThat(richCount).isEqualTo(richService + 2);
		assertThat(richMentor).isEqualTo(richCount);
	}

	private BriefAccount rich(String name) {
		return BriefFixtures.rich(this.accounts, this.users, this.contacts, this.visions, this.plans, this.reviews,
				this.jdbc, name);
	}

	private String page(long id, Viewer viewer) throws Exception {
		return this.mvc.perform(get("/accounts/{id}/brief", id).with(as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String show(BriefAccount a, String path) throws Exception {
		return this.mvc.perform(get(path).with(as(a.owner())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(Viewer viewer) {
		return Users.as(this.userDetails, viewer.username());
	}

}
