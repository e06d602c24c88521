package org.keyline.people;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;

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

@KeylineTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TestUsers testUsers;

	@Autowired
	StatementCounter statements;

	static Stream<String> nonAdmins() {
		return Stream.of("director", "manager", "member", "mentor");
	}

	/** Every admin action, as a request against a user that exists. */
	List<MockHttpServletRequestBuilder> adminActions(Long targetId) {
		return List.of(get("/admin/users"), get("/admin/users").header("HX-Request", "true"), get("/admin/users/new"),
				get("/admin/users/" + targetId),
				post("/admin/users").with(csrf())
					.param("username", Users.uniqueUsername("intruder"))
					.param("displayName", "Intruder")
					.param("email", "intruder@example.com")
					.param("password", Users.GOOD_PASSWORD)
					.param("passwordConfirmation", Users.GOOD_PASSWORD)
					.param("roles", "ADMIN"),
				post("/admin/users/" + targetId).with(csrf())
					.param("displayName", "Changed")
					.param("email", "changed@example.com")
					.param("roles", "ADMIN")
					.param("version", "0"),
				post("/admin/users/" + targetId + "/disable").with(csrf()),
				post("/admin/users/" + targetId + "/enable").with(csrf()),
				post("/admin/users/" + targetId + "/password").with(csrf())
					.param("password", "Another-good-pass-99")
					.param("passwordConfirmation", "Another-good-pass-99"));
	}

	@ParameterizedTest
	@MethodSource("nonAdmins")
	void everyAdminActionIsRefusedToOtherRoles(String username) throws Exception {
		String target = this.testUsers.create("target", Role.MEMBER);
		Long id = this.testUsers.idOf(target);
		String before = snapshot();
		for (MockHttpServletRequestBuilder action : adminActions(id)) {
			this.mvc.perform(action.with(as(this.userDetails, username))).andExpect(status().isForbidden());
		}
		assertThat(snapshot()).as("nothing changed").isEqualTo(before);
	}

	@Test
	void everyAdminActionIsAllowedToAnAdmin() throws Exception {
		String target = this.testUsers.create("target", Role.MEMBER);
		Long id = this.testUsers.idOf(target);
		this.mvc.perform(get("/admin/users").with(admin())).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").header("HX-Request", "true").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("people/users :: results"));
		this.mvc.perform(get("/admin/users/new").with(admin())).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users/" + id).with(admin())).andExpect(status().isOk());
		for (MockHttpServletRequestBuilder action : adminActions(id).subList(4, 9)) {
			this.mvc.perform(action.with(admin())).andExpect(status().is3xxRedirection());
		}
		assertThat(this.jdbc.queryForObject("select display_name from people_user where id = ?", String.class, id))
			.isEqualTo("Changed");
	}

	@Test
	void createsAUserWhoCanThenSignIn() throws Exception {
		String username = Users.uniqueUsername("anna");
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", username)
				.param("displayName", "Anna Jansen")
				.param("email", "anna@example.com")
				.param("password", Users.GOOD_PASSWORD)
				.param("passwordConfirmation", Users.GOOD_PASSWORD)
				.param("roles", "MANAGER", "MENTOR"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(this.jdbc.queryForList(
				"select r.role from people_user_role r join people_user u on u.id = r.user_id where u.username = ? order by 1",
				String.class, username))
			.containsExactly("MANAGER", "MENTOR");
		String hash = this.jdbc.queryForObject("select password_hash from people_user where username = ?", String.class,
				username);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(Users.GOOD_PASSWORD);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		String username = Users.uniqueUsername("nocsrf");
		this.mvc
			.perform(post("/admin/users").with(admin())
				.param("username", username)
				.param("displayName", "No Token")
				.param("email", "no@example.com")
				.param("password", Users.GOOD_PASSWORD)
				.param("passwordConfirmation", Users.GOOD_PASSWORD)
				.param("roles", "MEMBER"))
			.andExpect(status().isForbidden());
		assertThat(countUsers(username)).isZero();
	}

	@Test
	void badInputGetsAMessageNextToEachFieldAndSavesNothing() throws Exception {
		String before = snapshot();
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", "a b")
				.param("displayName", "")
				.param("email", "not-an-email")
				.param("password", "short")
				.param("passwordConfirmation", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("people/user-new"))
			.andExpect(model().attributeHasFieldErrors("form", "username", "displayName", "email", "password", "roles"))
			.andExpect(content().string(containsString("Use 3 to 50 letters, digits")))
			.andExpect(content().string(containsString("Enter an e-mail address such as")))
			.andExpect(content().string(containsString("Choose at least one role.")))
			.andExpect(content().string(containsString("id=\"email-errors\"")));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anEmptyEmailGetsOneMessage() throws Exception {
		String before = snapshot();
		String page = this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", Users.uniqueUsername("noemail"))
				.param("displayName", "No Email")
				.param("email", "")
				.param("password", Users.GOOD_PASSWORD)
				.param("passwordConfirmation", Users.GOOD_PASSWORD)
				.param("roles", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeErrorCount("form", 1))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "NotBlank"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Enter an e-mail address.").doesNotContain("such as name@company.com");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theUsernameMustBeUniqueRegardlessOfCase() throws Exception {
		this.mvc.perform(newUser("ADMIN", Users.GOOD_PASSWORD, Users.GOOD_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "user.username.taken"))
			.andExpect(content().string(containsString("This username is taken.")));
	}

	@Test
	void passwordPolicyIsCheckedWithMessagesAndNothingSaved() throws Exception {
		String username = Users.uniqueUsername("policy");
		this.mvc.perform(newUser(username, "Short-pass1", "Short-pass1"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"))
			.andExpect(content().string(containsString("Use at least 12 characters.")));
		this.mvc.perform(newUser(username, "Password1234", "Password1234"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.common"))
			.andExpect(content().string(containsString("too common")));
		this.mvc.perform(newUser(username, "xx" + username + "xx", "xx" + username + "xx"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.containsUsername"));
		this.mvc.perform(newUser(username, Users.GOOD_PASSWORD, "Harbour-lantern-48"))
			.andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirmation", "password.mismatch"));
		assertThat(countUsers(username)).isZero();
	}

	@Test
	void anAdminCannotChangeTheirOwnRoles() throws Exception {
		String admin = this.testUsers.create("selfadmin", Role.ADMIN);
		Long id = this.testUsers.idOf(admin);
		this.mvc
			.perform(post("/admin/users/" + id).with(as(this.userDetails, admin))
				.with(csrf())
				.param("displayName", "Self Admin")
				.param("email", "self@example.com")
				.param("roles", "ADMIN", "DIRECTOR")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "roles", "user.roles.ownRoles"))
			.andExpect(content().string(containsString("You cannot change your own roles.")));
		assertThat(this.jdbc.queryForList("select role from people_user_role where user_id = ?", String.class, id))
			.containsExactly("ADMIN");
		// The own-roles edit page shows the roles as text, not as checkboxes.
		this.mvc.perform(get("/admin/users/" + id).with(as(this.userDetails, admin)))
			.andExpect(content().string(containsString("You cannot change your own roles; another administrator can.")))
			.andExpect(content().string(not(containsString("type=\"checkbox\""))));
	}

	@Test
	void nobodyCanDisableThemself() throws Exception {
		String admin = this.testUsers.create("selfdisable", Role.ADMIN);
		Long id = this.testUsers.idOf(admin);
		this.mvc.perform(post("/admin/users/" + id + "/disable").with(as(this.userDetails, admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select enabled from people_user where id = ?", Boolean.class, id))
			.isTrue();
	}

	@Test
	void theLastActiveAdminCannotBeDisabledOrLoseTheRole() throws Exception {
		String other = this.testUsers.create("otheradmin", Role.ADMIN);
		// Make "other" the only active admin for the length of this test.
		List<Long> admins = this.jdbc.queryForList(
				"select u.id from people_user u join people_user_role r on r.user_id = u.id where r.role = 'ADMIN' and u.enabled and u.username <> ?",
				Long.class, other);
		try {
			this.jdbc.update("update people_user set enabled = false where id in ("
					+ String.join(",", admins.stream().map(String::valueOf).toList()) + ")");
			Long otherId = this.testUsers.idOf(other);
			String helper = this.testUsers.create("helperadmin", Role.ADMIN);
			this.jdbc.update("update people_user set enabled = false where username = ?", helper);
			// "helper" is disabled, so acting as "other" on "other" is self; act through
			// the
			// service rules on a second admin instead: re-enable helper, disable other,
			// then
			// try to remove the last admin role.
			this.jdbc.update("update people_user set enabled = true where username = ?", helper);
			this.mvc
				.perform(post("/admin/users/" + otherId + "/disable").with(as(this.userDetails, helper)).with(csrf()))
				.andExpect(status().is3xxRedirection());
			Long helperId = this.testUsers.idOf(helper);
			this.mvc
				.perform(post("/admin/users/" + helperId + "/disable").with(as(this.userDetails, other)).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(
					this.jdbc.queryForObject("select enabled from people_user where id = ?", Boolean.class, helperId))
				.as("the last active admin stays enabled")
				.isTrue();
		}
		finally {
			this.jdbc.update("update people_user set enabled = true where id in ("
					+ String.join(",", admins.stream().map(String::valueOf).toList()) + ")");
		}
	}

	@Test
	void aConcurrentEditIsDetectedAndExplainedAndKeepsWhatWasTyped() throws Exception {
		String target = this.testUsers.create("concurrent", Role.MEMBER);
		Long id = this.testUsers.idOf(target);
		this.mvc
			.perform(post("/admin/users/" + id).with(admin())
				.with(csrf())
				.param("displayName", "First Editor Name")
				.param("email", "first@example.com")
				.param("roles", "MEMBER")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/users/" + id).with(admin())
				.with(csrf())
				.param("displayName", "Second Editor Name")
				.param("email", "second@example.com")
				.param("roles", "MEMBER")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this user while you were editing.")))
			.andExpect(content().string(containsString("Alex Admin saved it at")))
			.andExpect(content().string(containsString("First Editor Name")))
			.andExpect(content().string(containsString("value=\"Second Editor Name\"")));
		assertThat(this.jdbc.queryForObject("select display_name from people_user where id = ?", String.class, id))
			.isEqualTo("First Editor Name");
	}

	@Test
	void anUnknownUserIsANotFoundPageWithoutDetails() throws Exception {
		this.mvc.perform(get("/admin/users/987654321").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Not found")))
			.andExpect(content().string(not(containsString("987654321"))));
	}

	@Test
	void theListIsPagedAndSearchable() throws Exception {
		String prefix = "pager" + System.nanoTime() % 100000;
		for (int i = 0; i < 23; i++) {
			this.testUsers.create(prefix, Role.MEMBER);
		}
		this.mvc.perform(get("/admin/users").param("q", prefix).with(admin()))
			.andExpect(content().string(containsString("23 users")))
			.andExpect(content().string(containsString("Page 1 of 2")));
		this.mvc.perform(get("/admin/users").param("q", prefix).param("page", "1").with(admin()))
			.andExpect(content().string(containsString("Page 2 of 2")));
		this.mvc.perform(get("/admin/users").param("q", "no-such-user-anywhere").with(admin()))
			.andExpect(content().string(containsString("No user matches")));
		// as a wildcard, the percent sign would find the 23; other tests' users may hold
		// one
		this.mvc.perform(get("/admin/users").param("q", prefix + "%").with(admin()))
			.andExpect(content().string(containsString("No user matches")));
	}

	@Test
	void theListRunsTheSameNumberOfStatementsWhateverTheNumberOfUsers() throws Exception {
		String prefix = "stmt" + System.nanoTime() % 100000;
		RequestPostProcessor admin = admin();
		for (int i = 0; i < 21; i++) {
			this.testUsers.create(prefix, Role.MEMBER);
		}
		int withTwentyOne = this.statements
			.count(() -> this.mvc.perform(get("/admin/users").param("q", prefix).with(admin))
				.andExpect(content().string(containsString("21 users"))));
		for (int i = 0; i < 40; i++) {
			this.testUsers.create(prefix, Role.MEMBER, Role.MENTOR);
		}
		int withSixtyOne = this.statements
			.count(() -> this.mvc.perform(get("/admin/users").param("q", prefix).with(admin))
				.andExpect(content().string(containsString("61 users"))));
		// A page of rows, their count, and the roles of the page's users.
		assertThat(withTwentyOne).isEqualTo(3);
		assertThat(withSixtyOne).isEqualTo(3);
	}

	@Test
	void searchTreatsPercentAndUnderscoreAsPlainCharacters() throws Exception {
		String username = Users.uniqueUsername("under_score");
		this.testUsers.createNamed(username, Role.MEMBER);
		this.mvc.perform(get("/admin/users").param("q", "r_s").with(admin()))
			.andExpect(content().string(containsString("data-username=\"" + username + "\"")));
		this.mvc.perform(get("/admin/users").param("q", username.replace('_', '%')).with(admin()))
			.andExpect(content().string(containsString("No user matches")));
	}

	@Test
	void aUserChangesTheirOwnPasswordWithTheOldOne() throws Exception {
		String username = this.testUsers.create("ownpass", Role.MEMBER);
		this.mvc
			.perform(post("/me/password").with(as(this.userDetails, username))
				.with(csrf())
				.param("currentPassword", "not-my-password")
				.param("newPassword", "Brand-new-secret-77")
				.param("newPasswordConfirmation", "Brand-new-secret-77"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.currentWrong"));
		this.mvc
			.perform(post("/me/password").with(as(this.userDetails, username))
				.with(csrf())
				.param("currentPassword", Users.GOOD_PASSWORD)
				.param("newPassword", "Brand-new-secret-77")
				.param("newPasswordConfirmation", "Brand-new-secret-77"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user(username)
				.password("Brand-new-secret-77"))
			.andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
				.authenticated());
	}

	private MockHttpServletRequestBuilder newUser(String username, String password, String confirmation) {
		return post("/admin/users").with(admin())
			.with(csrf())
			.param("username", username)
			.param("displayName", "Policy Test")
			.param("email", "policy@example.com")
			.param("password", password)
			.param("passwordConfirmation", confirmation)
			.param("roles", "MEMBER");
	}

	private RequestPostProcessor admin() {
		return as(this.userDetails, "admin");
	}

	private int countUsers(String username) {
		return this.jdbc.queryForObject("select count(*) from people_user where username = ?", Integer.class, username);
	}

	/** Everything about users that an action could change. */
	private String snapshot() {
		return this.jdbc.queryForList(
				"select u.id, u.username, u.display_name, u.email, u.enabled, u.version, u.password_hash, string_agg(r.role, ',' order by r.role) roles from people_user u left join people_user_role r on r.user_id = u.id group by u.id order by u.id")
			.toString();
	}

}
