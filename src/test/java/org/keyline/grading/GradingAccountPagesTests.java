package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountProfile;
import org.keyline.account.Accounts;
import org.keyline.account.RelationshipLevel;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.people.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.keyline.account.Accounts.aViewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The grading pages on accounts through HTTP: the account page's grade card and its hand
 * scores, the tier history, the key accounts, who may do what, and how many statements
 * the key accounts page runs. The grading scheme is shared by every test: these tests
 * only read it.
 */
@KeylineTest
class GradingAccountPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GradingManagement grading;

	@Autowired
	GradingEngine engine;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient sql;

	@Autowired
	StatementCounter statements;

	Viewer owner;

	Viewer director;

	Viewer member;

	Viewer mentor;

	Viewer stranger;

	/** Revenue 3M (70), margin 30 % (100), share of wallet 30 % (70), growth 7 % (70). */
	long accountId;

	@BeforeEach
	void account() {
		this.owner = aViewer(this.testUsers, "gowner", Role.MANAGER);
		this.director = aViewer(this.testUsers, "gdirector", Role.DIRECTOR);
		this.member = aViewer(this.testUsers, "gmember", Role.MEMBER);
		this.mentor = aViewer(this.testUsers, "gmentor", Role.MENTOR);
		this.stranger = aViewer(this.testUsers, "gstranger", Role.MANAGER);
		this.accountId = graded(this.owner, Accounts.aProfile(), "2800000", "3000000", "2100000", "10000000");
		this.accounts.addTeamMember(this.accountId, this.member.userId(), TeamRole.SPECIALIST, "Legal",
				LocalDate.now().minusMonths(1), null, this.owner);
		this.accounts.assignMentor(this.accountId, this.mentor.userId(), this.director);
	}

	@Test
	void theCardShowsTheScoreTheTierAndEachCriterionsPart() throws Exception {
		// 25 % × 70 + 20 % × 100 + 15 % × 70 + 10 % × 70 + 15 % × 25 + 15 % × 0 = 58.75
		String page = body(get("/accounts/" + this.accountId), this.owner);
		assertThat(page).contains("id=\"grade\"")
			.contains("58.75 of 100")
			.contains("kl-tier-2")
			.contains("Silver")
			.contains("€3,000,000")
			.contains("30 %")
			.contains("7.14 %")
			.contains("2 · Preferred supplier")
			.contains("unknown")
			.contains("What would move it up to Gold")
			.contains("Raise Partner or vendor to 5 · Strategic partner (now 2 · Preferred supplier)")
			.contains("Score Strategic fit at level 4")
			.contains("/accounts/" + this.accountId + "/grading\"");
		assertThat(page).containsPattern("<th scope=\"row\" class=\"fw-normal\">Revenue</th>\\s*<td>€3,000,000</td>"
				+ "\\s*<td class=\"text-end\">70</td>\\s*<td class=\"text-end\">25 %</td>\\s*<td class=\"text-end\">17.5</td>");
		long manual = strategicFit();
		assertThat(page).contains("id=\"gradeLevel" + manual + "\"")
			.contains("<label class=\"form-label small mb-1\" for=\"gradeLevel" + manual + "\">Level for Strategic fit")
			.contains("4 · Shapes our offer: joint development or an early adopter of new products.");

		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("58.75 of 100")))
			.andExpect(content().string(not(containsString("id=\"gradeLevel"))));
	}

	@Test
	void theOwnerScoresAHandScoredCriterionAndTheAccountIsGradedAgain() throws Exception {
		long manual = strategicFit();
		this.mvc
			.perform(post("/accounts/" + this.accountId + "/grading/scores").with(csrf())
				.with(as(this.owner))
				.param("criterionId", String.valueOf(manual))
				.param("level", "5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/accounts/" + this.accountId + "#grade"))
			.andExpect(flash().attribute("flash", "gradeCard.scored"));

		assertThat(score(this.accountId)).isEqualByComparingTo("73.75");
		String page = body(get("/accounts/" + this.accountId), this.owner);
		assertThat(page).contains("73.75 of 100").contains("kl-tier-1").contains("It is in the best tier.");
		assertThat(page).containsPattern("<option value=\"5\" selected=\"selected\">5 · Essential");

		String history = body(get("/accounts/" + this.accountId + "/grading"), this.owner);
		assertThat(history).contains("Grade and tier history of ")
			.contains("73.75 of 100")
			.contains("The account&#39;s data changed")
			.contains("score 73.75")
			.contains("score 58.75");
		assertThat(history.indexOf("score 73.75")).isLessThan(history.indexOf("score 58.75"));
	}

	@Test
	void aDirectorsOverrideIsMarkedOnTheCardAndInTheKeyAccounts() throws Exception {
		long gold = best(this.owner);
		this.grading.setOverride(gold, 1, "Flagship reference, whatever the score", LocalDate.now().plusMonths(3),
				this.director);
		this.grading.setOverride(this.accountId, 1, "Board decision", LocalDate.now().plusMonths(3), this.director);
		String page = body(get("/accounts/" + this.accountId), this.owner);
		assertThat(page).contains("id=\"gradeOverride\"")
			.contains("Set by a director")
			.contains("the score alone reaches: Silver")
			.contains("Board decision")
			.contains("kl-tier-1");
		String list = body(get("/key-accounts").param("tier", "1"), this.owner);
		assertThat(list).contains("data-account-id=\"" + gold + "\"").contains("Set by a director");
	}

	@Test
	void anAccountNotGradedYetSaysSo() throws Exception {
		long id = graded(this.owner, Accounts.aProfile(), "1", "1", "0", "1");
		this.sql.sql("delete from grading_criterion_score where account_id = :id").param("id", id).update();
		this.sql.sql("delete from grading_account_score where account_id = :id").param("id", id).update();
		String page = body(get("/accounts/" + id), this.owner);
		assertThat(page).contains("id=\"gradeNotYet\"").doesNotContain("id=\"gradeContributions\"");
		assertThat(page).contains("id=\"gradeLevel" + strategicFit() + "\"");
	}

	@Test
	void aMissingLevelIsExplainedAndChangesNothing() throws Exception {
		this.mvc
			.perform(post("/accounts/" + this.accountId + "/grading/scores").with(csrf())
				.with(as(this.director))
				.param("criterionId", String.valueOf(strategicFit()))
				.param("level", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "gradeCard.score.invalid"));
		assertThat(score(this.accountId)).isEqualByComparingTo("58.75");
	}

	@Test
	void membersAndMentorsMayNotScoreAndStrangersDoNotSeeTheAccount() throws Exception {
		long manual = strategicFit();
		for (Viewer refused : new Viewer[] { this.member, this.mentor }) {
			this.mvc
				.perform(post("/accounts/" + this.accountId + "/grading/scores").with(csrf())
					.with(as(refused))
					.param("criterionId", String.valueOf(manual))
					.param("level", "5"))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/accounts/" + this.accountId + "/grading/scores").with(csrf())
				.with(as(this.stranger))
				.param("criterionId", String.valueOf(manual))
				.param("level", "5"))
			.andExpect(status().isNotFound());
		assertThat(score(this.accountId)).isEqualByComparingTo("58.75");

		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/accounts/" + this.accountId + "/grading").with(as(this.stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/accounts/" + this.accountId + "/grading").with(as(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tierHistory\"")))
			.andExpect(content().string(containsString("score 58.75")))
			.andExpect(content().string(not(containsString("id=\"gradeLevel"))));
	}

	@Test
	void everyRoleThatWorksWithAccountsSeesTheKeyAccountsAndOpensOnlyThoseItMaySee() throws Exception {
		long gold = best(this.owner);

		String forOwner = body(get("/key-accounts").param("tier", "1"), this.owner);
		assertThat(forOwner).contains("data-account-id=\"" + gold + "\"")
			.contains("href=\"/accounts/" + gold + "\"")
			.contains("kl-tier-1")
			.doesNotContain("kl-tier-2")
			.doesNotContain("kl-tier-3");

		String forStranger = body(get("/key-accounts").param("tier", "1"), this.stranger);
		assertThat(forStranger).contains("data-account-id=\"" + gold + "\"")
			.doesNotContain("href=\"/accounts/" + gold + "\"");

		String silver = body(get("/key-accounts").param("tier", "2"), this.mentor);
		assertThat(silver).doesNotContain("data-account-id=\"" + gold + "\"")
			.contains("kl-tier-2")
			.doesNotContain("kl-tier-1\"");

		this.mvc.perform(get("/key-accounts").param("tier", "6").with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"keyAccountsEmpty\"")));
		this.mvc.perform(get("/key-accounts").with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"navKeyAccounts\"")));

		Viewer admin = aViewer(this.testUsers, "gadmin", Role.ADMIN);
		this.mvc.perform(get("/key-accounts").with(as(admin))).andExpect(status().isForbidden());
	}

	@Test
	void theKeyAccountsPageRunsTheSameStatementsWhateverItShows() throws Exception {
		best(this.owner);
		RequestPostProcessor me = as(this.owner);
		this.grading.scheme();
		int empty = this.statements
			.count(() -> this.mvc.perform(get("/key-accounts").param("tier", "6").with(me)).andExpect(status().isOk()));
		int oneTier = this.statements
			.count(() -> this.mvc.perform(get("/key-accounts").param("tier", "1").with(me)).andExpect(status().isOk()));
		int all = this.statements
			.count(() -> this.mvc.perform(get("/key-accounts").with(me)).andExpect(status().isOk()));
		int secondPage = this.statements
			.count(() -> this.mvc.perform(get("/key-accounts").param("page", "1").with(me)).andExpect(status().isOk()));
		// Two for the page of key accounts (count and rows), one for the scheme (its
		// tiers in the filter), kept since it was read above.
		assertThat(oneTier).isEqualTo(empty).isEqualTo(all).isEqualTo(secondPage).isEqualTo(3);
	}

	@Test
	void theCardRunsTwoStatements() {
		var ref = this.accounts.ref(this.accountId, this.owner);
		this.grading.scheme();
		// One for the scheme (kept since it was read above), one for the scores with the
		// latest tier changes and the service its tier promises (team, plan and
		// interactions, the next review).
		assertThat(this.statements.count(() -> this.grading.card(ref, this.owner))).isEqualTo(2);
		assertThat(this.statements.count(() -> this.grading.grade(ref, this.owner))).isEqualTo(2);
	}

	@Test
	void theCardReadsTheSameChangesAndServiceAsTheirOwnQueries() {
		// Seven more changes, one of them at the same moment as another (the newer id
		// first), to the microsecond, one without a tier before.
		for (int i = 0; i < 7; i++) {
			this.sql.sql("""
					insert into grading_tier_change (account_id, from_tier, to_tier, score, cause, changed_at)
					values (:account, :from, 'Silver', :score, 'DATA_CHANGED',
					    timestamptz '2030-03-01 10:00:00.123456+00' + make_interval(days => :day))""")
				.param("account", this.accountId)
				.param("from", (i == 3) ? null : "Bronze")
				.param("score", new BigDecimal("61.25").add(BigDecimal.valueOf(i)))
				.param("day", Math.min(i, 5))
				.update();
		}
		var ref = this.accounts.ref(this.accountId, this.owner);
		var scheme = this.grading.scheme();
		GradeCard card = this.grading.card(ref, this.owner);
		var history = this.grading.history(this.accountId, this.owner);
		assertThat(history).hasSizeGreaterThan(5);
		assertThat(card.grade().recentChanges()).containsExactlyElementsOf(history.subList(0, 5));
		assertThat(this.grading.grade(ref, this.owner).recentChanges()).isEqualTo(card.grade().recentChanges());
		assertThat(card.grade().recentChanges().get(0).changedAt()).hasToString("2030-03-06T10:00:00.123456Z");
		assertThat(card.grade().recentChanges().get(0).score()).isEqualByComparingTo("67.25");
		assertThat(card.grade().recentChanges().get(3).fromTier()).isNull();
		assertThat(card.service()).isEqualTo(this.grading.serviceCheck(ref, scheme));
		assertThat(card.service().tier()).isNotNull();
	}

	/**
	 * Creates an account with two fiscal years and grades it at once (the listener grades
	 * it too, after each change: wait for it, so that it does not run later).
	 */
	private long graded(Viewer manager, AccountProfile profile, String previousRevenue, String revenue,
			String costToServe, String categorySpend) {
		long id = this.accounts.create(profile, null, manager);
		int year = LocalDate.now().getYear() - 1;
		this.accounts.recordEconomics(id, year - 1, new BigDecimal(previousRevenue), BigDecimal.ZERO, null, null,
				manager);
		this.accounts.recordEconomics(id, year, new BigDecimal(revenue), new BigDecimal(costToServe),
				new BigDecimal(categorySpend), null, manager);
		this.engine.regrade(id, TierCause.DATA_CHANGED);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.sql.sql("""
					select count(*) from event_publication
					where completion_date is null and listener_id like '%GradingListener%'
					  and serialized_event like :event""")
				.param("event", "%\"accountId\":" + id + "}%")
				.query(Integer.class)
				.single() == 0);
		return id;
	}

	/**
	 * An account that scores 100 (a strategic partner, scored 5 by hand, in the best band
	 * of every metric) with a name that comes first: the first of the best tier.
	 */
	private long best(Viewer manager) {
		AccountProfile p = Accounts.aProfile("0 Keyline best " + Accounts.uniqueName("grade"));
		AccountProfile profile = new AccountProfile(p.name(), p.industry(), p.region(), p.country(), p.employees(),
				p.website(), p.parentId(), p.stage(), RelationshipLevel.STRATEGIC_PARTNER, p.strategicImportance(),
				p.easeOfBusiness(), p.adviceFrequency(), p.notes(), p.competitors());
		long id = graded(manager, profile, "1000000", "6000000", "3000000", "10000000");
		this.grading.scoreByHand(id, strategicFit(), 5, manager);
		assertThat(score(id)).isEqualByComparingTo("100");
		return id;
	}

	private long strategicFit() {
		return this.grading.scheme()
			.criteria()
			.stream()
			.filter((c) -> c.kind() == CriterionKind.MANUAL)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private BigDecimal score(long id) {
		return this.sql.sql("select score from grading_account_score where account_id = :id")
			.param("id", id)
			.query(BigDecimal.class)
			.single();
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Viewer viewer) throws Exception {
		return this.mvc.perform(request.with(as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor as(Viewer viewer) {
		return Users.as(this.userDetails, viewer.username());
	}

}
