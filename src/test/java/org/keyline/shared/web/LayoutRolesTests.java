package org.keyline.shared.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.Accounts;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.people.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The navigation and the account list's buttons show each role what it may use, from the
 * roles worked out once per request ({@link SignedInRoles}); no one signed in sees no
 * navigation.
 */
@KeylineTest
class LayoutRolesTests {

	private static final List<String> NAVIGATION = List.of("id=\"navMyWork\"", "href=\"/accounts\"",
			"id=\"navReviews\"", "id=\"navKeyAccounts\"", "id=\"navGrading\"", "id=\"navPortfolio\"",
			"href=\"/admin/users\"", "id=\"navSearch\"", "id=\"navAudit\"", "id=\"signOut\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void everyRoleSeesTheEntriesItMayUse() throws Exception {
		List<String> accountWork = List.of("id=\"navMyWork\"", "href=\"/accounts\"", "id=\"navReviews\"",
				"id=\"navKeyAccounts\"", "id=\"navGrading\"", "id=\"navSearch\"", "id=\"signOut\"");
		List<String> director = new java.util.ArrayList<>(accountWork);
		director.addAll(List.of("id=\"navPortfolio\"", "id=\"navAudit\""));
		Map<Role, List<String>> expected = Map.of(Role.DIRECTOR, director, Role.MANAGER, accountWork, Role.MEMBER,
				accountWork, Role.MENTOR, accountWork, Role.ADMIN,
				List.of("id=\"navMyWork\"", "href=\"/admin/users\"", "id=\"signOut\""));
		for (Map.Entry<Role, List<String>> entry : expected.entrySet()) {
			String username = this.testUsers.create("nav", entry.getKey());
			String page = page("/me/password", username);
			for (String item : NAVIGATION) {
				assertThat(page.contains(item)).as("%s sees %s", entry.getKey(), item)
					.isEqualTo(entry.getValue().contains(item));
			}
		}
	}

	@Test
	void theAccountListOffersCreatingToManagersAndDirectorsAndImportingToMembersToo() throws Exception {
		Map<Role, boolean[]> expected = Map.of(Role.DIRECTOR, new boolean[] { true, true }, Role.MANAGER,
				new boolean[] { true, true }, Role.MEMBER, new boolean[] { false, true }, Role.MENTOR,
				new boolean[] { false, false });
		for (Map.Entry<Role, boolean[]> entry : expected.entrySet()) {
			String page = page("/accounts", Accounts.aViewer(this.testUsers, "navlist", entry.getKey()).username());
			assertThat(page.contains("id=\"newAccount\"")).as("%s may create", entry.getKey())
				.isEqualTo(entry.getValue()[0]);
			assertThat(page.contains("id=\"importLink\"")).as("%s may import", entry.getKey())
				.isEqualTo(entry.getValue()[1]);
		}
	}

	@Test
	void noOneSignedInSeesNoNavigation() throws Exception {
		String page = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("id=\"mainNav\"").doesNotContain("id=\"signOut\"");
	}

	private String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(as(this.userDetails, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
