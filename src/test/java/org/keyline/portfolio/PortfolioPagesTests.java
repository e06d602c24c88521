package org.keyline.portfolio;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.CoverageSummaries;
import org.keyline.people.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The portfolio page and its CSV downloads: for directors only, with the filter.
 */
@KeylineTest
class PortfolioPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageSummaries summaries;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	StatementCounter statements;

	PortfolioFixture f;

	Viewer director;

	@BeforeEach
	void fixture() {
		this.f = new PortfolioFixture(this.jdbc, this.users, this.summaries).build();
		this.director = Accounts.aViewer(this.users, "pfdirector", Role.DIRECTOR);
	}

	RequestPostProcessor as(Viewer viewer) {
		return Users.as(this.userDetails, viewer.username());
	}

	String ownerQuery() {
		return "?owner=" + this.f.owner.userId();
	}

	@Test
	void theDirectorSeesEverySectionWithChartsTablesAndDownloads() throws Exception {
		this.mvc.perform(get("/portfolio" + ownerQuery()).with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(view().name("portfolio/dashboard"))
			.andExpect(content().string(containsString("11 accounts · revenue 2,300 · gross margin 13.5 %")))
			.andExpect(content().string(containsString("id=\"chartTiers\"")))
			.andExpect(content().string(containsString("data-chart=\"{&quot;type&quot;:&quot;bar&quot;")))
			.andExpect(content().string(containsString("/dist/chart.umd.js")))
			.andExpect(content().string(containsString("/assets/js/portfolio.js")))
			.andExpect(content().string(containsString("<th scope=\"col\"")))
			.andExpect(content().string(containsString("<caption>Accounts and revenue per tier")))
			.andExpect(content().string(containsString("href=\"/portfolio/tiers.csv?owner=" + this.f.owner.userId())))
			.andExpect(content().string(containsString("href=\"/portfolio/tier-moves.csv?owner=")))
			.andExpect(content().string(containsString("href=\"/accounts/" + this.f.bravo + "\"")))
			.andExpect(content().string(containsString("href=\"/accounts/" + this.f.charlie + "\"")))
			.andExpect(content().string(containsString("Loss-making accounts (2)")))
			.andExpect(content().string(containsString("Top 5")))
			.andExpect(content().string(containsString("89.1")))
			.andExpect(content().string(containsString("not required")))
			.andExpect(content().string(containsString("Silver → Gold (Up)")))
			.andExpect(content().string(not(containsString(this.f.name("Foxtrot")))))
			.andExpect(content().string(not(containsString("style=\""))));
	}

	@Test
	void theNavigationShowsPortfolioToDirectorsOnly() throws Exception {
		this.mvc.perform(get("/").with(as(this.director)))
			.andExpect(content().string(containsString("id=\"navPortfolio\"")));
		this.mvc.perform(get("/").with(as(this.f.owner)))
			.andExpect(content().string(not(containsString("id=\"navPortfolio\""))));
	}

	@Test
	void theFilterSelectsAndAnEmptyFilterSaysWhatToDo() throws Exception {
		this.mvc.perform(get("/portfolio" + ownerQuery() + "&tier=0").with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("8 accounts · revenue 500")))
			.andExpect(content().string(containsString("<option value=\"0\" selected=\"selected\">Not a key account")));
		this.mvc.perform(get("/portfolio" + ownerQuery() + "&region=ASIA_PACIFIC").with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"portfolioEmpty\"")))
			.andExpect(content().string(containsString("No active account matches this filter")))
			.andExpect(content().string(not(containsString("id=\"chartTiers\""))));
	}

	@Test
	void oneAccountIsCountedInTheSingular() throws Exception {
		this.mvc.perform(get("/portfolio" + ownerQuery() + "&tier=2").with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 account · revenue 300")));
	}

	@Test
	void onlyDirectorsOpenThePageAndTheDownloads() throws Exception {
		for (Role role : List.of(Role.MANAGER, Role.MEMBER, Role.MENTOR, Role.ADMIN)) {
			Viewer viewer = Accounts.aViewer(this.users, "pf" + role.name().toLowerCase(), role);
			this.mvc.perform(get("/portfolio").with(as(viewer))).andExpect(status().isForbidden());
			this.mvc.perform(get("/portfolio/tiers.csv").with(as(viewer))).andExpect(status().isForbidden());
			this.mvc.perform(get("/portfolio/loss-making.csv" + ownerQuery()).with(as(viewer)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/portfolio").with(as(this.director))).andExpect(status().isOk());
		this.mvc.perform(get("/portfolio/tiers.csv").with(as(this.director))).andExpect(status().isOk());
		this.mvc.perform(get("/portfolio"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
		this.mvc.perform(get("/portfolio/nonsense.csv").with(as(this.director))).andExpect(status().isNotFound());
	}

	@Test
	void everyTableDownloadsAsCsvForExcel() throws Exception {
		for (String table : List.of("tiers", "concentration", "pareto", "margin", "loss-making", "wallet", "compliance",
				"coverage", "coverage-accounts", "moves", "tier-moves")) {
			this.mvc.perform(get("/portfolio/" + table + ".csv" + ownerQuery()).with(as(this.director)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
				.andExpect(
						header().string("Content-Disposition", "attachment; filename=\"portfolio-" + table + ".csv\""));
		}
	}

	@Test
	void theCsvHoldsTheTablesNumbers() throws Exception {
		String tiers = csv("tiers");
		assertThat(tiers).startsWith("\uFEFF");
		assertThat(lines(tiers)).containsExactly("Tier,Accounts,Share of accounts (%),Revenue,Share of revenue (%)",
				"Gold,2,18.2,1500.00,65.2", "Silver,1,9.1,300.00,13.0", "Bronze,0,0.0,0,0.0",
				"Not a key account,8,72.7,500.00,21.7");
		assertThat(lines(csv("loss-making"))).containsExactly(
				"Account,Tier,Owner,Revenue,Gross margin,Gross margin (%)",
				this.f.name("Bravo") + ",Gold,Test " + this.f.owner.username() + ",500.00,-200.00,-40.0",
				this.f.name("Delta") + ",Not a key account,Test " + this.f.owner.username() + ",200.00,-50.00,-25.0");
		assertThat(lines(csv("compliance"))).containsExactly(
				"Tier,Accounts,Strategy review overdue,No executive sponsor,No agreed plan,Interaction gap,Getting the full service",
				"Gold,2,1,1,1,1,1", "Silver,1,1,,1,0,0", "Bronze,0,0,,,0,0");
		assertThat(lines(csv("tier-moves"))).hasSize(5)
			.element(1)
			.isEqualTo(this.f.today.minusDays(3) + "," + this.f.name("Charlie")
					+ ",Gold,Silver,Down,The account's data changed");
		assertThat(lines(csv("coverage-accounts"))).hasSize(12);
	}

	@Test
	void thePageRunsAFixedNumberOfStatements() throws Exception {
		RequestPostProcessor director = as(this.director);
		int filtered = this.statements
			.count(() -> this.mvc.perform(get("/portfolio" + ownerQuery()).with(director)).andExpect(status().isOk()));
		int whole = this.statements
			.count(() -> this.mvc.perform(get("/portfolio").with(director)).andExpect(status().isOk()));
		// Computed: seven statements and the data version before and after; then kept.
		assertThat(filtered).isEqualTo(9);
		assertThat(whole).isEqualTo(9);
		int again = this.statements
			.count(() -> this.mvc.perform(get("/portfolio").with(director)).andExpect(status().isOk()));
		assertThat(again).isEqualTo(1);
	}

	private String csv(String table) throws Exception {
		MvcResult result = this.mvc.perform(get("/portfolio/" + table + ".csv" + ownerQuery()).with(as(this.director)))
			.andExpect(status().isOk())
			.andReturn();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static List<String> lines(String csv) {
		return Arrays.asList(csv.replace("\uFEFF", "").split("\r\n"));
	}

}
