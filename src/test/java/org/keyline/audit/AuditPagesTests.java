package org.keyline.audit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountProfile;
import org.keyline.account.Accounts;
import org.keyline.account.SavedAccount;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.keyline.people.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history pages: who may read which, what they show (escaped), paging, and a fixed
 * number of statements.
 */
@KeylineTest
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	StatementCounter statements;

	Viewer owner;

	Viewer director;

	Viewer mentor;

	Viewer stranger;

	Viewer admin;

	long account;

	@BeforeEach
	void account() {
		this.owner = Accounts.aViewer(this.testUsers, "histowner", Role.MANAGER);
		this.director = Accounts.aViewer(this.testUsers, "histdir", Role.DIRECTOR);
		this.mentor = Accounts.aViewer(this.testUsers, "histmentor", Role.MENTOR);
		this.stranger = Accounts.aViewer(this.testUsers, "histstranger", Role.MANAGER);
		this.admin = Accounts.aViewer(this.testUsers, "histadmin", Role.ADMIN);
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(this.owner.username(), null, List.of()));
		this.account = this.accounts.create(Accounts.aProfile(), null, this.owner);
		SavedAccount saved = this.accounts.saved(this.account, this.owner);
		AccountProfile p = saved.profile();
		this.accounts.update(this.account,
				new AccountProfile(p.name(), p.industry(), p.region(), p.country(), p.employees(), p.website(),
						p.parentId(), p.stage(), p.relationship(), p.strategicImportance(), p.easeOfBusiness(),
						p.adviceFrequency(), "<script>alert('notes')</script>", p.competitors()),
				null, saved.version(), this.owner);
		this.accounts.assignMentor(this.account, this.mentor.userId(), this.director);
		SecurityContextHolder.clearContext();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAccountsHistoryIsReadByThoseWhoMaySeeTheAccount() throws Exception {
		String page = this.mvc.perform(get("/accounts/{id}/history", this.account).with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"auditEntries\"")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;notes&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert('notes')"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Created").contains("Changed").contains("Mentor");
		// Values as the account page shows them, not as the database holds them.
		assertThat(page).contains(">Manufacturing</ins>")
			.contains(">Western Europe</ins>")
			.contains(">Exploitation</ins>")
			.contains(">2 · Preferred supplier</ins>")
			.contains(">Sometimes</ins>")
			.contains(">Netherlands</ins>")
			.doesNotContain("MANUFACTURING")
			.doesNotContain("WESTERN_EUROPE")
			.doesNotContain("(user id)");
		for (Viewer allowed : List.of(this.director, this.mentor)) {
			this.mvc.perform(get("/accounts/{id}/history", this.account).with(user(allowed)))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/accounts/{id}/history", this.account).with(user(this.stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/accounts/{id}/history", this.account).with(user(this.admin)))
			.andExpect(status().isForbidden());
	}

	@Test
	void oneRecordsHistory() throws Exception {
		this.mvc
			.perform(get("/accounts/{id}/history", this.account).param("kind", "MENTOR")
				.param("record", String.valueOf(this.mentor.userId()))
				.with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"auditAllOfAccount\"")))
			.andExpect(content().string(not(containsString("&lt;script&gt;"))));
	}

	@Test
	void theWholeLogIsForDirectors() throws Exception {
		this.mvc.perform(get("/audit").param("actor", this.owner.username()).with(user(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/accounts/" + this.account)));
		this.mvc.perform(get("/audit").param("actor", "nobody-at-all").with(user(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"auditEmpty\"")));
		for (Viewer refused : List.of(this.owner, this.mentor, this.admin)) {
			this.mvc.perform(get("/audit").with(user(refused))).andExpect(status().isForbidden());
		}
	}

	@Test
	void usersHistoryIsForAdminsAndTheGradingHistoryForEveryone() throws Exception {
		this.mvc.perform(get("/admin/users/{id}/history", this.owner.userId()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"auditEntries\"")))
			.andExpect(content().string(containsString("(" + this.owner.username() + ")</a>")))
			.andExpect(content().string(containsString(">Yes</ins>")))
			.andExpect(content().string(containsString(">Key account manager</ins>")));
		this.mvc.perform(get("/admin/users/{id}/history", 987654321L).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">User 987654321</a>")));
		this.mvc.perform(get("/admin/users/{id}/history", this.owner.userId()).with(user(this.director)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/grading/history").with(user(this.mentor))).andExpect(status().isOk());
		this.mvc.perform(get("/grading/history").with(user(this.admin))).andExpect(status().isForbidden());
	}

	@Test
	void pagesOfFiftyNewestFirstInTheSameStatements() throws Exception {
		RequestPostProcessor owner = user(this.owner);
		int small = this.statements
			.count(() -> this.mvc.perform(get("/accounts/{id}/history", this.account).with(owner))
				.andExpect(status().isOk()));
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(this.owner.username(), null, List.of()));
		for (int i = 0; i < 60; i++) {
			SavedAccount saved = this.accounts.saved(this.account, this.owner);
			AccountProfile p = saved.profile();
			this.accounts.update(this.account,
					new AccountProfile(p.name(), p.industry(), p.region(), p.country(), p.employees(), p.website(),
							p.parentId(), p.stage(), p.relationship(), p.strategicImportance(), p.easeOfBusiness(),
							p.adviceFrequency(), "Note " + i, p.competitors()),
					null, saved.version(), this.owner);
		}
		SecurityContextHolder.clearContext();
		int large = this.statements
			.count(() -> this.mvc.perform(get("/accounts/{id}/history", this.account).with(owner))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"auditOlder\"")))
				.andExpect(content().string(containsString("Note 59"))));
		// The same statements, but for the one that looks up the names of the ids a page
		// holds: the first page had the mentor's assignment, this one only notes.
		assertThat(large).isEqualTo(small - 1);
		this.mvc.perform(get("/accounts/{id}/history", this.account).param("page", "1").with(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"auditNewer\"")))
			.andExpect(content().string(not(containsString("id=\"auditOlder\""))));
	}

	@Test
	void whoSetAnOverrideIsShownByName() throws Exception {
		this.mvc
			.perform(post("/accounts/" + this.account + "/grading/override").param("tierPosition", "1")
				.param("reason", "Reference customer for the new product line")
				.param("expiresOn", java.time.LocalDate.now().plusMonths(2).toString())
				.with(user(this.director))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/accounts/{id}/history", this.account).with(user(this.owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(">Test " + this.director.username() + "</ins>")
			.contains("title=\"Recorded as " + this.director.username() + "\"");
	}

	@Test
	void idsAreShownAsNamesWithOneLookupAPage() throws Exception {
		RequestPostProcessor owner = user(this.owner);
		String mentorName = "Test " + this.mentor.username();
		String page = this.mvc.perform(get("/accounts/{id}/history", this.account).param("kind", "MENTOR").with(owner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(">" + mentorName + "</ins>")
			.contains("title=\"Recorded as " + this.mentor.userId() + "\"");
		// The account's creation names its owner, not the owner's id.
		assertThat(this.mvc.perform(get("/audit").param("kind", "ACCOUNT").with(user(this.director)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(">Test " + this.owner.username() + "</ins>");

		int none = this.statements.count(() -> this.mvc
			.perform(get("/accounts/{id}/history", this.account).param("kind", "ECONOMICS").with(owner))
			.andExpect(status().isOk()));
		int one = this.statements.count(
				() -> this.mvc.perform(get("/accounts/{id}/history", this.account).param("kind", "MENTOR").with(owner))
					.andExpect(status().isOk()));
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(this.owner.username(), null, List.of()));
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Viewer member = Accounts.aViewer(this.testUsers, "histmember", Role.MEMBER);
			this.accounts.addTeamMember(this.account, member.userId(), TeamRole.ACCOUNT_SUPPORT, null,
					LocalDate.now().minusDays(i + 1), null, this.owner);
			names.add("Test " + member.username());
		}
		SecurityContextHolder.clearContext();
		String[] team = new String[1];
		int many = this.statements.count(() -> team[0] = this.mvc
			.perform(get("/accounts/{id}/history", this.account).param("kind", "TEAM_MEMBER").with(owner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(team[0]).contains(names.stream().map((n) -> ">" + n + "</ins>").toList());
		assertThat(one).isEqualTo(none + 1);
		assertThat(many).isEqualTo(one);
	}

	private RequestPostProcessor user(Viewer viewer) {
		return as(this.userDetails, viewer.username());
	}

}
