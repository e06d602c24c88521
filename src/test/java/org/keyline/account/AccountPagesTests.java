package org.keyline.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
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
import static org.keyline.people.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The account pages through HTTP: who may open and change what (including ids typed into
 * the URL), validation, stale edits, htmx fragments, and how many statements each page
 * runs.
 */
@KeylineTest
class AccountPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	String owner;

	String otherManager;

	String member;

	String mentor;

	String director;

	String adminOnly;

	long accountId;

	@BeforeEach
	void portfolio() {
		this.owner = this.testUsers.create("owner", Role.MANAGER);
		this.otherManager = this.testUsers.create("other", Role.MANAGER);
		this.member = this.testUsers.create("member", Role.MEMBER);
		this.mentor = this.testUsers.create("mentor", Role.MENTOR);
		this.director = this.testUsers.create("director", Role.DIRECTOR);
		this.adminOnly = this.testUsers.create("adminonly", Role.ADMIN);
		this.accountId = this.accounts.create(profile("Pages Test " + System.nanoTime()), null, viewer(this.owner));
		this.accounts.addTeamMember(this.accountId, id(this.member), TeamRole.ACCOUNT_SUPPORT, null,
				LocalDate.now().minusDays(3), null, viewer(this.owner));
		this.accounts.assignMentor(this.accountId, id(this.mentor), viewer(this.director));
	}

	@Test
	void theOwnerMemberMentorAndDirectorOpenTheAccountPage() throws Exception {
		for (String user : List.of(this.owner, this.member, this.mentor, this.director)) {
			this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.userDetails, user)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Pages Test")));
		}
	}

	@Test
	void anotherManagersAccountIdAnswersNotFoundLikeAMissingOne() throws Exception {
		RequestPostProcessor other = as(this.userDetails, this.otherManager);
		for (MockHttpServletRequestBuilder request : List.of(get("/accounts/" + this.accountId),
				get("/accounts/" + this.accountId + "/edit"), get("/accounts/" + this.accountId + "/economics/new"),
				post("/accounts/" + this.accountId + "/archive").with(csrf()),
				post("/accounts/" + this.accountId + "/economics").with(csrf())
					.param("fiscalYear", "2024")
					.param("revenue", "1")
					.param("costToServe", "1"),
				get("/accounts/999999999"))) {
			this.mvc.perform(request.with(other)).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
		}
		this.mvc.perform(get("/accounts").param("q", "Pages Test").with(other))
			.andExpect(content().string(not(containsString("data-account-id=\"" + this.accountId + "\""))));
		assertThat(this.jdbc.queryForObject("select archived_at is null from account_account where id = ?",
				Boolean.class, this.accountId))
			.isTrue();
	}

	@Test
	void aTeamMemberMayNotChangeEconomicsTeamOrArchive() throws Exception {
		RequestPostProcessor member = as(this.userDetails, this.member);
		this.mvc.perform(get("/accounts/" + this.accountId + "/economics/new").with(member))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/accounts/" + this.accountId + "/economics").with(member)
				.with(csrf())
				.param("fiscalYear", "2024")
				.param("revenue", "100")
				.param("costToServe", "50"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/accounts/" + this.accountId + "/team").with(member)
				.with(csrf())
				.param("userId", String.valueOf(id(this.member)))
				.param("role", "EXECUTIVE_SPONSOR")
				.param("joinedOn", LocalDate.now().toString()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/accounts/" + this.accountId + "/archive").with(member).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts/" + this.accountId).with(member))
			.andExpect(content().string(not(containsString("id=\"recordYear\""))))
			.andExpect(content().string(not(containsString("id=\"archiveAccount\""))));
		assertThat(this.jdbc.queryForObject("select count(*) from account_economics where account_id = ?",
				Integer.class, this.accountId))
			.isZero();
	}

	@Test
	void aMentorReadsButChangesNothing() throws Exception {
		RequestPostProcessor mentor = as(this.userDetails, this.mentor);
		this.mvc.perform(get("/accounts/" + this.accountId + "/edit").with(mentor)).andExpect(status().isForbidden());
		this.mvc.perform(profilePost(this.accountId, "Renamed by mentor", 0).with(mentor))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts/" + this.accountId).with(mentor))
			.andExpect(content().string(not(containsString("id=\"editAccount\""))));
	}

	@Test
	void anAdminWhoIsNothingElseSeesNoAccountData() throws Exception {
		RequestPostProcessor admin = as(this.userDetails, this.adminOnly);
		this.mvc.perform(get("/accounts").with(admin)).andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts/" + this.accountId).with(admin)).andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(admin)).andExpect(content().string(not(containsString("href=\"/accounts\""))));
	}

	@Test
	void aDirectorReassignsTheOwner() throws Exception {
		long version = this.jdbc.queryForObject("select version from account_account where id = ?", Long.class,
				this.accountId);
		this.mvc
			.perform(profilePost(this.accountId, "Pages Test reassigned", version)
				.param("ownerId", String.valueOf(id(this.otherManager)))
				.with(as(this.userDetails, this.director)))
			.andExpect(redirectedUrlPattern("/accounts/*"));
		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.userDetails, this.otherManager)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.userDetails, this.owner)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aManagerCannotReassignTheOwnerByPostingAnOwnerId() throws Exception {
		this.mvc
			.perform(profilePost(this.accountId, "Pages Test kept", 0)
				.param("ownerId", String.valueOf(id(this.otherManager)))
				.with(as(this.userDetails, this.owner)))
			.andExpect(redirectedUrlPattern("/accounts/*"));
		assertThat(this.jdbc.queryForObject("select owner_id from account_account where id = ?", Long.class,
				this.accountId))
			.isEqualTo(id(this.owner));
	}

	@Test
	void aStaleEditShowsWhatTheOtherPersonChangedAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(profilePost(this.accountId, "Saved First", 0).with(as(this.userDetails, this.owner)))
			.andExpect(redirectedUrlPattern("/accounts/*"));
		this.mvc.perform(profilePost(this.accountId, "Typed Second", 0).with(as(this.userDetails, this.member)))
			.andExpect(status().isOk())
			.andExpect(view().name("account/form"))
			.andExpect(content().string(containsString("Someone else saved this account while you were editing.")))
			.andExpect(content().string(containsString("Test " + this.owner + " saved it at")))
			.andExpect(content().string(containsString("Saved First")))
			.andExpect(content().string(containsString("value=\"Typed Second\"")));
		assertThat(
				this.jdbc.queryForObject("select name from account_account where id = ?", String.class, this.accountId))
			.isEqualTo("Saved First");
	}

	@Test
	void badInputGetsMessagesNextToTheFieldsAndSavesNothing() throws Exception {
		int before = this.jdbc.queryForObject("select count(*) from account_account", Integer.class);
		this.mvc
			.perform(post("/accounts").with(as(this.userDetails, this.owner))
				.with(csrf())
				.param("name", "")
				.param("country", "Germany")
				.param("employees", "-5")
				.param("website", "not a url")
				.param("stage", "PRE_SALES")
				.param("relationship", "COMMODITY_SUPPLIER")
				.param("strategicImportance", "9")
				.param("easeOfBusiness", "3")
				.param("adviceFrequency", "RARELY")
				.param("competitors[0].name", "Rival")
				.param("competitors[0].shareOfSpend", "140"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "industry", "region", "country", "employees",
					"website", "strategicImportance", "competitors[0].shareOfSpend"))
			.andExpect(content().string(containsString("Enter the company&#39;s name.")))
			.andExpect(content().string(containsString("Enter a share between 0 and 100.")))
			.andExpect(content().string(containsString("id=\"employees-errors\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from account_account", Integer.class)).isEqualTo(before);
	}

	@Test
	void economicsWithoutCategorySpendShowUnknownShareOfWallet() throws Exception {
		this.mvc
			.perform(post("/accounts/" + this.accountId + "/economics").with(as(this.userDetails, this.owner))
				.with(csrf())
				.param("fiscalYear", "2024")
				.param("revenue", "1000000")
				.param("costToServe", "1250000.50"))
			.andExpect(redirectedUrlPattern("/accounts/*"));
		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.userDetails, this.owner)))
			.andExpect(content().string(containsString("id=\"lossBadge\"")))
			.andExpect(content().string(containsString("-€250,001")))
			.andExpect(content().string(containsString("unknown")));
		this.mvc.perform(
				get("/accounts").param("loss", "true").param("q", "Pages Test").with(as(this.userDetails, this.owner)))
			.andExpect(content().string(containsString("data-account-id=\"" + this.accountId + "\"")))
			.andExpect(content().string(containsString("Loss-making")));
	}

	@Test
	void anHtmxFilterRequestGetsOnlyTheResults() throws Exception {
		this.mvc
			.perform(get("/accounts").param("q", "Pages")
				.header("HX-Request", "true")
				.with(as(this.userDetails, this.owner)))
			.andExpect(view().name("account/list :: results"))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/accounts/" + this.accountId + "/archive").with(as(this.userDetails, this.owner)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListRunsTheSameStatementsForFewAndManyAccounts() throws Exception {
		String manager = this.testUsers.create("counted", Role.MANAGER);
		RequestPostProcessor me = as(this.userDetails, manager);
		for (int i = 0; i < 30; i++) {
			createWithEconomics(manager, "Counted " + i, 2);
		}
		int few = this.statements.count(() -> this.mvc.perform(get("/accounts").with(me)).andExpect(status().isOk()));
		int fewFiltered = this.statements
			.count(() -> this.mvc.perform(get("/accounts").param("q", "Counted 1").param("sort", "revenue").with(me))
				.andExpect(status().isOk()));
		for (int i = 30; i < 90; i++) {
			createWithEconomics(manager, "Counted " + i, 3);
		}
		int many = this.statements.count(() -> this.mvc.perform(get("/accounts").with(me)).andExpect(status().isOk()));
		int manyFiltered = this.statements
			.count(() -> this.mvc.perform(get("/accounts").param("q", "Counted 1").param("sort", "revenue").with(me))
				.andExpect(status().isOk()));
		// The count, the page, and the key account managers for the owner filter.
		assertThat(many).isEqualTo(few).isEqualTo(3);
		assertThat(manyFiltered).isEqualTo(fewFiltered).isEqualTo(3);
	}

	@Test
	void theAccountPageRunsTheSameStatementsWhateverItHolds() throws Exception {
		RequestPostProcessor me = as(this.userDetails, this.owner);
		long small = createWithEconomics(this.owner, "Small account", 1);
		long large = createWithEconomics(this.owner, "Large account", 7);
		for (int i = 0; i < 5; i++) {
			String person = this.testUsers.create("teammate", Role.MEMBER);
			this.accounts.addTeamMember(large, id(person), TeamRole.SPECIALIST, "Legal", LocalDate.now().minusYears(2),
					(i % 2 == 0) ? LocalDate.now().minusYears(1) : null, viewer(this.owner));
		}
		this.accounts.assignMentor(large, id(this.mentor), viewer(this.director));
		for (int i = 0; i < 3; i++) {
			AccountProfile child = profile("Subsidiary " + i + " " + System.nanoTime());
			child = Accounts.withParent(child, large);
			this.accounts.create(child, null, viewer(this.owner));
		}
		// A first view reads the grading scheme's tiers and criteria, which the
		// instance then keeps until they change (four statements more, once).
		this.mvc.perform(get("/accounts/" + small).with(me)).andExpect(status().isOk());
		int forSmall = this.statements
			.count(() -> this.mvc.perform(get("/accounts/" + small).with(me)).andExpect(status().isOk()));
		int forLarge = this.statements
			.count(() -> this.mvc.perform(get("/accounts/" + large).with(me)).andExpect(status().isOk()));
		// One for the account and its parts (eight before they were read together:
		// AccountQueries.details), one for the people who may join the
		// team, one for the vision banner, one for the plan card, one for the
		// relationship coverage section, one for the interactions section of a
		// contributor (latest interactions with the contacts for the quick add; the
		// current team comes with the account),
		// one for the strategy review section, two for the grade card (one for the
		// grading scheme, whose tiers and criteria are kept, one for the scores with the
		// latest tier changes and the service its tier promises). All in one read-only
		// transaction; the second is Spring Session's save of the HTTP session.
		assertThat(forLarge).isEqualTo(forSmall).isEqualTo(9);
		assertThat(this.statements.transactions()).isEqualTo(2);
	}

	private long createWithEconomics(String manager, String name, int years) {
		long id = this.accounts.create(profile(name + " " + System.nanoTime()), null, viewer(manager));
		for (int y = 0; y < years; y++) {
			this.accounts.recordEconomics(id, 2018 + y, BigDecimal.valueOf(100_000 + y * 1_000),
					BigDecimal.valueOf(80_000), BigDecimal.valueOf(900_000), null, viewer(manager));
		}
		return id;
	}

	private MockHttpServletRequestBuilder profilePost(long id, String name, long version) {
		return post("/accounts/" + id).with(csrf())
			.param("name", name)
			.param("industry", "LOGISTICS")
			.param("region", "WESTERN_EUROPE")
			.param("country", "NL")
			.param("stage", "REVIEW")
			.param("relationship", "TRUSTED_ADVISOR")
			.param("strategicImportance", "4")
			.param("easeOfBusiness", "3")
			.param("adviceFrequency", "OFTEN")
			.param("version", String.valueOf(version));
	}

	private Viewer viewer(String username) {
		Long userId = id(username);
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		this.jdbc.queryForList("select role from people_user_role where user_id = ?", String.class, userId)
			.forEach((role) -> roles.add(Role.valueOf(role)));
		return new Viewer(userId, username, roles);
	}

	private long id(String username) {
		return this.testUsers.idOf(username);
	}

	private static AccountProfile profile(String name) {
		return Accounts.withCompetitors(Accounts.aProfile(name), "Rival", "Other");
	}

}
