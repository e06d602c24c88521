package org.keyline.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.keyline.account.Accounts.viewer;
import static org.keyline.people.Users.as;
import static org.keyline.relationship.Contacts.aContact;
import static org.keyline.relationship.Contacts.titled;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The contact pages and the organisation chart through HTTP: who may open and change
 * what, validation next to the fields, stale edits, and a fixed number of statements per
 * page whatever the number of contacts.
 */
@KeylineTest
class ContactPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	String owner;

	String member;

	String mentor;

	String otherManager;

	long accountId;

	@BeforeEach
	void account() {
		this.owner = this.testUsers.create("owner", Role.MANAGER);
		this.member = this.testUsers.create("member", Role.MEMBER);
		this.mentor = this.testUsers.create("mentor", Role.MENTOR);
		this.otherManager = this.testUsers.create("other", Role.MANAGER);
		String director = this.testUsers.create("director", Role.DIRECTOR);
		this.accountId = this.accounts.create(aProfile(), null, viewerOf(this.owner, Role.MANAGER));
		this.accounts.addTeamMember(this.accountId, id(this.member), TeamRole.ACCOUNT_SUPPORT, null,
				LocalDate.now().minusDays(3), null, viewerOf(this.owner, Role.MANAGER));
		this.accounts.assignMentor(this.accountId, id(this.mentor), viewerOf(director, Role.DIRECTOR));
	}

	@Test
	void theOwnerAndATeamMemberAddContacts() throws Exception {
		for (String user : List.of(this.owner, this.member)) {
			this.mvc.perform(get(url("/contacts/new")).with(as(this.userDetails, user))).andExpect(status().isOk());
			this.mvc
				.perform(post(url("/contacts")).with(as(this.userDetails, user))
					.with(csrf())
					.param("name", "Added by " + user)
					.param("level", "EXECUTIVE")
					.param("buyingRole", "DECISION_MAKER")
					.param("attitude", "SUPPORTER")
					.param("influence", "5")
					.param("email", "ceo@customer.example"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(url("/contacts")));
		}
		this.mvc.perform(get(url("/contacts")).with(as(this.userDetails, this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Added by " + this.owner)))
			.andExpect(content().string(containsString("Added by " + this.member)))
			.andExpect(content().string(containsString("Supporter")));
	}

	@Test
	void aMentorReadsButMayNotChange() throws Exception {
		long ada = this.contacts.create(this.accountId, aContact("Ada Mentorview"), viewerOf(this.owner, Role.MANAGER));
		RequestPostProcessor mentor = as(this.userDetails, this.mentor);
		this.mvc.perform(get(url("/contacts")).with(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ada Mentorview")))
			.andExpect(content().string(not(containsString("id=\"newContact\""))));
		this.mvc.perform(get(url("/org-chart")).with(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ada Mentorview")))
			.andExpect(content().string(not(containsString("/contacts/" + ada + "/edit"))));
		for (MockHttpServletRequestBuilder request : List.of(get(url("/contacts/new")),
				get(url("/contacts/" + ada + "/edit")),
				post(url("/contacts")).with(csrf())
					.param("name", "Mentor's pick")
					.param("level", "EXECUTIVE")
					.param("buyingRole", "DECISION_MAKER")
					.param("attitude", "NEUTRAL")
					.param("influence", "3"),
				post(url("/contacts/" + ada)).with(csrf())
					.param("name", "Renamed")
					.param("level", "EXECUTIVE")
					.param("buyingRole", "DECISION_MAKER")
					.param("attitude", "NEUTRAL")
					.param("influence", "3")
					.param("version", "0"))) {
			this.mvc.perform(request.with(mentor))
				.andExpect(status().isForbidden())
				.andExpect(view().name("error/403"));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from relationship_contact where account_id = ?",
				Integer.class, this.accountId))
			.isEqualTo(1);
	}

	@Test
	void anotherManagersAccountIdAnswersNotFound() throws Exception {
		long ada = this.contacts.create(this.accountId, aContact("Ada"), viewerOf(this.owner, Role.MANAGER));
		RequestPostProcessor other = as(this.userDetails, this.otherManager);
		for (MockHttpServletRequestBuilder request : List.of(get(url("/contacts")), get(url("/org-chart")),
				get(url("/contacts/new")), get(url("/contacts/" + ada + "/edit")),
				post(url("/contacts")).with(csrf()).param("name", "X"),
				post(url("/contacts/" + ada + "/influences")).with(csrf()).param("toContactId", String.valueOf(ada)))) {
			this.mvc.perform(request.with(other)).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
		}
		// a contact of another account typed into the URL
		long otherAccount = this.accounts.create(aProfile(), null, viewerOf(this.otherManager, Role.MANAGER));
		long stranger = this.contacts.create(otherAccount, aContact("Stranger"),
				viewerOf(this.otherManager, Role.MANAGER));
		this.mvc.perform(get(url("/contacts/" + stranger + "/edit")).with(as(this.userDetails, this.owner)))
			.andExpect(status().isNotFound());
	}

	@Test
	void validationMessagesStandNextToTheirFields() throws Exception {
		long ada = this.contacts.create(this.accountId, aContact("Ada"), viewerOf(this.owner, Role.MANAGER));
		long bob = this.contacts.create(this.accountId, aContact("Bob", ada), viewerOf(this.owner, Role.MANAGER));
		RequestPostProcessor owner = as(this.userDetails, this.owner);
		this.mvc
			.perform(post(url("/contacts")).with(owner)
				.with(csrf())
				.param("name", " ")
				.param("attitude", "NEUTRAL")
				.param("influence", "7")
				.param("email", "not-an-address"))
			.andExpect(status().isOk())
			.andExpect(view().name("relationship/contact-form"))
			.andExpect(model().attributeHasFieldErrors("form", "name", "level", "buyingRole", "influence", "email"))
			.andExpect(content().string(containsString("id=\"email-errors\"")))
			.andExpect(content().string(containsString("Enter an e-mail address such as name@example.com.")))
			.andExpect(content().string(containsString("Influence goes from 1 to 5.")));

		// Ada may not report to Bob, who reports to her
		this.mvc
			.perform(post(url("/contacts/" + ada)).with(owner)
				.with(csrf())
				.param("name", "Ada")
				.param("level", "EXECUTIVE")
				.param("buyingRole", "DECISION_MAKER")
				.param("attitude", "NEUTRAL")
				.param("influence", "3")
				.param("reportsToId", String.valueOf(bob))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "reportsToId", "contact.reportsTo.cycle"))
			.andExpect(content().string(containsString("id=\"reportsToId-errors\"")))
			.andExpect(content().string(containsString("This would make a loop")));
	}

	@Test
	void aStaleEditShowsWhoChangedWhatAndKeepsWhatWasTyped() throws Exception {
		Viewer ownerViewer = viewerOf(this.owner, Role.MANAGER);
		long ada = this.contacts.create(this.accountId, aContact("Ada"), ownerViewer);
		this.contacts.update(this.accountId, ada, titled(aContact("Ada"), "Chief Financial Officer"), 0,
				viewerOf(this.member, Role.MEMBER));
		this.mvc
			.perform(post(url("/contacts/" + ada)).with(as(this.userDetails, this.owner))
				.with(csrf())
				.param("name", "Ada")
				.param("title", "Chief Information Officer")
				.param("department", "Operations")
				.param("level", "MIDDLE_MANAGEMENT")
				.param("buyingRole", "INFLUENCER")
				.param("attitude", "NEUTRAL")
				.param("influence", "3")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("relationship/contact-form"))
			.andExpect(content().string(containsString("id=\"staleWarning\"")))
			.andExpect(content().string(containsString("Test " + this.member + " saved it at")))
			.andExpect(content().string(containsString("Chief Financial Officer")))
			.andExpect(content().string(containsString("value=\"Chief Information Officer\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.contacts.get(this.accountId, ada, ownerViewer).input().title())
			.isEqualTo("Chief Financial Officer");
	}

	@Test
	void influenceLinesAreAddedAndRemovedOnTheContactPage() throws Exception {
		Viewer ownerViewer = viewerOf(this.owner, Role.MANAGER);
		long ada = this.contacts.create(this.accountId, aContact("Ada"), ownerViewer);
		long bob = this.contacts.create(this.accountId, aContact("Bob"), ownerViewer);
		RequestPostProcessor member = as(this.userDetails, this.member);
		this.mvc
			.perform(post(url("/contacts/" + ada + "/influences")).with(member)
				.with(csrf())
				.param("toContactId", String.valueOf(bob))
				.param("note", "old friends"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(url("/contacts/" + ada + "/edit")).with(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("old friends")));
		this.mvc
			.perform(post(url("/contacts/" + ada + "/influences")).with(member)
				.with(csrf())
				.param("toContactId", String.valueOf(bob)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("influenceForm", "toContactId", "contact.influence.exists"))
			.andExpect(content().string(containsString("This influence line is already recorded.")));
		long line = this.contacts.get(this.accountId, ada, ownerViewer).listensTo().get(0).id();
		this.mvc
			.perform(post(url("/contacts/" + ada + "/influences/" + line + "/remove"))
				.with(as(this.userDetails, this.mentor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(url("/contacts/" + ada + "/influences/" + line + "/remove")).with(member).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.contacts.get(this.accountId, ada, ownerViewer).influences()).isEmpty();
	}

	@Test
	void theContactsPageAndTheOrgChartRunTheSameStatementsForFiveContactsAsForTwoHundred() throws Exception {
		Viewer ownerViewer = viewerOf(this.owner, Role.MANAGER);
		long root = this.contacts.create(this.accountId, aContact("Root"), ownerViewer);
		List<Long> managers = new ArrayList<>(List.of(root));
		for (int i = 1; i < 5; i++) {
			managers.add(this.contacts.create(this.accountId, aContact("Manager " + i, root), ownerViewer));
		}
		link(id(this.owner), root, "TRUSTED");
		link(id(this.member), managers.get(1), "WORKING");
		RequestPostProcessor owner = as(this.userDetails, this.owner);

		int[] five = counts(owner, 5);

		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 195; i++) {
			rows.add(new Object[] { this.accountId, "Bulk contact " + i, "TECHNICAL", "USER",
					(i % 5 == 0) ? "SCEPTIC" : "NEUTRAL", 1 + i % 5, managers.get(i % managers.size()) });
		}
		this.jdbc.batchUpdate("""
				insert into relationship_contact (account_id, name, level, buying_role, attitude, influence,
				    reports_to_id, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, now(), now())""", rows);
		this.jdbc.update("""
				insert into relationship_link (account_id, user_id, contact_id, strength, updated_at)
				select account_id, ?, id, 'ACQUAINTED', now() from relationship_contact
				where account_id = ? and name like 'Bulk contact 1%'""", id(this.member), this.accountId);

		int[] twoHundred = counts(owner, 200);

		System.out.printf("Contact page statements: 5 contacts %d, 200 contacts %d%n", five[0], twoHundred[0]);
		System.out.printf("Org chart statements: 5 contacts %d, 200 contacts %d%n", five[1], twoHundred[1]);
		assertThat(twoHundred).containsExactly(five);
		assertThat(five[0]).isEqualTo(3);
		assertThat(five[1]).isEqualTo(3);
	}

	/**
	 * Statements of the contacts page and of the org chart, checking both show n cards.
	 */
	private int[] counts(RequestPostProcessor user, int n) throws Exception {
		String[] body = new String[2];
		int list = this.statements.count(() -> body[0] = this.mvc.perform(get(url("/contacts")).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		int chart = this.statements.count(() -> body[1] = this.mvc.perform(get(url("/org-chart")).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(occurrences(body[0], "data-contact-id=")).isEqualTo(n);
		assertThat(occurrences(body[1], "data-contact-id=")).isEqualTo(n);
		return new int[] { list, chart };
	}

	private static int occurrences(String text, String what) {
		Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private void link(long userId, long contactId, String strength) {
		this.jdbc.update("""
				insert into relationship_link (account_id, user_id, contact_id, strength, updated_at)
				values (?, ?, ?, ?, now())""", this.accountId, userId, contactId, strength);
	}

	private String url(String path) {
		return "/accounts/" + this.accountId + path;
	}

	private long id(String username) {
		return this.testUsers.idOf(username);
	}

	private Viewer viewerOf(String username, Role role) {
		return viewer(id(username), username, role);
	}

}
