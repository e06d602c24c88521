package org.keyline.grading;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The override pages: only directors set and end overrides, with the reason explained
 * next to the field when it is too short; everybody reads the list.
 */
@KeylineTest
class GradingOverridePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GradingManagement grading;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Clock clock;

	@Test
	void onlyDirectorsOverrideAndEverybodyReadsTheList() throws Exception {
		Viewer owner = Accounts.aViewer(this.testUsers, "owner", Role.MANAGER);
		Viewer director = Accounts.aViewer(this.testUsers, "director", Role.DIRECTOR);
		Viewer mentor = Accounts.aViewer(this.testUsers, "mentor", Role.MENTOR);
		Viewer stranger = Accounts.aViewer(this.testUsers, "stranger", Role.MANAGER);
		Viewer admin = Accounts.aViewer(this.testUsers, "admin", Role.ADMIN);
		long account = this.accounts.create(Accounts.aProfile(), null, owner);
		String form = "/accounts/" + account + "/grading/override";
		String until = LocalDate.now(this.clock).plusMonths(2).toString();

		this.mvc.perform(get(form).with(as(owner))).andExpect(status().isForbidden());
		this.mvc.perform(get(form).with(as(stranger))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(form).param("tierPosition", "1")
				.param("reason", "Owner thinks so")
				.param("expiresOn", until)
				.with(as(owner))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(form).with(as(director))).andExpect(status().isOk());
		this.mvc
			.perform(post(form).param("tierPosition", "1")
				.param("reason", "Short")
				.param("expiresOn", until)
				.with(as(director))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least 10 characters")));
		this.mvc
			.perform(post(form).param("tierPosition", "1")
				.param("reason", "Reference customer for the new product line")
				.param("expiresOn", until)
				.with(as(director))
				.with(csrf()))
			.andExpect(redirectedUrl("/accounts/" + account + "#grade"));
		assertThat(this.grading.overrideOf(this.accounts.ref(account, owner))).get()
			.extracting(TierOverride::setBy)
			.isEqualTo("Test " + director.username());

		this.mvc.perform(get("/grading/overrides").with(as(mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reference customer for the new product line")))
			.andExpect(content().string(containsString("Test " + director.username() + ", ")));
		this.mvc.perform(get("/grading/overrides").with(as(admin))).andExpect(status().isForbidden());

		this.mvc.perform(post(form + "/end").with(as(owner)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(form + "/end").with(as(director)).with(csrf()))
			.andExpect(redirectedUrl("/accounts/" + account + "#grade"));
		assertThat(this.grading.overrideOf(this.accounts.ref(account, owner))).isEmpty();
	}

	private RequestPostProcessor as(Viewer viewer) {
		return org.keyline.people.Users.as(this.userDetails, viewer.username());
	}

}
